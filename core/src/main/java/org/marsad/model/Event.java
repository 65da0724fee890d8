package org.marsad.model;

import java.util.List;

/**
 * An event frame read from one sentence: who did what, where and when.
 *
 * @param type meeting, workshop, conference, agreement, visit, statement, appointment,
 *     investment, launch
 * @param trigger the word or phrase that signals the event
 * @param actors canonical entity ids of the participants
 * @param place canonical id or text of the place, or null
 * @param date ISO 8601 date, or null
 * @param evidence the sentence
 */
public record Event(
    String type, Span trigger, List<String> actors, String place, String date, Span evidence) {
  public Event {
    actors = List.copyOf(actors == null ? List.of() : actors);
  }
}
