package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.analysis.MarsadAnalyzer;
import org.marsad.connect.Fingerprint;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.model.Theme;
import org.marsad.model.Topic;
import org.marsad.text.ArabicNormalizer;

/**
 * The embedded store: one Lucene index in {@code DIR/index}. Each article is one document with its
 * JSON record stored, its title and text analyzed by {@link MarsadAnalyzer}, and facet fields for
 * source, month, topic, entity, language, ICT theme and event type.
 *
 * <p>Crash safety comes from Lucene's atomic commits: after {@code kill -9} the index opens at the
 * last commit. Idempotence comes from {@link IndexWriter#updateDocument} keyed by id. Opened for
 * writing, the store holds Lucene's write lock; opened read-only it sees the last commit and
 * {@link #refresh()} picks up newer ones.
 */
public final class LuceneStore implements ArticleStore {
  static final String ID = "id", JSON = "json", HASH = "content_hash", TITLE = "title",
      TEXT = "text", SOURCE = "source", LANGUAGE = "language", DAY = "published_day",
      DAY_SORT = "published_sort",
      TOPIC = "topic", ENTITY = "entity";
  static final String F_SOURCE = "source", F_DATE = "date", F_TOPIC = "topic",
      F_ENTITY = "entity", F_LANGUAGE = "language";
  // themes, events, duplicates and stories (the web issue's filters)
  static final String THEME = "theme", EVENT_TYPE = "event_type", STORY = "story",
      DUPLICATE_OF = "duplicate_of", ANY_EVENT = "any", DAY_SORT_ASC = "published_sort_asc";
  static final String F_THEME = "theme", F_EVENT = "event", F_STORY = "story";
  /** The facet dimensions a search counts, in the order they are returned. */
  static final List<String> DIMENSIONS =
      List.of(F_SOURCE, F_DATE, F_TOPIC, F_THEME, F_ENTITY, F_LANGUAGE, F_EVENT, F_STORY);
  private static final String UNKNOWN = "unknown";

  private final Path location;
  private final Directory directory;
  private final Analyzer analyzer = new MarsadAnalyzer();
  private final FacetsConfig facets = new FacetsConfig();
  private final IndexWriter writer; // null when read-only
  private final Object lock = new Object();
  /** Ids written since the reader was last reopened, with their content hash. */
  private final Map<String, String> pending = new HashMap<>();
  private volatile View view;
  /** How many times the view was replaced: lets the connector know what a reader already sees. */
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  /** A reader with its facet state, replaced as a whole on refresh. */
  private record View(DirectoryReader reader, IndexSearcher searcher,
      SortedSetDocValuesReaderState facetState) {}

