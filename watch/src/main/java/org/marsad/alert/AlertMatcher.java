package org.marsad.alert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.marsad.analysis.MarsadAnalyzer;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.model.Theme;
import org.marsad.model.Topic;
import org.marsad.text.ArabicNormalizer;

/**
 * Matches new articles against every saved search, the way Lucene's monitor (Luwak) does: each
 * article goes into a {@link MemoryIndex} with the store's fields and analysis, and a presearcher
 * index of the saved queries' terms ({@link QueryTerms}) picks the few queries that can match it;
 * only those run. 10,000 saved searches cost a few hundred hash lookups and a handful of query
 * runs per article.
 *
 * <p>Immutable and thread-safe: rebuilt when the saved searches change.
 */
public final class AlertMatcher {
  static final String TITLE = "title", TEXT = "text", SOURCE = "source", LANGUAGE = "language",
      TOPIC = "topic", THEME = "theme", EVENT = "event", ENTITY = "entity";
  private static final Analyzer ANALYZER = new MarsadAnalyzer();

  private final List<SavedSearch> searches;
  private final List<Query> queries;
  /** field → term → the queries that need it */
  private final Map<String, Map<BytesRef, int[]>> presearcher;
  /** queries with no term to look for: run on every article */
  private final int[] always;

  public AlertMatcher(List<SavedSearch> searches) {
    this.searches = List.copyOf(searches);
    this.queries = new ArrayList<>(searches.size());
    Map<String, Map<BytesRef, List<Integer>>> index = new HashMap<>();
    List<Integer> anyway = new ArrayList<>();
    for (int i = 0; i < this.searches.size(); i++) {
      Query q = query(this.searches.get(i));
      queries.add(q);
      Set<Term> terms = QueryTerms.of(q);
      if (terms == null) {
        anyway.add(i);
        continue;
      }
      for (Term t : terms) {
        index.computeIfAbsent(t.field(), f -> new HashMap<>())
            .computeIfAbsent(BytesRef.deepCopyOf(t.bytes()), b -> new ArrayList<>()).add(i);
      }
    }
    this.presearcher = new HashMap<>();
    index.forEach((field, terms) -> {
      Map<BytesRef, int[]> m = new HashMap<>(terms.size() * 2);
      terms.forEach((t, ids) -> m.put(t, ids.stream().mapToInt(Integer::intValue).toArray()));
      presearcher.put(field, m);
    });
    this.always = anyway.stream().mapToInt(Integer::intValue).toArray();
  }

  public int size() {
    return searches.size();
  }

  /** The saved searches the article matches, in the order they were given. */
  public List<SavedSearch> match(Article article) {
    if (searches.isEmpty()) return List.of();
    MemoryIndex index = index(article);
    BitSet candidates = candidates(index);
    List<SavedSearch> out = new ArrayList<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      if (index.search(queries.get(i)) > 0) out.add(searches.get(i));
    }
    return out;
  }

  /** The queries whose presearcher terms occur in the article, and those with none. */
  BitSet candidates(MemoryIndex index) {
    BitSet candidates = new BitSet(searches.size());
    for (int i : always) candidates.set(i);
    LeafReader reader = (LeafReader) index.createSearcher().getIndexReader();
    try {
      for (Map.Entry<String, Map<BytesRef, int[]>> field : presearcher.entrySet()) {
        Terms terms = reader.terms(field.getKey());
        if (terms == null) continue;
        Map<BytesRef, int[]> wanted = field.getValue();
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          int[] ids = wanted.get(t);
          if (ids != null) for (int id : ids) candidates.set(id);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading an in-memory index", e);
    }
    return candidates;
  }

  /** The article as one in-memory document, with the store's fields and analysis. */
  static MemoryIndex index(Article a) {
    MemoryIndex index = new MemoryIndex();
    if (a.title() != null) index.addField(TITLE, a.title(), ANALYZER);
    index.addField(TEXT, a.text(), ANALYZER);
    keywords(index, SOURCE, List.of(a.source() == null ? "unknown" : a.source()));
    keywords(index, LANGUAGE, List.of(a.language() == null ? "und" : a.language()));
    keywords(index, TOPIC, a.topics().stream().map(Topic::label).toList());
    List<String> themes = new ArrayList<>();
    for (Theme t : a.themes()) {
      if (t.id() != null) themes.add(t.id());
      if (t.label() != null) themes.add(t.label());
    }
    keywords(index, THEME, themes);
    keywords(index, EVENT, a.events().stream().map(Event::type).filter(t -> t != null).toList());
    Set<String> entities = new LinkedHashSet<>();
    for (EntityMention e : a.entities()) {
      entities.add(entityKey(e.text()));
      if (e.canonical() != null) entities.add(entityKey(e.canonical()));
    }
    keywords(index, ENTITY, new ArrayList<>(entities));
    return index;
  }

  private static void keywords(MemoryIndex index, String field, List<String> values) {
    if (values.isEmpty()) return;
    index.addField(field, index.keywordTokenStream(new LinkedHashSet<>(values)));
  }

  /**
   * The saved search as a query over those fields, the way the store's search reads it; constant
   * score, so a query of filters only still scores above zero when it matches.
   */
  static Query query(SavedSearch s) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (s.query() != null) {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT},
          ANALYZER, Map.of(TITLE, 2f, TEXT, 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      Query q;
      try {
        q = parser.parse(s.query());
      } catch (ParseException e) {
        try {
          q = parser.parse(QueryParser.escape(s.query()));
        } catch (ParseException e2) {
          throw new IllegalArgumentException("cannot read the query '" + s.query() + "'");
        }
      }
      b.add(q, BooleanClause.Occur.MUST);
    }
    filter(b, SOURCE, s.source());
    filter(b, LANGUAGE, s.language());
    filter(b, TOPIC, s.topic());
    filter(b, THEME, s.theme());
    filter(b, EVENT, s.event());
    filter(b, ENTITY, s.entity() == null ? null : entityKey(s.entity()));
    return new ConstantScoreQuery(b.build());
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null) b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
  }

  /**
   * An actor's name as matched: the same key as {@code LuceneStore.entityKey} (Arabic matching key,
   * spaces collapsed, no definite article), so "الأمين العام" and "الامين العام" meet.
   */
  static String entityKey(String name) {
    String key = ArabicNormalizer.searchKey(name.strip().toLowerCase(Locale.ROOT))
        .replaceAll("\\s+", " ");
    return key.startsWith("ال") && key.length() > 4 ? key.substring(2) : key;
  }
}
