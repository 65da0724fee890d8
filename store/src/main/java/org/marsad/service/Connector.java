package org.marsad.service;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.connect.Dedup;
import org.marsad.connect.Fingerprint;
import org.marsad.connect.Shingles;
import org.marsad.connect.Stories;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore.PutOutcome;
import org.marsad.store.ConnectIndex;
import org.marsad.store.ConnectIndex.StoryCandidate;
import org.marsad.store.LuceneStore;

/**
 * Connects each article to what the store already holds, then puts it: sets {@code duplicate_of}
 * (an exact or near copy of an earlier article) and {@code story} (the story of its most similar
 * earlier article in the window, else a story of its own), and indexes its fingerprint.
 *
 * <p><b>Concurrency.</b> The costly part (fingerprint, candidate lookups in the store) runs on the
 * caller's thread outside any lock. The decision and the put run under one lock, after a look at
 * the articles put since the store's reader last refreshed: those the lookups could not see. That
 * window ({@link Recent}) is bounded by the ingest's commit interval and emptied as the reader
 * catches up, so two near-duplicates arriving at once on two workers still meet, and the heap
 * does not grow with the corpus.
 *
 * <p><b>Idempotence.</b> An article already in the store with the same content keeps its
 * connections, so re-ingesting a corpus changes nothing; an article is never its own duplicate or
 * the duplicate of its own copy.
 */
public final class Connector {
  /** Candidates read from the store per lookup. */
  static final int NEAR_CANDIDATES = 20, STORY_CANDIDATES = 20;

  private final LuceneStore store;
  private final ConnectIndex index;
  private final int windowDays;
  private final Object lock = new Object();
  private final Recent recent = new Recent();
  /** Reader generations in use by lookups under way, with their counts. */
  private final TreeMap<Long, Integer> inFlight = new TreeMap<>();
  private final AtomicLong exact = new AtomicLong(), near = new AtomicLong(),
      storiesStarted = new AtomicLong(), storiesJoined = new AtomicLong();

  public Connector(LuceneStore store) {
    this(store, Stories.WINDOW_DAYS);
  }

  public Connector(LuceneStore store, int windowDays) {
    this.store = store;
    this.index = new ConnectIndex(store);
    this.windowDays = windowDays;
  }

  /** An article as connected and stored. */
  public record Result(Article article, PutOutcome outcome) {}

  /** What connecting found so far. */
  public record Counts(long exactDuplicates, long nearDuplicates, long storiesStarted,
      long storiesJoined) {}

  public Counts counts() {
    return new Counts(exact.get(), near.get(), storiesStarted.get(), storiesJoined.get());
  }

  /** Connects and puts one article. Thread-safe. */
  public Result put(Article article) throws IOException {
    return put(prepare(article));
  }

  /** An article with its fingerprint and what the store's reader showed of its neighbours. */
  public static final class Prepared {
    final Article article;
    final Fingerprint fp;
    final long generation;
    Article stored;
    List<Article> exactSeen = List.of();
    /** Near candidates the reader showed, all of them, and those verified as near copies. */
    List<Article> nearSeen = List.of();
    List<Near> nearVerified = List.of();
    List<StoryCandidate> storySeen = List.of();
    boolean released;

    private Prepared(Article article, Fingerprint fp, long generation) {
      this.article = article;
      this.fp = fp;
      this.generation = generation;
    }
  }

  /**
   * The costly, parallel half: fingerprint and candidate lookups in the store's reader. Every
   * prepared article must then be {@link #put(Prepared) put} (or {@link #abandon abandoned}).
   */
  public Prepared prepare(Article article) throws IOException {
    Fingerprint fp = Fingerprint.of(article);
    Prepared p;
    synchronized (inFlight) {
      p = new Prepared(article, fp, store.generation());
      inFlight.merge(p.generation, 1, Integer::sum);
    }
    try {
      p.stored = store.get(article.id()).orElse(null);
      if (article.contentHash() != null && fp.shingles().length > 0) {
        p.exactSeen = index.withContentHash(article.contentHash(), NEAR_CANDIDATES);
      }
      // an exact copy needs nothing more; a verified near copy needs no story lookup
      if (exactOriginal(article, p.exactSeen) == null) {
        p.nearSeen = index.withBands(fp.bandKeys(), NEAR_CANDIDATES);
        p.nearVerified = verify(article, fp, p.nearSeen);
        if (p.nearVerified.isEmpty()) {
          p.storySeen = index.storyCandidates(fp, article.id(), windowDays, STORY_CANDIDATES);
        }
      }
    } catch (IOException | RuntimeException e) {
      abandon(p);
      throw e;
    }
    return p;
  }

