package org.marsad.alert;

/**
 * A saved search: a query over title and text in Lucene's syntax (words must all appear unless
 * joined by OR; the same analysis as the store, so الحكومات finds الحكومة) and filters, each
 * optional but not all. New articles that match it are alerts.
 *
 * @param id a short id, made from the name
 * @param entity an actor's name under any spelling (matched on its Arabic key, like the store)
 * @param theme a theme id or label
 * @param topic a topic label
 * @param source an outlet's name (an article's {@code source})
 * @param event an event type
 * @param language an ISO code (ar, fr, en)
 * @param webhook a URL to POST each match to as JSON, or null
 * @param created epoch milliseconds
 */
public record SavedSearch(
    String id,
    String name,
    String query,
    String entity,
    String theme,
    String topic,
    String source,
    String event,
    String language,
    String webhook,
    long created) {

  public SavedSearch {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("a saved search needs an id");
    query = blankToNull(query);
    entity = blankToNull(entity);
    theme = blankToNull(theme);
    topic = blankToNull(topic);
    source = blankToNull(source);
    event = blankToNull(event);
    language = blankToNull(language);
    webhook = blankToNull(webhook);
    if (query == null && entity == null && theme == null && topic == null && source == null
        && event == null && language == null) {
      throw new IllegalArgumentException(
          "a saved search needs a query or a filter (--entity, --theme, --topic, --source, "
              + "--event, --language)");
    }
  }

  /** The filters and query in one line, for listings. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (query != null) b.append('"').append(query).append('"');
    append(b, "entity", entity);
    append(b, "theme", theme);
    append(b, "topic", topic);
    append(b, "source", source);
    append(b, "event", event);
    append(b, "language", language);
    return b.toString();
  }

  private static void append(StringBuilder b, String name, String value) {
    if (value == null) return;
    if (!b.isEmpty()) b.append(' ');
    b.append(name).append('=').append(value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
