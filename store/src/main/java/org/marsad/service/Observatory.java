package org.marsad.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Quote;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * What the web page and the API show beyond a search: actors (found by any spelling, with their
 * aliases, roles, timeline, neighbours and quotes), stories, events and the dashboard. A thin layer
 * over {@link ArticleStore}: every answer is a search, a facet count or a few article records, so it
 * works on any backend and grows with the store, not the heap. Answers that scan the whole store
 * (the dashboard, the list of actors) are cached until the store changes.
 *
 * <p>An actor's id is its canonical id ({@code pers:سعد_الدين_العثماني}) when the entity stage
 * resolved it, else its name as written: the value of the store's {@code entity} facet.
 */
public final class Observatory {
  /** How many recent articles an actor's profile reads for aliases, roles, quotes and events. */
  static final int PROFILE_ARTICLES = 60;

  private static final Pattern TYPED_ID = Pattern.compile("(?i)(pers|org|loc|misc|per|gpe):(.+)");

  private final ArticleStore store;
  private final Map<String, Object> cache = new ConcurrentHashMap<>();
  private volatile long cachedVersion = Long.MIN_VALUE;

  public Observatory(ArticleStore store) {
    this.store = store;
  }

  /** An actor in a list: id, display name, type (PERS, ORG, LOC, MISC, or null), articles. */
  public record EntitySummary(String id, String name, String type, long articles) {}

  /** A value with how often it was seen. */
  public record Count(String value, long count) {}

  /** A quotation with the article it comes from. */
  public record QuoteItem(String text, String speaker, String articleId, String title,
      String published) {}

  /** An event (as the record gives it) with the article it comes from. */
  public record EventItem(JsonNode event, String articleId, String title, String source,
      String published, String text) {}

  /** Everything the entity page shows. */
  public record EntityProfile(
      String id,
      String name,
      String type,
      long articles,
      List<Count> aliases,
      List<Count> roles,
      Map<String, Integer> timeline,
      List<EntitySummary> neighbours,
      List<QuoteItem> quotes,
      List<EventItem> events,
      List<SearchResult.Hit> recent) {}

  /** A story: its id, how many articles, its first article's title, its date range. */
  public record StorySummary(String id, long articles, String title, String first, String last) {}

  /** A story with its articles, oldest first. */
  public record Story(String id, long articles, List<SearchResult.Hit> hits,
      Map<String, Integer> sources) {}

  /** What goes with an article on its page: what it duplicates, its duplicates, its story. */
  public record Related(SearchResult.Hit duplicateOf, List<SearchResult.Hit> duplicates,
      StorySummary story, List<SearchResult.Hit> storyArticles) {}

  /** Volume over months, one series per source or topic. */
  public record Volume(List<String> months, Map<String, List<Integer>> series) {}

  /** The dashboard. "This week" is the last seven days of the store, up to its newest article. */
  public record Dashboard(
      long articles,
      int sources,
      String newest,
      String weekFrom,
      Volume bySource,
      Volume byTopic,
      List<EntitySummary> topActors,
      List<Count> topThemes,
      List<EventItem> latestEvents,
      List<SearchResult.Hit> latestArticles) {}

  // ---- actors

  /**
   * Actors by any spelling: first those whose mentions are written exactly so (read from the
   * articles that name it), then those whose name contains it; the most mentioned first. An empty
   * spelling lists the most mentioned actors.
   */
  public List<EntitySummary> findEntities(String spelling, int limit) throws IOException {
    List<EntitySummary> all = allEntities();
    if (spelling == null || spelling.isBlank()) return all.subList(0, Math.min(limit, all.size()));
    String key = key(spelling);
    Map<String, EntitySummary> byId = new LinkedHashMap<>();
    for (EntitySummary e : all) byId.put(e.id(), e);
    Map<String, Long> exact = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (Article a : articles(SearchRequest.all().withEntity(spelling.strip()).withPage(0, 20))) {
      for (EntityMention m : a.entities()) {
        if (key(m.text()).equals(key) || (m.canonical() != null && key(m.canonical()).equals(key))) {
          String id = label(m);
          exact.merge(id, 1L, Long::sum);
          types.putIfAbsent(id, m.type());
        }
      }
    }
    List<EntitySummary> out = new ArrayList<>();
    exact.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> {
          EntitySummary known = byId.get(e.getKey());
          out.add(known != null ? withType(known, types.get(e.getKey()))
              : new EntitySummary(e.getKey(), name(e.getKey()), types.get(e.getKey()), e.getValue()));
        });
    for (EntitySummary e : all) {
      if (out.size() >= limit) break;
      if (!exact.containsKey(e.id()) && (key(e.name()).contains(key) || key(e.id()).contains(key))) {
        out.add(e);
      }
    }
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static EntitySummary withType(EntitySummary e, String type) {
    return e.type() != null || type == null ? e : new EntitySummary(e.id(), e.name(), type, e.articles());
  }