  private LuceneStore(Path location, boolean writable) throws IOException {
    this.location = location;
    facets.setMultiValued(F_TOPIC, true);
    facets.setMultiValued(F_ENTITY, true);
    facets.setMultiValued(F_THEME, true);
    facets.setMultiValued(F_EVENT, true);
    Path indexDir = location.resolve("index");
    if (!writable && !DirectoryReader.indexExists(FSDirectory.open(indexDir))) {
      throw new StoreException(
          location + ": no Marsad store here (run 'marsad ingest --store " + location + "' first)");
    }
    Files.createDirectories(indexDir);
    this.directory = FSDirectory.open(indexDir);
    if (writable) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64); // bounds heap during large ingests
      config.setCodec(StoreCodec.create()); // Bloom filters for the connect lookups
      try {
        this.writer = new IndexWriter(directory, config);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        directory.close();
        throw new StoreException(location + ": the store is in use by another Marsad process");
      }
      if (!DirectoryReader.indexExists(directory)) writer.commit(); // an empty, openable store
      this.view = open(DirectoryReader.open(writer));
    } else {
      this.writer = null;
      this.view = open(DirectoryReader.open(directory));
    }
  }

  /** Opens (creating if needed) a store for reading and writing. */
  public static LuceneStore open(Path location) throws IOException {
    return new LuceneStore(location, true);
  }

  /** Opens an existing store for reading only; fails clearly when there is none. */
  public static LuceneStore openReadOnly(Path location) throws IOException {
    return new LuceneStore(location, false);
  }

  public Path location() {
    return location;
  }

  private View open(DirectoryReader reader) throws IOException {
    SortedSetDocValuesReaderState state = null;
    if (hasFacets(reader)) state = new DefaultSortedSetDocValuesReaderState(reader, facets);
    return new View(reader, new IndexSearcher(reader), state);
  }

  private static boolean hasFacets(DirectoryReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
        return true;
      }
    }
    return false;
  }

  /** Picks up what was committed (read-only) or written (read-write) since the last refresh. */
  public void refresh() throws IOException {
    synchronized (lock) {
      View old = view;
      DirectoryReader fresh =
          writer == null
              ? DirectoryReader.openIfChanged(old.reader())
              : DirectoryReader.openIfChanged(old.reader(), writer);
      if (fresh != null) {
        view = open(fresh);
        generation.incrementAndGet(); // after the new view: a reader that sees n sees its view
        pending.clear();
        old.reader().decRef();
      }
    }
  }

  @Override
  public PutOutcome put(Article article) throws IOException {
    return put(article, null);
  }

  /**
   * Puts an article with its connect fingerprint (duplicate band keys, story vector, actor pairs),
   * as the ingest's {@code Connector} does; {@link #put(Article)} indexes only what the record
   * itself says (duplicate_of, story, actors).
   */
  public PutOutcome put(Article article, Fingerprint fingerprint) throws IOException {
    if (writer == null) throw new IllegalStateException("store opened read-only");
    Document doc = toDocument(article, fingerprint);
    synchronized (lock) {
      String previous = pending.containsKey(article.id())
          ? pending.get(article.id())
          : storedHash(view, article.id());
      PutOutcome outcome =
          previous == null ? PutOutcome.STORED
              : previous.equals(article.contentHash()) && sameRecord(article)
                  ? PutOutcome.UNCHANGED : PutOutcome.UPDATED;
      if (outcome != PutOutcome.UNCHANGED) {
        writer.updateDocument(new Term(ID, article.id()), doc);
        pending.put(article.id(), article.contentHash() == null ? "" : article.contentHash());
      }
      return outcome;
    }
  }

  /** Same text is not enough when the record changed (a better model); compare the JSON. */
  private boolean sameRecord(Article article) throws IOException {
    if (pending.containsKey(article.id())) return true; // written in this run: same hash
    return get(article.id()).map(a -> a.equals(article)).orElse(false);
  }

  private Document toDocument(Article a, Fingerprint fingerprint) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.NO));
    doc.add(new StoredField(JSON, ArticleJson.write(a)));
    if (a.contentHash() != null) doc.add(new StringField(HASH, a.contentHash(), Field.Store.YES));
    if (a.title() != null) doc.add(new TextField(TITLE, a.title(), Field.Store.NO));
    doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
    String source = a.source() == null ? UNKNOWN : a.source();
    doc.add(new StringField(SOURCE, source, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(F_SOURCE, source));
    String language = a.language() == null ? "und" : a.language();
    doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(F_LANGUAGE, language));
    LocalDate day = day(a.published());
    if (day != null) {
      doc.add(new LongPoint(DAY, day.toEpochDay()));
      doc.add(new NumericDocValuesField(DAY_SORT, day.toEpochDay()));
      doc.add(new SortedSetDocValuesFacetField(F_DATE, day.toString().substring(0, 7)));
    } else {
      doc.add(new NumericDocValuesField(DAY_SORT, Long.MIN_VALUE)); // undated: last
    }
    for (Topic t : a.topics()) {
      doc.add(new StringField(TOPIC, t.label(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(F_TOPIC, t.label()));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (EntityMention e : a.entities()) {
      String name = e.canonical() != null ? e.canonical() : e.text();
      doc.add(new StringField(ENTITY, entityKey(e.text()), Field.Store.NO));
      if (e.canonical() != null) doc.add(new StringField(ENTITY, entityKey(e.canonical()), Field.Store.NO));
      if (seen.add(name)) doc.add(new SortedSetDocValuesFacetField(F_ENTITY, name));
    }
    addWebFields(doc, a);
    ConnectFields.add(doc, a, fingerprint); // duplicates, stories, actors' graph
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new IllegalStateException("facet fields of " + a.id(), e);
    }
  }

  /**
   * An actor under any of its spellings: the name as written in an article, or any canonical id it
   * may stand for ({@link UserQuery#entityKeys}: an alias such as "Arab League" for
   * {@code org:جامعة_الدول_العربية}, or the id derived from the name, equal across spellings).
   */
  static Query entityQuery(String name) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String key : UserQuery.entityKeys(name)) {
      any.add(new TermQuery(new Term(ENTITY, key)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Theme, event type, story and duplicate fields (filters and facets for the web page), and the
   * oldest-first sort key (undated articles last in both orders).
   */
  private static void addWebFields(Document doc, Article a) {
    LocalDate published = day(a.published());
    doc.add(new NumericDocValuesField(DAY_SORT_ASC,
        published == null ? Long.MAX_VALUE : published.toEpochDay()));
    Set<String> themes = new java.util.HashSet<>();
    for (var t : a.themes()) {
      String label = t.label() != null ? t.label() : t.id();
      if (label == null || !themes.add(label)) continue;
      doc.add(new StringField(THEME, label, Field.Store.NO));
      if (t.id() != null && !t.id().equals(label)) doc.add(new StringField(THEME, t.id(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(F_THEME, label));
    }
    Set<String> types = new java.util.HashSet<>();
    for (var e : a.events()) {
      if (e.type() == null || !types.add(e.type())) continue;
      doc.add(new StringField(EVENT_TYPE, e.type(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(F_EVENT, e.type()));
    }
    if (!a.events().isEmpty()) doc.add(new StringField(EVENT_TYPE, ANY_EVENT, Field.Store.NO));
    if (a.story() != null && !a.story().isBlank()) {
      // the story's term and doc values come with ConnectFields
      doc.add(new SortedSetDocValuesFacetField(F_STORY, a.story()));
    }
  }

  /** An actor's name as matched: Arabic key, spaces collapsed, without the definite article. */
  public static String entityKey(String name) {
    String key = ArabicNormalizer.searchKey(name.strip().toLowerCase(java.util.Locale.ROOT))
        .replaceAll("\\s+", " ");
    return key.startsWith("ال") && key.length() > 4 ? key.substring(2) : key;
  }

  /** The publication day of a {@code published} value, or null when it has none. */
  public static LocalDate day(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String storedHash(View view, String id) throws IOException {
    int doc = find(view, id);
    if (doc < 0) return null;
    Document d = view.searcher().storedFields().document(doc, Set.of(HASH));
    String hash = d.get(HASH);
    return hash == null ? "" : hash;
  }

  /** The global doc id of an article, or -1. */
  private static int find(View view, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : view.reader().leaves()) {
      Terms terms = leaf.reader().terms(ID);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) continue;
      PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
      var live = leaf.reader().getLiveDocs();
      for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) return leaf.docBase + d;
      }
    }
    return -1;
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    View v = acquire();
    try {
      int doc = find(v, id);
      if (doc < 0) return Optional.empty();
      return Optional.of(ArticleJson.read(v.searcher().storedFields().document(doc, Set.of(JSON)).get(JSON)));
    } finally {
      release(v);
    }
  }

  private View acquire() {
    while (true) {
      View v = view;
      if (v.reader().tryIncRef()) return v;
    }
  }

  private static void release(View v) throws IOException {
    v.reader().decRef();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    Query query = toQuery(request);
    View v = acquire();
    try {
      IndexSearcher searcher = v.searcher();
      int n = Math.max(1, request.offset() + request.limit());
      Sort sort = sort(request);
      FacetsCollectorManager.FacetsResult result =
          sort == null
              ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
              : FacetsCollectorManager.search(searcher, query, n, sort, new FacetsCollectorManager());
      TopDocs top = result.topDocs();
      long total = searcher.count(query);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builderWithoutSearcher(analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withMaxLength(200_000)
              .build();
      List<SearchResult.Hit> hits = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = request.offset(); i < docs.length && hits.size() < request.limit(); i++) {
        Article a = ArticleJson.read(searcher.storedFields().document(docs[i].doc, Set.of(JSON)).get(JSON));
        String snippet = snippet(highlighter, request.query().isEmpty() ? null : query, a);
        double score = Float.isNaN(docs[i].score) ? 0 : docs[i].score;
        hits.add(new SearchResult.Hit(a.id(), score, a.title(), a.source(), a.published(), a.url(), snippet));
      }
      Map<String, Map<String, Integer>> facetCounts = new LinkedHashMap<>();
      if (v.facetState() != null) {
        SortedSetDocValuesFacetCounts counts =
            new SortedSetDocValuesFacetCounts(v.facetState(), result.facetsCollector());
        for (String dim : DIMENSIONS) {
          facetCounts.put(dim, top(counts, dim, dim.equals(F_DATE) ? 36 : 20));
        }
      }
      return new SearchResult(total, hits, facetCounts);
    } finally {
      release(v);
    }
  }

  @Override
  public void forEach(SearchRequest request, java.util.function.Consumer<Article> visitor)
      throws IOException {
    View v = acquire();
    try {
      IndexSearcher searcher = v.searcher();
      Weight weight = searcher.createWeight(searcher.rewrite(toQuery(request)), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : v.reader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        DocIdSetIterator docs = scorer.iterator();
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          if (live != null && !live.get(d)) continue;
          visitor.accept(ArticleJson.read(stored.document(d, Set.of(JSON)).get(JSON)));
        }
      }
    } finally {
      release(v);
    }
  }

  /** Newest first when asked or when there is no query to rank by; else by score. */
  private static Sort sort(SearchRequest request) {
    return switch (request.sort()) {
      case NEWEST -> new Sort(new SortField(DAY_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      case OLDEST -> new Sort(oldestFirst(), SortField.FIELD_SCORE);
      case RELEVANCE -> request.query().isEmpty()
          ? new Sort(new SortField(DAY_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE)
          : null;
    };
  }

  /** Oldest dated article first; undated ones still last (stores older than this key: first). */
  private static SortField oldestFirst() {
    SortField f = new SortField(DAY_SORT_ASC, SortField.Type.LONG, false);
    f.setMissingValue(Long.MAX_VALUE);
    return f;
  }

  @Override
  public Map<String, Integer> facet(SearchRequest request, String dimension, int top)
      throws IOException {
    if (!DIMENSIONS.contains(dimension)) {
      throw new IllegalArgumentException("no facet '" + dimension + "'; one of " + DIMENSIONS);
    }
    Query query = toQuery(request);
    View v = acquire();
    try {
      if (v.facetState() == null) return Map.of();
      var fc = v.searcher().search(query, new FacetsCollectorManager());
      return top(new SortedSetDocValuesFacetCounts(v.facetState(), fc), dimension, Math.max(1, top));
    } finally {
      release(v);
    }
  }

  @Override
  public List<SearchResult.Hit> duplicates(String id, int limit) throws IOException {
    Query query = new TermQuery(new Term(DUPLICATE_OF, id));
    View v = acquire();
    try {
      IndexSearcher searcher = v.searcher();
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (ScoreDoc d : searcher.search(query, Math.max(1, limit), new Sort(oldestFirst())).scoreDocs) {
        Article a = ArticleJson.read(searcher.storedFields().document(d.doc, Set.of(JSON)).get(JSON));
        hits.add(new SearchResult.Hit(a.id(), 0, a.title(), a.source(), a.published(), a.url(), null));
      }
      return hits;
    } finally {
      release(v);
    }
  }

  @Override
  public long version() {
    return view.reader().getVersion();
  }

  /** False when opened with {@link #openReadOnly}. */
  public boolean writable() {
    return writer != null;
  }

  private static Map<String, Integer> top(SortedSetDocValuesFacetCounts counts, String dim, int n)
      throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    FacetResult r;
    try {
      r = counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      return out; // no article has this dimension yet
    }
    if (r != null) for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.intValue());
    return out;
  }

  private String snippet(UnifiedHighlighter highlighter, Query query, Article a) throws IOException {
    if (query != null) {
      Object h = highlighter.highlightWithoutSearcher(TEXT, query, a.text(), 2);
      if (h != null && h.toString().contains("<mark>")) return h.toString();
    }
    String text = a.text();
    String head = text.length() > 240 ? text.substring(0, 240) + " …" : text;
    return escape(head.replace("\n\n", " "));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  Query toQuery(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (r.query().isEmpty()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      b.add(UserQuery.parse(r.query(), analyzer), BooleanClause.Occur.MUST);
    }
    if (r.source() != null) b.add(new TermQuery(new Term(SOURCE, r.source())), BooleanClause.Occur.FILTER);
    if (r.topic() != null) b.add(new TermQuery(new Term(TOPIC, r.topic())), BooleanClause.Occur.FILTER);
    if (r.language() != null) b.add(new TermQuery(new Term(LANGUAGE, r.language())), BooleanClause.Occur.FILTER);
    if (r.entity() != null) b.add(entityQuery(r.entity()), BooleanClause.Occur.FILTER);
    if (r.theme() != null) b.add(new TermQuery(new Term(THEME, r.theme())), BooleanClause.Occur.FILTER);
    if (r.eventType() != null) b.add(new TermQuery(new Term(EVENT_TYPE, r.eventType())), BooleanClause.Occur.FILTER);
    if (r.story() != null) b.add(new TermQuery(new Term(STORY, r.story())), BooleanClause.Occur.FILTER);
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  // ---- connect: read access for ConnectIndex (duplicates, stories, graph) ----

  /** The number of times the reader was replaced; see {@code Connector}. */
  public long generation() {
    return generation.get();
  }

  /** A function of a searcher, run on the current view while it is held. */
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  <T> T read(SearcherFunction<T> f) throws IOException {
    View v = acquire();
    try {
      return f.apply(v.searcher());
    } finally {
      release(v);
    }
  }

  /** The article of a global doc id in {@code searcher}. */
  static Article article(IndexSearcher searcher, int doc) throws IOException {
    return ArticleJson.read(searcher.storedFields().document(doc, Set.of(JSON)).get(JSON));
  }

  Query query(SearchRequest r) {
    return toQuery(r);
  }

  String snippetFor(Query query, Article a) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(200_000)
            .build();
    return snippet(highlighter, query, a);
  }

  @Override
  public StoreStats stats() throws IOException {
    View v = acquire();
    try {
      SearchResult all = search(new SearchRequest("", null, null, null, null, null, null, 0, 0));
      return new StoreStats(v.reader().numDocs(),
          all.facets().getOrDefault(F_SOURCE, Map.of()),
          all.facets().getOrDefault(F_LANGUAGE, Map.of()), location.toString());
    } finally {
      release(v);
    }
  }

  @Override
  public void commit() throws IOException {
    if (writer == null) return;
    writer.commit();
    refresh();
  }

  @Override
  public void close() throws IOException {
    synchronized (lock) {
      try {
        if (writer != null) {
          writer.commit();
          writer.close();
        }
      } finally {
        view.reader().decRef();
        directory.close();
      }
    }
  }
}
