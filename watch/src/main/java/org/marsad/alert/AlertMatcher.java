package org.marsad.alert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
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
 * only those run. A candidate made only of terms and boolean logic (most are) is decided by hash
 * lookups in the article's terms ({@link TermTree}); phrases and wildcards run on the
 * MemoryIndex.
 *
 * <p>Immutable and thread-safe: rebuilt when the saved searches change.
 */
public final class AlertMatcher {
  static final String TITLE = "title", TEXT = "text", SOURCE = "source", LANGUAGE = "language",
      TOPIC = "topic", THEME = "theme", EVENT = "event", ENTITY = "entity";
  private static final Analyzer ANALYZER = new MarsadAnalyzer();

  private final List<SavedSearch> searches;
  private final List<Query> queries;
  /** The queries as term trees where they are only terms (most); null entries run in Lucene. */
  private final List<TermTree> trees;
  /** field → term → the queries that need it */
  private final Map<String, Map<BytesRef, int[]>> presearcher;
  /** queries with no term to look for: run on every article */
  private final int[] always;

  public AlertMatcher(List<SavedSearch> searches) {
    this.searches = List.copyOf(searches);
    this.queries = new ArrayList<>(searches.size());
    this.trees = new ArrayList<>(searches.size());
    Map<String, Map<BytesRef, List<Integer>>> index = new HashMap<>();
    List<Integer> anyway = new ArrayList<>();
    for (int i = 0; i < this.searches.size(); i++) {
      Query q = query(this.searches.get(i));
      queries.add(q);
      trees.add(TermTree.of(q));
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
    Map<String, Set<BytesRef>> terms = new HashMap<>();
    BitSet candidates = candidates(index, terms);
    List<SavedSearch> out = new ArrayList<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      TermTree tree = trees.get(i);
      boolean hit = tree != null ? tree.matches(terms) : index.search(queries.get(i)) > 0;
      if (hit) out.add(searches.get(i));
    }
    return out;
  }

  BitSet candidates(MemoryIndex index) {
    return candidates(index, new HashMap<>());
  }

  /**
   * The queries whose presearcher terms occur in the article, and those with none; fills {@code
   * terms} with the article's terms by field, for the term trees.
   */
  private BitSet candidates(MemoryIndex index, Map<String, Set<BytesRef>> terms) {
    BitSet candidates = new BitSet(searches.size());
    for (int i : always) candidates.set(i);
    LeafReader reader = (LeafReader) index.createSearcher().getIndexReader();
    try {
      for (FieldInfo info : reader.getFieldInfos()) {
        Terms fieldTerms = reader.terms(info.name);
        if (fieldTerms == null) continue;
        Map<BytesRef, int[]> wanted = presearcher.getOrDefault(info.name, Map.of());
        Set<BytesRef> present = new HashSet<>();
        TermsEnum te = fieldTerms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          present.add(BytesRef.deepCopyOf(t));
          int[] ids = wanted.get(t);
          if (ids != null) for (int id : ids) candidates.set(id);
        }
        terms.put(info.name, present);
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
