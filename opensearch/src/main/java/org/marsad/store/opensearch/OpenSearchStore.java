package org.marsad.store.opensearch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.analysis.MarsadAnalyzer;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreException;
import org.marsad.store.StoreStats;
import org.marsad.store.UserQuery;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.BoundaryScanner;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.HighlighterType;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The store in an OpenSearch cluster ({@code opensearch://host:9200[,host2:9201]/index}), for many
 * users at once, behind the same {@link ArticleStore} as the embedded store and with the same
 * answers on the same data:
 *
 * <ul>
 *   <li>the query is parsed here exactly as the embedded store parses it ({@link UserQuery}: Lucene's
 *       classic syntax, title boosted 2, all words required, {@link MarsadAnalyzer}) and sent node
 *       for node ({@link QueryTranslator}); the index analyzes title and text with the Marsad
 *       analysis plugin's {@code marsad} analyzer, the same code, so terms meet as they do in the
 *       embedded index;
 *   <li>one primary shard by default (exact facet counts and the same BM25 statistics as one
 *       Lucene index); with more shards a text query runs {@code dfs_query_then_fetch};
 *   <li>facets are terms aggregations (count, then value, as Lucene's facet counts order them);
 *       snippets come from the unified highlighter, two sentences, marked {@code <mark>};
 *   <li>writes go through an {@link OpenSearchWriter} (bulk, back-pressure, retries); {@link
 *       #commit()} waits for them and refreshes the index.
 * </ul>
 *
 * <p>Duplicates and stories: the embedded ingest's connector works over a Lucene index and is not
 * run here; records that already carry {@code duplicate_of} and {@code story} (from the Spark job,
 * which computes them across a whole archive, or from an export of an embedded store) are indexed
 * as they are, and {@link #duplicates} and story filters and facets work on them.
 */
public final class OpenSearchStore implements ArticleStore {
  private static final int PAGE = 500;
  private final OpenSearchSpec spec;
  private final OpenSearchClient client;
  private final OpenSearchWriter writer; // null when read-only
  private final Analyzer analyzer = new MarsadAnalyzer();
  private final AtomicLong commits = new AtomicLong();

  /** The record as stored: only its JSON is read back. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Source(String json) {}

  private OpenSearchStore(OpenSearchSpec spec, OpenSearchClient client, OpenSearchWriter writer) {
    this.spec = spec;
    this.client = client;
    this.writer = writer;
  }

  /**
   * Opens a store. Writable: the index is created (with Marsad's mapping) when missing. Read-only:
   * a missing index is a {@link StoreException} saying how to fill it.
   */
  public static OpenSearchStore open(String spec, boolean writable) throws IOException {
    return open(OpenSearchSpec.parse(spec), writable, OpenSearchWriter.Options.defaults());
  }

  public static OpenSearchStore open(OpenSearchSpec spec, boolean writable,
      OpenSearchWriter.Options options) throws IOException {
    OpenSearchClient client = Clients.open(spec);
    try {
      if (writable) {
        Indexes.ensure(client, spec);
      } else if (!Indexes.exists(client, spec)) {
        throw new StoreException(spec + ": no such index (run 'marsad ingest --store " + spec
            + " ...' first)");
      }
    } catch (IOException | RuntimeException e) {
      OpenSearchWriter.closeQuietly(client);
      throw e;
    }
    return new OpenSearchStore(spec, client, writable ? new OpenSearchWriter(client, spec, options, false) : null);
  }

  /** Deletes an index, for tests and benchmarks that start afresh. */
  public static void deleteIndex(String spec) throws IOException {
    OpenSearchSpec s = OpenSearchSpec.parse(spec);
    OpenSearchClient client = Clients.open(s);
    try {
      Indexes.delete(client, s);
    } finally {
      OpenSearchWriter.closeQuietly(client);
    }
  }

  public OpenSearchSpec spec() {
    return spec;
  }

  public boolean writable() {
    return writer != null;
  }

  /** What the writer did so far (null when read-only). */
  public OpenSearchWriter.Counts writeCounts() {
    return writer == null ? null : writer.counts();
  }

  // ---- writes

  /**
   * Puts one article and waits for the cluster's answer: one round trip per article. The ingest
   * uses {@link #write} instead, which batches.
   */
  @Override
  public PutOutcome put(Article article) throws IOException {
    CompletableFuture<PutOutcome> outcome = new CompletableFuture<>();
    write(article, outcome::complete);
    writerOrFail().flush();
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(spec + ": interrupted");
    } catch (ExecutionException e) {
      throw new StoreException(spec + ": " + e.getCause());
    }
  }

  /** Queues the article for the next bulk request; {@code done} hears the outcome from the cluster. */
  @Override
  public void write(Article article, Consumer<PutOutcome> done) throws IOException {
    writerOrFail().write(article, done);
  }

  private OpenSearchWriter writerOrFail() {
    if (writer == null) throw new IllegalStateException("store opened read-only");
    return writer;
  }

  /** Sends every pending write, waits for them, and makes them visible to searches. */
  @Override
  public void commit() throws IOException {
    if (writer == null) return;
    writer.flush();
    Indexes.refresh(client, spec);
    commits.incrementAndGet();
  }

  // ---- reads

  @Override
  public Optional<Article> get(String id) throws IOException {
    try {
      var r = client.get(g -> g.index(spec.index()).id(id).sourceIncludes(ArticleDocument.JSON), Source.class);
      return r.found() && r.source() != null ? Optional.of(ArticleJson.read(r.source().json())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw failure("get " + id, e);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    Query query = query(request);
    boolean ranked = request.sort() == SearchRequest.Sort.RELEVANCE && !request.query().isEmpty();
    Map<String, Aggregation> aggs = new LinkedHashMap<>();
    for (var e : ArticleDocument.FACET_FIELDS.entrySet()) {
      int size = e.getKey().equals("date") ? 36 : 20;
      aggs.put(e.getKey(), Aggregation.of(a -> a.terms(t -> t.field(e.getValue()).size(size))));
    }
    SearchResponse<Source> r;
    try {
      r = client.search(s -> {
        s.index(spec.index()).query(query).from(request.offset()).size(request.limit())
            .trackTotalHits(t -> t.enabled(true)).aggregations(aggs)
            .source(src -> src.filter(f -> f.includes(ArticleDocument.JSON)));
        if (!request.query().isEmpty()) {
          s.searchType(SearchType.DfsQueryThenFetch).highlight(highlight());
        }
        if (!ranked) s.sort(sort(request.sort()));
        return s;
      }, Source.class);
    } catch (IOException | RuntimeException e) {
      throw failure("search", e);
    }
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Hit<Source> h : r.hits().hits()) {
      Article a = ArticleJson.read(h.source().json());
      double score = ranked && h.score() != null ? (double) h.score().floatValue() : 0;
      hits.add(new SearchResult.Hit(a.id(), score, a.title(), a.source(), a.published(), a.url(),
          snippet(h, a)));
    }
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String dim : ArticleDocument.FACET_FIELDS.keySet()) facets.put(dim, counts(r.aggregations().get(dim)));
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    return new SearchResult(total, hits, facets);
  }

  @Override
  public Map<String, Integer> facet(SearchRequest request, String dimension, int top) throws IOException {
    String field = ArticleDocument.FACET_FIELDS.get(dimension);
    if (field == null) {
      throw new IllegalArgumentException("no facet '" + dimension + "'; one of " + ArticleDocument.FACET_FIELDS.keySet());
    }
    Query query = query(request);
    int size = Math.max(1, top);
    try {
      SearchResponse<Source> r = client.search(s -> s.index(spec.index()).query(query).size(0)
          .aggregations(dimension, Aggregation.of(a -> a.terms(t -> t.field(field).size(size)))), Source.class);
      return counts(r.aggregations().get(dimension));
    } catch (IOException | RuntimeException e) {
      throw failure("facet " + dimension, e);
    }
  }

  /** Every matching article, in id order, a page at a time ({@code search_after} on the id). */
  @Override
  public void forEach(SearchRequest request, Consumer<Article> visitor) throws IOException {
    Query query = query(request);
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      SearchResponse<Source> r;
      try {
        r = client.search(s -> {
          s.index(spec.index()).query(query).size(PAGE).trackTotalHits(t -> t.enabled(false))
              .source(src -> src.filter(f -> f.includes(ArticleDocument.JSON)))
              .sort(SortOptions.of(o -> o.field(f -> f.field(ArticleDocument.ID).order(SortOrder.Asc))));
          if (from != null) s.searchAfter(from);
          return s;
        }, Source.class);
      } catch (IOException | RuntimeException e) {
        throw failure("list", e);
      }
      List<Hit<Source>> page = r.hits().hits();
      for (Hit<Source> h : page) visitor.accept(ArticleJson.read(h.source().json()));
      if (page.size() < PAGE) return;
      after = page.get(page.size() - 1).sort();
    }
  }

  @Override
  public List<SearchResult.Hit> duplicates(String id, int limit) throws IOException {
    Query q = Query.of(x -> x.term(t -> t.field(ArticleDocument.DUPLICATE_OF).value(FieldValue.of(id))));
    try {
      SearchResponse<Source> r = client.search(s -> s.index(spec.index()).query(q).size(Math.max(1, limit))
          .source(src -> src.filter(f -> f.includes(ArticleDocument.JSON)))
          .sort(sort(SearchRequest.Sort.OLDEST)), Source.class);
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (Hit<Source> h : r.hits().hits()) {
        Article a = ArticleJson.read(h.source().json());
        hits.add(new SearchResult.Hit(a.id(), 0, a.title(), a.source(), a.published(), a.url(), null));
      }
      return hits;
    } catch (IOException | RuntimeException e) {
      throw failure("duplicates of " + id, e);
    }
  }

  @Override
  public StoreStats stats() throws IOException {
    SearchResult all = search(SearchRequest.all());
    return new StoreStats(all.total(), all.facets().getOrDefault("source", Map.of()),
        all.facets().getOrDefault("language", Map.of()), spec.toString());
  }

  /** Changes with each commit of this process only: other writers are not seen, so no caching. */
  @Override
  public long version() {
    return -1;
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.close();
        Indexes.refresh(client, spec);
      }
    } finally {
      OpenSearchWriter.closeQuietly(client);
    }
  }

  // ---- the request, as the embedded store builds it

  /** The user's query (parsed as the embedded store parses it) and the filters. */
  Query query(SearchRequest r) {
    Query main = r.query().isEmpty()
        ? Query.of(x -> x.matchAll(m -> m))
        : QueryTranslator.translate(UserQuery.parse(r.query(), analyzer));
    List<Query> filters = new ArrayList<>();
    if (r.source() != null) filters.add(term(ArticleDocument.SOURCE, r.source()));
    if (r.topic() != null) filters.add(term(ArticleDocument.TOPIC, r.topic()));
    if (r.language() != null) filters.add(term(ArticleDocument.LANGUAGE, r.language()));
    if (r.entity() != null) {
      List<FieldValue> keys = UserQuery.entityKeys(r.entity()).stream().map(FieldValue::of).toList();
      filters.add(Query.of(x -> x.terms(t -> t.field(ArticleDocument.ENTITY).terms(v -> v.value(keys)))));
    }
    if (r.theme() != null) filters.add(term(ArticleDocument.THEME, r.theme()));
    if (r.eventType() != null) filters.add(term(ArticleDocument.EVENT_TYPE, r.eventType()));
    if (r.story() != null) filters.add(term(ArticleDocument.STORY, r.story()));
    if (r.from() != null || r.to() != null) {
      filters.add(Query.of(x -> x.range(g -> {
        g.field(ArticleDocument.DAY);
        if (r.from() != null) g.gte(org.opensearch.client.json.JsonData.of(r.from().toEpochDay()));
        if (r.to() != null) g.lte(org.opensearch.client.json.JsonData.of(r.to().toEpochDay()));
        return g;
      })));
    }
    return filters.isEmpty() ? Query.of(x -> x.bool(b -> b.must(main)))
        : Query.of(x -> x.bool(b -> b.must(main).filter(filters)));
  }

  private static Query term(String field, String value) {
    return Query.of(x -> x.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  /** Newest or oldest first (undated articles last either way), then by score. */
  private static List<SortOptions> sort(SearchRequest.Sort sort) {
    SortOrder order = sort == SearchRequest.Sort.OLDEST ? SortOrder.Asc : SortOrder.Desc;
    return List.of(
        SortOptions.of(o -> o.field(f -> f.field(ArticleDocument.DAY).order(order).missing(FieldValue.of("_last")))),
        SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
  }

  /** Two best sentences of the text with the query's words marked, as the embedded store gives. */
  private static Highlight highlight() {
    return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).fields(ArticleDocument.TEXT, f -> f
        .type(HighlighterType.of(t -> t.builtin(BuiltinHighlighterType.Unified)))
        .boundaryScanner(BoundaryScanner.Sentence).fragmentSize(200_000).numberOfFragments(2)
        .preTags("<mark>").postTags("</mark>").maxAnalyzerOffset(200_000)));
  }

  private static String snippet(Hit<Source> h, Article a) {
    List<String> passages = h.highlight() == null ? null : h.highlight().get(ArticleDocument.TEXT);
    if (passages != null && !passages.isEmpty()) {
      String joined = String.join(" … ", passages);
      if (joined.contains("<mark>")) return joined;
    }
    String text = a.text();
    String head = text.length() > 240 ? text.substring(0, 240) + " …" : text;
    return head.replace("\n\n", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static Map<String, Integer> counts(Aggregate agg) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (agg == null || !agg.isSterms()) return out;
    for (StringTermsBucket b : agg.sterms().buckets().array()) out.put(b.key(), (int) b.docCount());
    return out;
  }

  private StoreException failure(String doing, Throwable e) {
    if (e instanceof OpenSearchException os && os.error() != null
        && "index_not_found_exception".equals(os.error().type())) {
      return new StoreException(spec + ": no such index (run 'marsad ingest --store " + spec + " ...' first)");
    }
    if (e instanceof StoreException se) return se;
    return Clients.failure(spec, doing, e);
  }
}
