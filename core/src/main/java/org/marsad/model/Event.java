package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An event frame read from the text: what happened, who took part, where and when, with the words
 * that say so. One event may be mentioned several times ("استقبل ... خلال هذا اللقاء", received ...
 * during this meeting): its first mention is {@link #trigger}, the others {@link #mentions}.
 *
 * @param type meeting, workshop, conference, agreement, partnership, visit, statement, appointment,
 *     investment, launch (the trigger lexicon may add more)
 * @param intended true when the text gives the event as wished, planned or prepared (إرادة "will",
 *     يعتزم "intends", سيتم "will be", مشروع اتفاقية "draft agreement"), not as done
 * @param trigger the word or phrase that first signals the event
 * @param mentions later words that refer to the same event, in text order
 * @param actors the participants: entities named in the event's clause
 * @param place the canonical id, else the text, of the place, or null
 * @param date ISO 8601 date (2021-02-22, 2011, 2020-12), or null
 * @param subject what the event was about ("سبل إقامة علاقات ثنائية مستدامة", ways to build lasting
 *     bilateral relations), or null
 * @param evidence the sentence of the first mention
 * @param quotes the quotations of participants that go with this event
 */
@JsonPropertyOrder({
  "type",
  "intended",
  "trigger",
  "mentions",
  "actors",
  "place",
  "date",
  "subject",
  "evidence",
  "quotes"
})
public record Event(
    String type,
    boolean intended,
    Span trigger,
    List<Span> mentions,
    List<Actor> actors,
    String place,
    String date,
    Span subject,
    Span evidence,
    List<Span> quotes) {

  public Event {
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    actors = List.copyOf(actors == null ? List.of() : actors);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
  }

  /**
   * A participant.
   *
   * @param id the entity's canonical id, else its text as first written
   * @param name the entity as first written in the event's sentence
   * @param type PERS, ORG or LOC
   * @param role the person's title or role ("رئيس الحكومة", head of government), or null
   */
  public record Actor(String id, String name, String type, String role) {}
}