  /** The most mentioned actors of the whole store (up to 5,000), cached until it changes. */
  @SuppressWarnings("unchecked")
  List<EntitySummary> allEntities() throws IOException {
    Object cached = cached("entities");
    if (cached != null) return (List<EntitySummary>) cached;
    List<EntitySummary> out = new ArrayList<>();
    for (var e : store.facet(SearchRequest.all(), "entity", 5000).entrySet()) {
      out.add(new EntitySummary(e.getKey(), name(e.getKey()), type(e.getKey()), e.getValue()));
    }
    List<EntitySummary> result = List.copyOf(out);
    cache.put("entities", result);
    return result;
  }

  /** An actor's page, or empty when no article names it. */
  public Optional<EntityProfile> entity(String id) throws IOException {
    SearchRequest mentioning = SearchRequest.all().withEntity(id).withSort(SearchRequest.Sort.NEWEST);
    SearchResult recent = store.search(mentioning.withPage(0, PROFILE_ARTICLES));
    if (recent.total() == 0) return Optional.empty();
    String key = key(id);
    Map<String, Long> aliases = new LinkedHashMap<>(), roles = new LinkedHashMap<>(),
        types = new LinkedHashMap<>();
    List<QuoteItem> quotes = new ArrayList<>();
    List<EventItem> events = new ArrayList<>();
    for (SearchResult.Hit hit : recent.hits()) {
      Optional<Article> found = store.get(hit.id());
      if (found.isEmpty()) continue;
      Article a = found.get();
      for (EntityMention m : a.entities()) {
        if (!isThis(m, id, key)) continue;
        aliases.merge(m.text(), 1L, Long::sum);
        if (m.role() != null && !m.role().isBlank()) roles.merge(m.role(), 1L, Long::sum);
        if (m.type() != null) types.merge(m.type(), 1L, Long::sum);
      }
      for (Quote q : a.quotes()) {
        boolean byThis = id.equals(q.speakerCanonical())
            || (q.speaker() != null && key(q.speaker()).equals(key));
        if (byThis && quotes.size() < 20) {
          quotes.add(new QuoteItem(q.text(), q.speaker(), a.id(), a.title(), a.published()));
        }
      }
      for (JsonNode e : eventsOf(a)) {
        if (events.size() < 20 && takesPart(e, id, key)) events.add(eventItem(e, a));
      }
    }
    Map<String, Integer> timeline = new TreeMap<>(store.facet(mentioning, "date", 600));
    List<EntitySummary> neighbours = new ArrayList<>();
    for (var e : store.facet(mentioning, "entity", 21).entrySet()) {
      if (e.getKey().equals(id) || neighbours.size() >= 20) continue;
      neighbours.add(new EntitySummary(e.getKey(), name(e.getKey()), type(e.getKey()), e.getValue()));
    }
    String type = type(id);
    if (type == null && !types.isEmpty()) type = top(types).get(0).value();
    List<SearchResult.Hit> hits = recent.hits().subList(0, Math.min(10, recent.hits().size()));
    return Optional.of(new EntityProfile(id, name(id), type, recent.total(), top(aliases),
        top(roles), timeline, neighbours, quotes, events, hits));
  }

  private static boolean isThis(EntityMention m, String id, String key) {
    return id.equals(m.canonical()) || (m.canonical() == null && key(m.text()).equals(key));
  }

  /** True when an event names this actor among its participants (an id or an object with one). */
  private static boolean takesPart(JsonNode event, String id, String key) {
    JsonNode actors = event.path("actors");
    for (JsonNode actor : actors) {
      String a = actor.isTextual() ? actor.asText() : actor.path("id").asText(null);
      if (a != null && (a.equals(id) || key(a).equals(key))) return true;
    }
    return false;
  }

