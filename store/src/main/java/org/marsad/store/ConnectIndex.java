package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import org.marsad.connect.Actors;
import org.marsad.connect.Fingerprint;
import org.marsad.connect.Stories;
import org.marsad.model.Article;
import org.marsad.model.Story;
import org.marsad.store.ConnectFields.StoryData;

/**
 * Queries over the connect fields ({@link ConnectFields}) of a {@link LuceneStore}: duplicate and
 * story candidates for the ingest, stories, folded search and the actors' graph. Everything is
 * read from the index at query time; nothing here holds state that grows with the corpus.
 */
public final class ConnectIndex {
  private static final char SEP = ConnectFields.SEP;
  /** Story terms looked up per new article. */
  public static final int QUERY_TERMS = 10;
  private final LuceneStore store;

  public ConnectIndex(LuceneStore store) {
    this.store = store;
  }

  // ---- duplicates ----

  /** Articles whose text has this matching-key hash (exact duplicates), oldest writes first. */
  public List<Article> withContentHash(String hash, int max) throws IOException {
    return store.read(s -> articles(s, s.search(new TermQuery(new Term(LuceneStore.HASH, hash)), max)));
  }

  /**
   * Articles sharing at least one LSH band key, the most shared first. Seeks the keys in each
   * segment's terms directly: most keys of a new article are in no segment, and a miss costs one
   * terms-index lookup, with none of a query's machinery.
   */
  public List<Article> withBands(String[] keys, int max) throws IOException {
    if (keys.length == 0) return List.of();
    BytesRef[] terms = new BytesRef[keys.length];
    for (int i = 0; i < keys.length; i++) terms[i] = new BytesRef(keys[i]);
    return store.read(s -> {
      Map<Integer, Integer> shared = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms t = leaf.reader().terms(ConnectFields.BAND);
        if (t == null) continue;
        TermsEnum te = t.iterator();
        Bits live = leaf.reader().getLiveDocs();
        org.apache.lucene.index.PostingsEnum postings = null;
        for (BytesRef term : terms) {
          if (!te.seekExact(term)) continue;
          postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live == null || live.get(d)) shared.merge(leaf.docBase + d, 1, Integer::sum);
          }
        }
      }
      List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(shared.entrySet());
      ranked.sort((x, y) -> !x.getValue().equals(y.getValue()) ? y.getValue() - x.getValue()
          : Integer.compare(x.getKey(), y.getKey()));
      List<Article> out = new ArrayList<>();
      for (int i = 0; i < Math.min(max, ranked.size()); i++) {
        out.add(LuceneStore.article(s, ranked.get(i).getKey()));
      }
      return out;
    });
  }

  private static List<Article> articles(IndexSearcher s, TopDocs top) throws IOException {
    List<Article> out = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) out.add(LuceneStore.article(s, d.doc));
    return out;
  }

  /** How many articles are copies of another. */
  public long duplicates() throws IOException {
    return store.read(s -> (long) s.count(new org.apache.lucene.search.TermRangeQuery(
        ConnectFields.DUPLICATE_OF, null, null, true, true)));
  }

  // ---- stories ----

  /** A story candidate: an earlier original with its story and what scores it. */
  public record StoryCandidate(String id, String story, long day,
      org.marsad.connect.StoryVector vector, List<String> actors) {}

  /**
   * Originals in the window of {@code fp}'s day ({@link Stories#inWindow}) that share at least two
   * of its {@link #QUERY_TERMS} heaviest story terms (the rarest, most telling), the largest weighted
   * overlap first, then the oldest write; {@code selfId} excluded. The terms are sought per segment
   * in the time buckets the window touches ({@link Stories#buckets}), so the postings read are one
   * or two weeks' worth whatever the size of the store, with none of a query's machinery.
   */
  public List<StoryCandidate> storyCandidates(Fingerprint fp, String selfId, int windowDays,
      int max) throws IOException {
    if (fp.vector().isEmpty()) return List.of();
    String[] t = fp.vector().terms();
    float[] w = fp.vector().weights();
    Integer[] order = new Integer[t.length];
    for (int i = 0; i < t.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (x, y) -> Float.compare(w[y], w[x]));
    int n = Math.min(QUERY_TERMS, t.length), need = Math.min(2, n);
    long[] buckets = Stories.buckets(fp.day(), windowDays);
    BytesRef[][] keys = new BytesRef[n][buckets.length];
    float[] weight = new float[n];
    for (int k = 0; k < n; k++) {
      weight[k] = w[order[k]];
      for (int b = 0; b < buckets.length; b++) {
        keys[k][b] = new BytesRef(Stories.bucketTerm(buckets[b], t[order[k]]));
      }
    }
    return store.read(s -> {
      List<Scored> found = new ArrayList<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(ConnectFields.STORY_TERM);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        Map<Integer, float[]> hits = new HashMap<>(); // doc -> {score, terms in common}
        org.apache.lucene.index.PostingsEnum postings = null;
        for (int k = 0; k < n; k++) {
          for (BytesRef key : keys[k]) {
            if (!te.seekExact(key)) continue;
            postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
              if (live != null && !live.get(d)) continue;
              float[] h = hits.computeIfAbsent(d, x -> new float[2]);
              h[0] += weight[k];
              h[1]++;
            }
          }
        }
        if (hits.isEmpty()) continue;
        int[] docs = hits.entrySet().stream().filter(e -> e.getValue()[1] >= need)
            .mapToInt(Map.Entry::getKey).sorted().toArray();
        org.apache.lucene.index.NumericDocValues days =
            leaf.reader().getNumericDocValues(LuceneStore.DAY_SORT);
        for (int d : docs) {
          long day = days != null && days.advanceExact(d) ? days.longValue() : Long.MIN_VALUE;
          if (Stories.inWindow(fp.day(), day, windowDays)) {
            found.add(new Scored(hits.get(d)[0], leaf.docBase + d));
          }
        }
      }
      found.sort((x, y) -> x.score() != y.score() ? Float.compare(y.score(), x.score())
          : Integer.compare(x.doc(), y.doc()));
      List<StoryCandidate> out = new ArrayList<>();
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      for (Scored f : found) {
        if (out.size() >= max) break;
        int doc = f.doc();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        StoryData data = StoryData.read(leaf, doc - leaf.docBase);
        if (data != null && !data.id().equals(selfId)) {
          out.add(new StoryCandidate(data.id(), data.story(), data.day(), data.vector(), data.actors()));
        }
      }
      return out;
    });
  }

  private record Scored(float score, int doc) {}

  /** A story, derived from its articles (the first {@code 500} by date), or empty. */
  public Optional<Story> story(String id) throws IOException {
    List<Article> members = store.read(s -> articles(s,
        s.search(new TermQuery(new Term(ConnectFields.STORY, id)), 500)));
    if (members.isEmpty()) return Optional.empty();
    long count = store.read(s -> (long) s.count(new TermQuery(new Term(ConnectFields.STORY, id))));
    return Optional.of(story(id, members, count));
  }

  static Story story(String id, List<Article> members, long count) {
    List<Article> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing((Article a) -> a.published() == null ? "~" : a.published())
        .thenComparing(Article::id));
    Map<String, Integer> sources = new LinkedHashMap<>();
    Map<String, Integer> actors = new HashMap<>();
    int duplicates = 0;
    String first = null, last = null;
    for (Article a : sorted) {
      sources.merge(a.source() == null ? "unknown" : a.source(), 1, Integer::sum);
      if (a.duplicateOf() != null) duplicates++;
      for (String actor : Actors.of(a)) actors.merge(actor, 1, Integer::sum);
      if (a.published() != null) {
        if (first == null) first = a.published();
        last = a.published();
      }
    }
    List<String> main = actors.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(8).map(Map.Entry::getKey).toList();
    Map<String, Integer> bySize = new LinkedHashMap<>();
    sources.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> bySize.put(e.getKey(), e.getValue()));
    return new Story(id, Stories.label(sorted), first, last, (int) count, duplicates, bySize, main,
        sorted.stream().map(Article::id).toList());
  }

  /** The largest stories (at least {@code minArticles} articles), largest first. */
  public List<Story> stories(int limit, int minArticles) throws IOException {
    List<String> ids = store.read(s -> {
      SortedDocValues values = MultiDocValues.getSortedValues(s.getIndexReader(), ConnectFields.STORY);
      if (values == null) return List.<String>of();
      int[] counts = new int[values.getValueCount()];
      Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(s.getIndexReader());
      for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
        if (live == null || live.get(d)) counts[values.ordValue()]++;
      }
      PriorityQueue<int[]> top = new PriorityQueue<>(Comparator.comparingInt((int[] x) -> x[1]));
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] < minArticles) continue;
        top.add(new int[] {ord, counts[ord]});
        if (top.size() > limit) top.poll();
      }
      List<int[]> sorted = new ArrayList<>(top);
      sorted.sort((x, y) -> y[1] != x[1] ? y[1] - x[1] : x[0] - y[0]);
      List<String> out = new ArrayList<>();
      for (int[] x : sorted) out.add(values.lookupOrd(x[0]).utf8ToString());
      return out;
    });
    List<Story> out = new ArrayList<>();
    for (String id : ids) story(id).ifPresent(out::add);
    return out;
  }

  // ---- folded search ----

  /** Searches like {@link LuceneStore#search}, one result per story with its other articles folded. */
  public FoldedResult search(SearchRequest r) throws IOException {
    SearchResult plain = store.search(r.withPage(0, 0)); // totals and facets, every filter kept
    Query q = store.query(r);
    int window = Math.min(2000, (r.offset() + r.limit()) * 20 + 100);
    return store.read(s -> {
      TopDocs top = r.query().isEmpty()
          ? s.search(q, window, new Sort(new SortField(LuceneStore.DAY_SORT, SortField.Type.LONG, true),
              SortField.FIELD_SCORE))
          : s.search(q, window);
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      Map<String, List<ScoreDoc>> groups = new LinkedHashMap<>();
      for (ScoreDoc d : top.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
        SortedDocValues story = leaf.reader().getSortedDocValues(ConnectFields.STORY);
        String key = story != null && story.advanceExact(d.doc - leaf.docBase)
            ? story.lookupOrd(story.ordValue()).utf8ToString() : "#" + d.doc;
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
      }
      List<FoldedResult.Group> results = new ArrayList<>();
      int skip = r.offset();
      for (Map.Entry<String, List<ScoreDoc>> g : groups.entrySet()) {
        if (skip-- > 0) continue;
        if (results.size() >= r.limit()) break;
        ScoreDoc best = g.getValue().get(0);
        Article a = LuceneStore.article(s, best.doc);
        String snippet = store.snippetFor(r.query().isEmpty() ? null : q, a);
        double score = Float.isNaN(best.score) ? 0 : best.score;
        SearchResult.Hit hit = new SearchResult.Hit(a.id(), score, a.title(), a.source(),
            a.published(), a.url(), snippet);
        List<FoldedResult.Folded> folded = new ArrayList<>();
        for (ScoreDoc d : g.getValue().subList(1, Math.min(11, g.getValue().size()))) {
          Article c = LuceneStore.article(s, d.doc);
          folded.add(new FoldedResult.Folded(c.id(), c.title(), c.source(), c.published(),
              c.duplicateOf()));
        }
        String story = g.getKey().startsWith("#") ? null : g.getKey();
        long matching = story == null ? 1 : s.count(new BooleanQuery.Builder()
            .add(q, BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(ConnectFields.STORY, story)), BooleanClause.Occur.FILTER)
            .build());
        results.add(new FoldedResult.Group(hit, story, matching, folded));
      }
      return new FoldedResult(plain.total(), results, plain.facets());
    });
  }

  // ---- the actors' graph ----

  /**
   * One neighbour of an actor.
   *
   * @param weight articles + 2 × sentences + 3 × events ({@link Actors.Kind#weight})
   * @param articles articles naming both
   * @param sentences articles where they share a sentence
   * @param events articles where they are actors of one event
   */
  public record Neighbour(String id, long weight, int articles, int sentences, int events) {}

  /** How many articles name an actor. */
  public long articles(String actor) throws IOException {
    return store.read(s -> (long) s.count(new TermQuery(new Term(ConnectFields.ACTOR, actor))));
  }

  /**
   * The actors named as {@code name}: the id itself when the store knows it, else every id whose
   * label has the same Arabic matching key (سعد الدين العثماني finds pers:سعد_الدين_العثماني).
   */
  public List<String> resolve(String name) throws IOException {
    if (articles(name) > 0) return List.of(name);
    String key = LuceneStore.entityKey(name);
    List<String> out = new ArrayList<>();
    for (String id : actors()) {
      if (LuceneStore.entityKey(Actors.label(id)).equals(key)) out.add(id);
    }
    return out;
  }

  /** Every actor id in the store, in order. */
  public List<String> actors() throws IOException {
    return store.read(s -> {
      List<String> out = new ArrayList<>();
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), ConnectFields.ACTOR);
      if (terms == null) return out;
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) out.add(t.utf8ToString());
      return out;
    });
  }

  /** An actor's neighbours, heaviest first ({@code limit} ≤ 0: all). */
  public List<Neighbour> neighbours(String actor, int limit) throws IOException {
    Map<String, int[]> counts = store.read(s -> {
      Map<String, int[]> out = new HashMap<>();
      Query q = new TermQuery(new Term(ConnectFields.ACTOR, actor));
      Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
      BytesRef prefix = new BytesRef(actor + SEP);
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Scorer scorer = w.scorer(leaf);
        if (scorer == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        SortedSetDocValues co = leaf.reader().getSortedSetDocValues(ConnectFields.ACTOR);
        SortedSetDocValues pairs = leaf.reader().getSortedSetDocValues(ConnectFields.ACTOR_PAIR);
        long lo = 0, hi = 0; // the ords of pairs that start with the actor: one contiguous range
        if (pairs != null) {
          TermsEnum te = pairs.termsEnum();
          if (te.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
            lo = te.ord();
            hi = lo;
            for (BytesRef t = te.term(); t != null && startsWith(t, prefix); t = te.next()) hi = te.ord() + 1;
          }
        }
        Map<Long, Integer> coCounts = new HashMap<>(), pairCounts = new HashMap<>();
        DocIdSetIterator it = scorer.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (live != null && !live.get(d)) continue;
          if (co != null && co.advanceExact(d)) {
            for (int i = 0; i < co.docValueCount(); i++) coCounts.merge(co.nextOrd(), 1, Integer::sum);
          }
          if (pairs != null && hi > lo && pairs.advanceExact(d)) {
            for (int i = 0; i < pairs.docValueCount(); i++) {
              long ord = pairs.nextOrd();
              if (ord >= hi) break;
              if (ord >= lo) pairCounts.merge(ord, 1, Integer::sum);
            }
          }
        }
        for (Map.Entry<Long, Integer> e : coCounts.entrySet()) {
          String other = co.lookupOrd(e.getKey()).utf8ToString();
          if (!other.equals(actor)) out.computeIfAbsent(other, k -> new int[3])[0] += e.getValue();
        }
        for (Map.Entry<Long, Integer> e : pairCounts.entrySet()) {
          String[] p = pairs.lookupOrd(e.getKey()).utf8ToString().split(String.valueOf(SEP));
          int slot = p[2].charAt(0) == Actors.Kind.SENTENCE.code ? 1 : 2;
          out.computeIfAbsent(p[1], k -> new int[3])[slot] += e.getValue();
        }
      }
      return out;
    });
    List<Neighbour> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      long weight = (long) c[0] * Actors.Kind.ARTICLE.weight + (long) c[1] * Actors.Kind.SENTENCE.weight
          + (long) c[2] * Actors.Kind.EVENT.weight;
      out.add(new Neighbour(e.getKey(), weight, c[0], c[1], c[2]));
    }
    out.sort(Comparator.comparingLong(Neighbour::weight).reversed().thenComparing(Neighbour::id));
    return limit > 0 && out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private static boolean startsWith(BytesRef t, BytesRef prefix) {
    if (t.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) return false;
    }
    return true;
  }

  /** Calls {@code f} with every article in the store, in index order. */
  public void forEachArticle(ArticleConsumer f) throws IOException {
    store.read(s -> {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          String json = stored.document(d, java.util.Set.of(LuceneStore.JSON)).get(LuceneStore.JSON);
          if (json != null) f.accept(org.marsad.json.ArticleJson.read(json));
        }
      }
      return null;
    });
  }

  /** Receives articles; may throw. */
  public interface ArticleConsumer {
    void accept(Article a) throws IOException;
  }
}