  /**
   * The short, serial half: looks at what the reader could not show yet, decides {@code
   * duplicate_of} and {@code story}, and puts the article. Callers that want the same result for
   * the same input (the ingest) call it in input order.
   */
  public Result put(Prepared p) throws IOException {
    try {
      synchronized (lock) {
        Article article = p.article;
        Recent.Entry prior = recent.byId.get(article.id());
        Article previous = prior != null ? prior.article : p.stored;
        Article connected = previous != null
                && Objects.equals(previous.contentHash(), article.contentHash())
                && previous.story() != null
            ? article.toBuilder().duplicateOf(previous.duplicateOf()).story(previous.story()).build()
            : connect(article, p.fp, p.generation, p.exactSeen, p.nearSeen, p.nearVerified,
                p.storySeen);
        PutOutcome outcome = store.put(connected, p.fp);
        recent.add(new Recent.Entry(connected, p.fp, store.generation()));
        abandon(p);
        long oldest;
        synchronized (inFlight) {
          oldest = inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.firstKey();
        }
        recent.purge(Math.min(store.generation(), oldest));
        return new Result(connected, outcome);
      }
    } finally {
      abandon(p);
    }
  }

  /** Forgets a prepared article that will not be put. */
  public void abandon(Prepared p) {
    synchronized (inFlight) {
      if (p.released) return;
      p.released = true;
      inFlight.computeIfPresent(p.generation, (g, n) -> n == 1 ? null : n - 1);
    }
  }

  /** A near copy found among the candidates, with its Jaccard similarity. */
  record Near(Article article, double jaccard) {}