  // ---- stories and events

  /** The largest stories. */
  public List<StorySummary> stories(int limit) throws IOException {
    List<StorySummary> out = new ArrayList<>();
    for (var e : store.facet(SearchRequest.all(), "story", limit).entrySet()) {
      out.add(storySummary(e.getKey(), e.getValue()));
    }
    return out;
  }

  private StorySummary storySummary(String id, long count) throws IOException {
    SearchRequest in = SearchRequest.all().withStory(id).withPage(0, 1);
    List<SearchResult.Hit> first = store.search(in.withSort(SearchRequest.Sort.OLDEST)).hits();
    List<SearchResult.Hit> last = store.search(in.withSort(SearchRequest.Sort.NEWEST)).hits();
    return new StorySummary(id, count, first.isEmpty() ? null : first.get(0).title(),
        first.isEmpty() ? null : first.get(0).published(),
        last.isEmpty() ? null : last.get(0).published());
  }

  /** A story's articles, oldest first, or empty when there is no such story. */
  public Optional<Story> story(String id, int limit) throws IOException {
    SearchResult r = store.search(SearchRequest.all().withStory(id)
        .withSort(SearchRequest.Sort.OLDEST).withPage(0, limit));
    if (r.total() == 0) return Optional.empty();
    return Optional.of(new Story(id, r.total(), r.hits(), r.facets().getOrDefault("source", Map.of())));
  }

  /** The latest events (of one type, or any), newest article first. */
  public List<EventItem> latestEvents(String type, int limit) throws IOException {
    String t = type == null || type.isBlank() ? "any" : type.strip();
    List<EventItem> out = new ArrayList<>();
    SearchRequest withEvents = SearchRequest.all().withEventType(t).withSort(SearchRequest.Sort.NEWEST);
    for (Article a : articles(withEvents.withPage(0, Math.min(limit, 200)))) {
      for (JsonNode e : eventsOf(a)) {
        if (out.size() >= limit) return out;
        if (t.equals("any") || t.equals(e.path("type").asText())) out.add(eventItem(e, a));
      }
    }
    return out;
  }

