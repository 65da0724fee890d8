package org.marsad.store;

import java.time.LocalDate;

/**
 * A search: a query in Lucene's syntax over title and text (empty for all articles), filters, and
 * paging.
 *
 * @param from inclusive publication date, or null
 * @param to inclusive publication date, or null
 * @param entity an actor under any spelling, alias or canonical id ({@code pers:سعد_الدين_العثماني},
 *     "Saad Eddine El Othmani", سعد الدين العثمانى), or null
 * @param theme an ICT theme id ({@code cybersecurity}), or null
 * @param event an event type ({@code meeting}): articles with such an event, or null
 */
public record SearchRequest(
    String query,
    String source,
    LocalDate from,
    LocalDate to,
    String entity,
    String topic,
    String language,
    int offset,
    int limit,
    String theme,
    String event) {

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be 0..1000");
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** A search without the theme and event filters. */
  public SearchRequest(String query, String source, LocalDate from, LocalDate to, String entity,
      String topic, String language, int offset, int limit) {
    this(query, source, from, to, entity, topic, language, offset, limit, null, null);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, 0, 10);
  }
}
