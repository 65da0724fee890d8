package org.marsad.store;

import java.time.LocalDate;

/**
 * A search: a query in Lucene's syntax over title and text (empty for all articles), filters,
 * an order, and paging.
 *
 * @param from inclusive publication date, or null
 * @param to inclusive publication date, or null
 * @param entity an actor under any spelling, alias or canonical id ({@code pers:سعد_الدين_العثماني},
 *     "Saad Eddine El Othmani", سعد الدين العثمانى), or null
 * @param theme a theme id or label of the ICT taxonomy, or null
 * @param eventType an event type ({@code meeting}, {@code agreement}, ...; {@code any} for
 *     articles with at least one event), or null
 * @param story a story id, or null
 * @param sort the order of the hits
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
    String eventType,
    String story,
    Sort sort) {

  /** The order of the hits. {@code RELEVANCE} with no query means newest first. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST;

    /** Reads {@code relevance}, {@code newest} or {@code oldest}; null gives relevance. */
    public static Sort parse(String s) {
      if (s == null || s.isBlank()) return RELEVANCE;
      return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "relevance" -> RELEVANCE;
        case "newest", "date" -> NEWEST;
        case "oldest" -> OLDEST;
        default -> throw new IllegalArgumentException(
            "sort must be relevance, newest or oldest, not '" + s + "'");
      };
    }
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (limit < 0 || limit > 1000) throw new IllegalArgumentException("limit must be 0..1000");
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0");
    if (offset > 100_000) throw new IllegalArgumentException("offset must be <= 100000");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** Filters with a theme and an event type, by relevance. */
  public SearchRequest(String query, String source, LocalDate from, LocalDate to, String entity,
      String topic, String language, int offset, int limit, String theme, String eventType) {
    this(query, source, from, to, entity, topic, language, offset, limit, theme, eventType, null,
        Sort.RELEVANCE);
  }

  /** The filters of the first version, by relevance. */
  public SearchRequest(String query, String source, LocalDate from, LocalDate to, String entity,
      String topic, String language, int offset, int limit) {
    this(query, source, from, to, entity, topic, language, offset, limit, null, null, null,
        Sort.RELEVANCE);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, 0, 10);
  }

  /** Every article, newest first, no hits: for facet counts. */
  public static SearchRequest all() {
    return new SearchRequest("", null, null, null, null, null, null, 0, 0);
  }

  public SearchRequest withEntity(String v) {
    return new SearchRequest(query, source, from, to, v, topic, language, offset, limit, theme,
        eventType, story, sort);
  }

  public SearchRequest withSource(String v) {
    return new SearchRequest(query, v, from, to, entity, topic, language, offset, limit, theme,
        eventType, story, sort);
  }

  public SearchRequest withTopic(String v) {
    return new SearchRequest(query, source, from, to, entity, v, language, offset, limit, theme,
        eventType, story, sort);
  }

  public SearchRequest withDates(LocalDate f, LocalDate t) {
    return new SearchRequest(query, source, f, t, entity, topic, language, offset, limit, theme,
        eventType, story, sort);
  }

  public SearchRequest withEventType(String v) {
    return new SearchRequest(query, source, from, to, entity, topic, language, offset, limit, theme,
        v, story, sort);
  }

  public SearchRequest withStory(String v) {
    return new SearchRequest(query, source, from, to, entity, topic, language, offset, limit, theme,
        eventType, v, sort);
  }

  public SearchRequest withPage(int o, int l) {
    return new SearchRequest(query, source, from, to, entity, topic, language, o, l, theme,
        eventType, story, sort);
  }

  public SearchRequest withSort(Sort s) {
    return new SearchRequest(query, source, from, to, entity, topic, language, offset, limit, theme,
        eventType, story, s);
  }
}