  private static List<JsonNode> eventsOf(Article a) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : ArticleJson.MAPPER.valueToTree(a.events())) out.add(e);
    return out;
  }

  private static EventItem eventItem(JsonNode e, Article a) {
    JsonNode evidence = e.path("evidence");
    String text = evidence.isObject() ? evidence.path("text").asText(null) : null;
    return new EventItem(e, a.id(), a.title(), a.source(), a.published(), text);
  }

  /** What goes with an article on its page. */
  public Related related(Article a) throws IOException {
    SearchResult.Hit original = null;
    if (a.duplicateOf() != null) {
      Optional<Article> o = store.get(a.duplicateOf());
      if (o.isPresent()) original = hit(o.get());
    }
    List<SearchResult.Hit> duplicates = store.duplicates(a.id(), 20);
    StorySummary story = null;
    List<SearchResult.Hit> storyArticles = List.of();
    if (a.story() != null && !a.story().isBlank()) {
      SearchResult r = store.search(SearchRequest.all().withStory(a.story())
          .withSort(SearchRequest.Sort.OLDEST).withPage(0, 20));
      storyArticles = r.hits();
      story = new StorySummary(a.story(), r.total(),
          r.hits().isEmpty() ? null : r.hits().get(0).title(),
          r.hits().isEmpty() ? null : r.hits().get(0).published(),
          r.hits().isEmpty() ? null : r.hits().get(r.hits().size() - 1).published());
    }
    return new Related(original, duplicates, story, storyArticles);
  }

  private static SearchResult.Hit hit(Article a) {
    return new SearchResult.Hit(a.id(), 0, a.title(), a.source(), a.published(), a.url(), null);
  }

  // ---- dashboard

  /** The dashboard, cached until the store changes. */
  public Dashboard dashboard() throws IOException {
    Object cached = cached("dashboard");
    if (cached != null) return (Dashboard) cached;
    SearchResult newest = store.search(SearchRequest.all().withSort(SearchRequest.Sort.NEWEST).withPage(0, 8));
    String last = newest.hits().isEmpty() ? null : newest.hits().get(0).published();
    LocalDate lastDay = day(last);
    LocalDate weekFrom = lastDay == null ? null : lastDay.minusDays(6);
    SearchRequest week = lastDay == null ? SearchRequest.all() : SearchRequest.all().withDates(weekFrom, lastDay);
    List<EntitySummary> actors = new ArrayList<>();
    for (var e : store.facet(week, "entity", 10).entrySet()) {
      actors.add(new EntitySummary(e.getKey(), name(e.getKey()), type(e.getKey()), e.getValue()));
    }
    List<Count> themes = new ArrayList<>();
    for (var e : store.facet(week, "theme", 10).entrySet()) themes.add(new Count(e.getKey(), e.getValue()));
    Map<String, Integer> sources = store.facet(SearchRequest.all(), "source", 1000);
    Dashboard d = new Dashboard(
        store.search(SearchRequest.all()).total(),
        sources.size(),
        last,
        weekFrom == null ? null : weekFrom.toString(),
        volume("source", sources),
        volume("topic", store.facet(SearchRequest.all(), "topic", 8)),
        actors,
        themes,
        latestEvents(null, 8),
        newest.hits());
    cache.put("dashboard", d);
    return d;
  }

  /** Articles per month for the eight largest values of a dimension. */
  private Volume volume(String dimension, Map<String, Integer> values) throws IOException {
    TreeMap<String, Map<String, Integer>> byMonth = new TreeMap<>();
    List<String> names = values.keySet().stream().limit(8).toList();
    for (String name : names) {
      SearchRequest r = dimension.equals("source") ? SearchRequest.all().withSource(name)
          : SearchRequest.all().withTopic(name);
      store.facet(r, "date", 600).forEach((month, n) ->
          byMonth.computeIfAbsent(month, m -> new LinkedHashMap<>()).put(name, n));
    }
    List<String> months = fillMonths(byMonth.navigableKeySet());
    Map<String, List<Integer>> series = new LinkedHashMap<>();
    for (String name : names) {
      List<Integer> counts = new ArrayList<>();
      for (String m : months) counts.add(byMonth.getOrDefault(m, Map.of()).getOrDefault(name, 0));
      series.put(name, counts);
    }
    return new Volume(months, series);
  }

  /** Every month from the first to the last, so gaps show as zeros (at most 30 years). */
  static List<String> fillMonths(java.util.SortedSet<String> months) {
    if (months.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    try {
      java.time.YearMonth m = java.time.YearMonth.parse(months.first());
      java.time.YearMonth end = java.time.YearMonth.parse(months.last());
      while (!m.isAfter(end) && out.size() < 360) {
        out.add(m.toString());
        m = m.plusMonths(1);
      }
      return out;
    } catch (java.time.DateTimeException e) {
      return List.copyOf(months);
    }
  }

  // ---- helpers

  private List<Article> articles(SearchRequest r) throws IOException {
    List<Article> out = new ArrayList<>();
    for (SearchResult.Hit h : store.search(r).hits()) store.get(h.id()).ifPresent(out::add);
    return out;
  }

  private Object cached(String name) {
    long v = store.version();
    if (v == -1) return null;
    if (v != cachedVersion) {
      cache.clear();
      cachedVersion = v;
      return null;
    }
    return cache.get(name);
  }

  private static List<Count> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(20).map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  /** The facet label of a mention: its canonical id, else its text. */
  static String label(EntityMention m) {
    return m.canonical() != null ? m.canonical() : m.text();
  }

  /** A display name: {@code pers:سعد_الدين_العثماني} reads "سعد الدين العثماني". */
  public static String name(String id) {
    Matcher m = TYPED_ID.matcher(id);
    return m.matches() ? m.group(2).replace('_', ' ') : id;
  }

  /** The type a canonical id carries in its prefix, or null. */
  public static String type(String id) {
    Matcher m = TYPED_ID.matcher(id);
    if (!m.matches()) return null;
    String p = m.group(1).toUpperCase(java.util.Locale.ROOT);
    return switch (p) {
      case "PER" -> "PERS";
      case "GPE" -> "LOC";
      default -> p;
    };
  }

  private static String key(String s) {
    return LuceneStore.entityKey(name(s));
  }

  private static LocalDate day(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
