package org.marsad.store.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.model.Theme;
import org.marsad.model.Topic;
import org.marsad.store.LuceneStore;

/**
 * An article as an OpenSearch document: the JSON record as it is (for {@code get}), and the same
 * search, filter and facet fields as the embedded store's Lucene document, under the same names,
 * so that a query in Lucene's syntax ({@code title:word}, {@code source:x}) means the same on
 * both. Every field is always present ({@code null} or {@code []}), which lets a partial-document
 * update with {@code detect_noop} tell an unchanged article from a changed one.
 *
 * <p>Field by field (the embedded store's name first when it differs):
 *
 * <ul>
 *   <li>{@code title}, {@code text}: analyzed by the plugin's {@code marsad} analyzer (the same
 *       {@code MarsadAnalyzer}); {@code title.exact} by {@code marsad_exact};
 *   <li>{@code source} ("unknown" when none), {@code language} ("und"), {@code topic}: filters and
 *       facets;
 *   <li>{@code entity}: each mention's key and its canonical id's key ({@link
 *       LuceneStore#entityKey}), the filter; {@code entity_name}: canonical id or text, the facet;
 *   <li>{@code theme}: labels and ids, the filter; {@code theme_label}: the facet;
 *   <li>{@code event_type}: types and {@code any}, the filter; {@code event}: the facet;
 *   <li>{@code published_day} (epoch day, for ranges and sorting), {@code published_month} (the
 *       {@code date} facet);
 *   <li>{@code story}, {@code duplicate_of}, {@code actor}, {@code content_hash}.
 * </ul>
 */
public final class ArticleDocument {
  private ArticleDocument() {}

  static final String ID = "id", JSON = "json", HASH = "content_hash", TITLE = "title",
      TEXT = "text", SOURCE = "source", LANGUAGE = "language", DAY = "published_day",
      MONTH = "published_month", TOPIC = "topic", ENTITY = "entity", ENTITY_NAME = "entity_name",
      THEME = "theme", THEME_LABEL = "theme_label", EVENT_TYPE = "event_type", EVENT = "event",
      STORY = "story", DUPLICATE_OF = "duplicate_of", ACTOR = "actor";
  static final String UNKNOWN = "unknown", ANY_EVENT = "any";

  /** The facet dimensions of {@code ArticleStore.facet}, each with the field it counts. */
  static final Map<String, String> FACET_FIELDS = facetFields();

  private static Map<String, String> facetFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("source", SOURCE);
    m.put("date", MONTH);
    m.put("topic", TOPIC);
    m.put("theme", THEME_LABEL);
    m.put("entity", ENTITY_NAME);
    m.put("language", LANGUAGE);
    m.put("event", EVENT);
    m.put("story", STORY);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The document of an article. */
  public static Map<String, Object> of(Article a) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(ID, a.id());
    d.put(JSON, ArticleJson.write(a));
    d.put(HASH, a.contentHash());
    d.put(TITLE, a.title());
    d.put(TEXT, a.text());
    d.put(SOURCE, a.source() == null ? UNKNOWN : a.source());
    d.put(LANGUAGE, a.language() == null ? "und" : a.language());
    LocalDate day = org.marsad.store.LuceneStore.day(a.published());
    d.put(DAY, day == null ? null : day.toEpochDay());
    d.put(MONTH, day == null ? null : day.toString().substring(0, 7));
    Set<String> topics = new LinkedHashSet<>();
    for (Topic t : a.topics()) topics.add(t.label());
    d.put(TOPIC, List.copyOf(topics));
    Set<String> keys = new LinkedHashSet<>(), names = new LinkedHashSet<>();
    for (EntityMention e : a.entities()) {
      keys.add(LuceneStore.entityKey(e.text()));
      if (e.canonical() != null) keys.add(LuceneStore.entityKey(e.canonical()));
      names.add(e.canonical() != null ? e.canonical() : e.text());
    }
    d.put(ENTITY, List.copyOf(keys));
    d.put(ENTITY_NAME, List.copyOf(names));
    Set<String> themes = new LinkedHashSet<>(), labels = new LinkedHashSet<>();
    for (Theme t : a.themes()) {
      String label = t.label() != null ? t.label() : t.id();
      if (label == null || !labels.add(label)) continue;
      themes.add(label);
      if (t.id() != null) themes.add(t.id());
    }
    d.put(THEME, List.copyOf(themes));
    d.put(THEME_LABEL, List.copyOf(labels));
    Set<String> types = new LinkedHashSet<>();
    for (Event e : a.events()) if (e.type() != null) types.add(e.type());
    List<String> typeFilter = new ArrayList<>(types);
    if (!a.events().isEmpty()) typeFilter.add(ANY_EVENT);
    d.put(EVENT_TYPE, typeFilter);
    d.put(EVENT, List.copyOf(types));
    d.put(STORY, a.story() == null || a.story().isBlank() ? null : a.story());
    d.put(DUPLICATE_OF, a.duplicateOf());
    d.put(ACTOR, org.marsad.connect.Actors.of(a));
    return d;
  }

  /** The index's settings and mapping, as JSON, for a new index. */
  static String indexBody(int shards, int replicas) {
    String keyword = "{\"type\":\"keyword\",\"ignore_above\":8000}";
    StringBuilder p = new StringBuilder();
    p.append("\"").append(ID).append("\":{\"type\":\"keyword\"},");
    // the record, kept in _source only: neither indexed nor in doc values
    p.append("\"").append(JSON).append("\":{\"type\":\"keyword\",\"index\":false,\"doc_values\":false},");
    p.append("\"").append(TITLE).append("\":{\"type\":\"text\",\"analyzer\":\"marsad\",")
        .append("\"fields\":{\"exact\":{\"type\":\"text\",\"analyzer\":\"marsad_exact\"}}},");
    p.append("\"").append(TEXT).append("\":{\"type\":\"text\",\"analyzer\":\"marsad\"},");
    p.append("\"").append(DAY).append("\":{\"type\":\"long\"},");
    for (String f : List.of(HASH, SOURCE, LANGUAGE, MONTH, TOPIC, ENTITY, ENTITY_NAME, THEME,
        THEME_LABEL, EVENT_TYPE, EVENT, STORY, DUPLICATE_OF, ACTOR)) {
      p.append("\"").append(f).append("\":").append(keyword).append(',');
    }
    p.setLength(p.length() - 1);
    return "{\"settings\":{\"index\":{\"number_of_shards\":" + shards + ",\"number_of_replicas\":"
        + replicas + "}},\"mappings\":{\"dynamic\":\"strict\",\"_meta\":{\"marsad\":\"article index v1\"},"
        + "\"properties\":{" + p + "}}}";
  }
}