  /** The candidates (distinct, in order) that {@code a} is a near copy of. */
  private static List<Near> verify(Article a, Fingerprint fp, List<Article> candidates) {
    if (fp.shingles().length < Dedup.MIN_SHINGLES || candidates.isEmpty()) return List.of();
    List<Near> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Article c : candidates) {
      if (!seen.add(c.id()) || !isOther(c, a.id())) continue;
      long[] other = Shingles.of(c.text());
      if (Dedup.nearDuplicate(fp.shingles(), fp.lead(), other, a.title(), c.title())) {
        out.add(new Near(c, Shingles.jaccard(fp.shingles(), other)));
      }
    }
    return out;
  }

  /** The earliest article with {@code a}'s text among {@code candidates}, an original if any. */
  private static Article exactOriginal(Article a, List<Article> candidates) {
    Article original = null;
    for (Article c : candidates) {
      if (!isOther(c, a.id()) || !Objects.equals(c.contentHash(), a.contentHash())) continue;
      if (original == null || original.duplicateOf() != null && c.duplicateOf() == null) original = c;
    }
    return original;
  }

  private Article connect(Article a, Fingerprint fp, long generation, List<Article> exactSeen,
      List<Article> nearSeen, List<Near> nearVerified, List<StoryCandidate> storySeen) {
    String self = a.id();
    List<Article> exactAll = new ArrayList<>(exactSeen);
    List<Article> nearRecent = new ArrayList<>();
    List<StoryCandidate> storyAll = new ArrayList<>(storySeen);
    recent.unseen(generation, fp, windowDays, exactAll, nearRecent, storyAll);
    // an exact copy names the earliest article with its text, an original one if there is one
    Article original = exactOriginal(a, exactAll);
    boolean isExact = original != null;
    if (original == null && fp.shingles().length >= Dedup.MIN_SHINGLES) {
      // the near copies the reader showed (verified while preparing), then the recent ones
      double best = -1;
      for (Near n : nearVerified) {
        if (n.jaccard() > best) {
          best = n.jaccard();
          original = n.article();
        }
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Article c : nearSeen) seen.add(c.id());
      for (Article c : nearRecent) {
        if (!seen.add(c.id()) || !isOther(c, self)) continue;
        long[] other = recent.shingles(c);
        if (!Dedup.nearDuplicate(fp.shingles(), fp.lead(), other, a.title(), c.title())) continue;
        double j = Shingles.jaccard(fp.shingles(), other);
        if (j > best) {
          best = j;
          original = c;
        }
      }
    }
    Article.Builder b = a.toBuilder();
    if (original != null) {
      String root = isExact || original.duplicateOf() == null ? original.id() : original.duplicateOf();
      (isExact ? exact : near).incrementAndGet();
      storiesJoined.incrementAndGet();
      return b.duplicateOf(root)
          .story(original.story() != null ? original.story() : Stories.storyId(root)).build();
    }
    StoryCandidate bestStory = null;
    double best = Stories.THRESHOLD;
    for (StoryCandidate c : storyAll) {
      if (c.id().equals(self) || c.story().equals(Stories.storyId(self))) continue;
      if (!Stories.inWindow(fp.day(), c.day(), windowDays)) continue;
      double s = Stories.similarity(fp, c.vector(), c.actors());
      if (s >= best) {
        best = s;
        bestStory = c;
      }
    }
    if (bestStory != null) {
      storiesJoined.incrementAndGet();
      return b.duplicateOf(null).story(bestStory.story()).build();
    }
    storiesStarted.incrementAndGet();
    return b.duplicateOf(null).story(Stories.storyId(self)).build();
  }

  /** Another article, not a copy of this one. */
  private static boolean isOther(Article c, String self) {
    return !c.id().equals(self) && !self.equals(c.duplicateOf());
  }

  /**
   * The articles put since the store's reader last caught up, indexed like the store's connect
   * fields. Entries are dropped once every lookup under way uses a reader that sees them.
   */
  static final class Recent {
    /** One recent article; equal only to itself (no deep comparison of texts). */
    static final class Entry {
      final Article article;
      final Fingerprint fp;
      final long generation;

      Entry(Article article, Fingerprint fp, long generation) {
        this.article = article;
        this.fp = fp;
        this.generation = generation;
      }
    }

    final Map<String, Entry> byId = new HashMap<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();
    private final Map<String, List<Entry>> byHash = new HashMap<>();
    private final Map<String, List<Entry>> byBand = new HashMap<>();
    private final Map<String, List<Entry>> byTerm = new HashMap<>();

    void add(Entry e) {
      Article a = e.article;
      byId.put(a.id(), e);
      order.add(e);
      if (a.contentHash() != null) byHash.computeIfAbsent(a.contentHash(), k -> new ArrayList<>()).add(e);
      for (String k : e.fp.bandKeys()) byBand.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
      if (a.duplicateOf() == null) {
        for (String t : e.fp.vector().terms()) byTerm.computeIfAbsent(t, x -> new ArrayList<>()).add(e);
      }
    }

    /** Drops entries that every reader in use sees (put before generation {@code seen}). */
    void purge(long seen) {
      while (!order.isEmpty() && order.peekFirst().generation < seen) {
        Entry e = order.pollFirst();
        Article a = e.article;
        if (byId.get(a.id()) == e) byId.remove(a.id());
        remove(byHash, a.contentHash(), e);
        for (String k : e.fp.bandKeys()) remove(byBand, k, e);
        for (String t : e.fp.vector().terms()) remove(byTerm, t, e);
      }
    }

    private static void remove(Map<String, List<Entry>> map, String key, Entry e) {
      if (key == null) return;
      List<Entry> list = map.get(key);
      if (list == null) return;
      list.remove(e);
      if (list.isEmpty()) map.remove(key);
    }

    /** Adds the candidates a reader of {@code generation} may not show. */
    void unseen(long generation, Fingerprint fp, int windowDays, List<Article> exact,
        List<Article> near, List<StoryCandidate> stories) {
      if (order.isEmpty()) return;
      String hash = fp.contentHash();
      if (hash != null && fp.shingles().length > 0) {
        for (Entry e : byHash.getOrDefault(hash, List.of())) if (e.generation >= generation) exact.add(e.article);
      }
      for (String k : fp.bandKeys()) {
        for (Entry e : byBand.getOrDefault(k, List.of())) {
          if (e.generation >= generation) near.add(e.article);
        }
      }
      // as the store's lookup does: the heaviest terms, two in common, in the window, the best few
      String[] t = fp.vector().terms();
      float[] w = fp.vector().weights();
      Integer[] order = new Integer[t.length];
      for (int i = 0; i < t.length; i++) order[i] = i;
      java.util.Arrays.sort(order, (x, y) -> Float.compare(w[y], w[x]));
      Map<Entry, float[]> scores = new LinkedHashMap<>(); // entries compare by identity
      for (int k = 0; k < Math.min(ConnectIndex.QUERY_TERMS, t.length); k++) {
        for (Entry e : byTerm.getOrDefault(t[order[k]], List.of())) {
          if (e.generation < generation) continue;
          if (!Stories.inWindow(fp.day(), e.fp.day(), windowDays)) continue;
          float[] sc = scores.computeIfAbsent(e, x -> new float[2]);
          sc[0] += w[order[k]];
          sc[1]++;
        }
      }
      scores.entrySet().stream()
          .filter(x -> x.getValue()[1] >= 2 || t.length == 1)
          .sorted((x, y) -> Float.compare(y.getValue()[0], x.getValue()[0]))
          .limit(STORY_CANDIDATES)
          .forEach(x -> stories.add(new StoryCandidate(x.getKey().article.id(),
              x.getKey().article.story(), x.getKey().fp.day(), x.getKey().fp.vector(),
              x.getKey().fp.actors())));
    }

    /** The shingles of a candidate: kept for recent ones, else computed from its text. */
    long[] shingles(Article a) {
      Entry e = byId.get(a.id());
      return e != null && e.article == a ? e.fp.shingles() : Shingles.of(a.text());
    }
  }
}
