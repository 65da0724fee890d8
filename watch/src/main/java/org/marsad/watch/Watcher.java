package org.marsad.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.ArticleStore;

/**
 * Watches the press: resolves the listed URLs to sources (feeds and news sitemaps), polls each on
 * its own schedule, and for each new item fetches the page, keeps the raw response in the {@link
 * WarcArchive}, and analyzes and stores it through the one {@link Pipeline}, exactly as {@code
 * marsad reanalyze} later reads it back from the archive.
 *
 * <p>What was seen is never fetched again: a page's URL key ({@link UrlKey}) is marked seen with
 * its article, and a page whose text is already stored under another URL is kept out. One source
 * per virtual thread; politeness per site is the {@link Fetcher}'s. One broken source never stops
 * the others: its error goes into its health record and its next poll backs off.
 *
 * <p>Crash safety: the store and the {@link WatchState} are committed together every few seconds
 * and at the end of a round, with the archive position before which every record is in both. On
 * start, {@link #recover()} puts the records after that position again from the archive, so a
 * {@code kill -9} loses nothing and fetches nothing twice.
 */
public final class Watcher {
  static final String SOURCE = "source", LISTING = "listing", SEEN = "seen", ARCHIVE = "archive";
  private static final Duration MAX_BACKOFF = Duration.ofHours(24);

  /** Lines for the user, as things happen; called from several threads. */
  public interface Listener {
    default void note(String line) {}

    default void article(Article article, ArticleStore.PutOutcome outcome) {}
  }

  /** Told of each article stored for the first time (alerts), and of each commit. */
  public interface ArticleHook {
    void stored(Article article) throws IOException;

    /** After a commit: what was reported in {@link #stored} is now durable. */
    default void committed() throws IOException {}
  }

  /** What one round did. */
  public record Round(
      int sources, int polled, int notModified, int unchanged, int failed, long newItems,
      long pages, long stored, long duplicates, long notArticles, long disallowed,
      long pageErrors, long requests, long bytes, Duration took) {
    public String line() {
      return String.format(Locale.ROOT,
          "polled %d of %d sources (%d not modified, %d unchanged, %d failed); %,d new items: "
              + "%,d pages fetched, %,d articles stored, %,d duplicates, %,d not articles, "
              + "%,d disallowed by robots.txt, %,d page errors; %,d requests, %.1f MB in %.1f s",
          polled, sources, notModified, unchanged, failed, newItems, pages, stored, duplicates,
          notArticles, disallowed, pageErrors, requests, bytes / 1e6, took.toMillis() / 1000.0);
    }
  }

  /** What an item came to. */
  private enum Item {
    SEEN,
    DISALLOWED,
    ARTICLE,
    OTHER,
    TRANSIENT
  }

  private static final class Counts {
    final AtomicLong polled = new AtomicLong(), notModified = new AtomicLong(),
        unchanged = new AtomicLong(), failed = new AtomicLong(), newItems = new AtomicLong(),
        pages = new AtomicLong(), stored = new AtomicLong(), duplicates = new AtomicLong(),
        notArticles = new AtomicLong(), disallowed = new AtomicLong(),
        pageErrors = new AtomicLong();
  }

  private final ArticleStore store;
  private final WatchState state;
  private final WarcArchive archive;
  private final Fetcher fetcher;
  private final Pipeline pipeline;
  private final ArticleHook hook;
  private final Listener listener;
  private final Discovery discovery;
  private final InputReader reader = new InputReader();
  private final ConcurrentSkipListSet<WarcArchive.Position> inflight =
      new ConcurrentSkipListSet<>();
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final Object commitLock = new Object();
  private final Duration commitInterval;
  private volatile long lastCommit = System.nanoTime();

  public Watcher(ArticleStore store, WatchState state, WarcArchive archive, Fetcher fetcher,
      Pipeline pipeline, ArticleHook hook, Listener listener) {
    this(store, state, archive, fetcher, pipeline, hook, listener, Duration.ofSeconds(2));
  }

  Watcher(ArticleStore store, WatchState state, WarcArchive archive, Fetcher fetcher,
      Pipeline pipeline, ArticleHook hook, Listener listener, Duration commitInterval) {
    this.store = store;
    this.state = state;
    this.archive = archive;
    this.fetcher = fetcher;
    this.pipeline = pipeline;
    this.hook = hook == null ? article -> {} : hook;
    this.listener = listener == null ? new Listener() {} : listener;
    this.discovery = new Discovery(fetcher);
    this.commitInterval = commitInterval;
  }

  /**
   * Puts again the archive records written after the last commit (a crash between writing and
   * committing): from the archive, never from the network. Returns how many were read.
   */
  public int recover() throws IOException {
    int replayed = 0;
    Counts counts = new Counts();
    for (Path file : archive.files()) {
      String name = file.getFileName().toString();
      ArchiveMark mark =
          state.get(ARCHIVE, name, ArchiveMark.class).orElse(new ArchiveMark(name, 0, 1));
      List<WarcArchive.Member> members = WarcArchive.recover(file, mark.offset(), mark.number());
      for (WarcArchive.Member member : members) {
        String[] targets = WarcArchive.targets(member.bytes());
        if (targets == null) continue; // warcinfo
        List<String> keys = new ArrayList<>();
        keys.add(UrlKey.of(targets[0]));
        if (targets[1] != null) keys.add(UrlKey.of(targets[1]));
        ingestArchived(name, member.number(), member.bytes(), targets[0], keys, counts);
        replayed++;
      }
      if (!members.isEmpty()) {
        WarcArchive.Member last = members.get(members.size() - 1);
        state.put(ARCHIVE, name, new ArchiveMark(name, last.end(), last.number() + 1));
      }
    }
    if (replayed > 0) {
      listener.note("recovered " + replayed + " archived page(s) written after the last commit");
    }
    commit();
    return replayed;
  }

  /**
   * One round: resolve the listed URLs (discovery runs once per URL), poll the due sources, and
   * commit.
   *
   * @param every the regular interval between two polls of a source
   * @param now when true, every source is polled now, except one backing off after errors
   */
  public Round round(List<String> listed, Duration every, boolean now)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    long requests0 = fetcher.requests(), bytes0 = fetcher.bytes();
    Counts counts = new Counts();
    Map<String, Fetcher.Response> prefetched = new ConcurrentHashMap<>();
    Map<String, String> distinct = new LinkedHashMap<>(); // the same URL twice is listed once
    for (String url : listed) distinct.putIfAbsent(UrlKey.of(url), url.strip());
    List<Source> sources = resolve(new ArrayList<>(distinct.values()), every, prefetched);
    long t = System.currentTimeMillis();
    List<Source> due = sources.stream()
        .filter(s -> now ? s.failures() == 0 || s.nextPoll() <= t : s.nextPoll() <= t)
        .toList();
    runAll(due.stream().<Task>map(s -> () -> poll(s, every, prefetched.remove(s.key()), counts))
        .toList());
    commit();
    return new Round(sources.size(), (int) counts.polled.get(), (int) counts.notModified.get(),
        (int) counts.unchanged.get(), (int) counts.failed.get(), counts.newItems.get(),
        counts.pages.get(), counts.stored.get(), counts.duplicates.get(),
        counts.notArticles.get(), counts.disallowed.get(), counts.pageErrors.get(),
        fetcher.requests() - requests0, fetcher.bytes() - bytes0,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  /** When the next source is due (epoch ms), or -1 when there is none. */
  public long nextDue() throws IOException {
    return state.all(SOURCE, Source.class).stream().mapToLong(Source::nextPoll).min().orElse(-1);
  }

  private interface Task {
    void run() throws IOException, InterruptedException;
  }

  /** Runs tasks on virtual threads; a failure of the store ends the round once all are done. */
  private static void runAll(List<Task> tasks) throws IOException, InterruptedException {
    List<Future<?>> futures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Task task : tasks) {
        futures.add(executor.submit(() -> {
          task.run();
          return null;
        }));
      }
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof IOException io) throw io;
        if (e.getCause() instanceof InterruptedException ie) throw ie;
        if (e.getCause() instanceof RuntimeException re) throw re;
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** The sources the listed URLs lead to, discovering those not seen before. */
  private List<Source> resolve(List<String> listed, Duration every,
      Map<String, Fetcher.Response> prefetched) throws IOException, InterruptedException {
    Map<String, List<String>> keysByListed = new ConcurrentHashMap<>();
    List<Task> tasks = new ArrayList<>();
    for (String url : listed) {
      String listedKey = UrlKey.of(url);
      Optional<Listing> known = state.get(LISTING, listedKey, Listing.class);
      if (known.isPresent()) {
        keysByListed.put(url, known.get().feeds());
        continue;
      }
      tasks.add(() -> keysByListed.put(url, discover(url, listedKey, every, prefetched)));
    }
    runAll(tasks);
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String url : listed) {
      for (String key : keysByListed.getOrDefault(url, List.of())) {
        if (sources.containsKey(key)) continue;
        state.get(SOURCE, key, Source.class).ifPresent(s -> sources.put(key, s));
      }
    }
    return new ArrayList<>(sources.values());
  }

  private List<String> discover(String url, String listedKey, Duration every,
      Map<String, Fetcher.Response> prefetched) throws IOException, InterruptedException {
    long now = System.currentTimeMillis();
    Discovery.Result result;
    try {
      result = discovery.discover(URI.create(url));
    } catch (FetchException | IllegalArgumentException e) {
      // shown by 'marsad sources' as a failing source; discovery is tried again next round
      Source failed = state.get(SOURCE, listedKey, Source.class)
          .orElse(Source.discovered(listedKey, url, "unknown", null, url));
      Instant retry = e instanceof FetchException fe ? fe.retryAt() : null;
      state.put(SOURCE, listedKey,
          failed.failed(now, nextAfterFailure(failed, every, retry, now), e.getMessage(), 0, 0));
      listener.note(url + ": cannot read it (" + e.getMessage() + ")");
      return List.of(listedKey);
    }
    List<String> keys = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (Discovery.Found found : result.found()) {
      String key = UrlKey.of(found.url().toString());
      Source source = state.get(SOURCE, key, Source.class)
          .filter(s -> !s.kind().equals("unknown")) // a failed first try left a placeholder
          .map(s -> s.withListed(url))
          .orElse(Source.discovered(key, found.url().toString(), found.kind(), found.title(),
              url));
      state.put(SOURCE, key, source);
      keys.add(key);
      urls.add(found.url().toString());
    }
    // the listed URL was the feed itself: its answer serves as the first poll
    if (result.answer() != null && keys.size() == 1) prefetched.put(keys.get(0), result.answer());
    if (!keys.contains(listedKey)) state.remove(SOURCE, listedKey);
    state.put(LISTING, listedKey, new Listing(url, keys, result.note(), now));
    listener.note(url + ": " + result.note() + (urls.isEmpty() ? "" : " → " + String.join(", ", urls)));
    return keys;
  }

  private void poll(Source s, Duration every, Fetcher.Response prefetched, Counts counts)
      throws IOException, InterruptedException {
    long now = System.currentTimeMillis();
    long next = now + every.toMillis();
    Fetcher.Response r;
    try {
      r = prefetched != null ? prefetched
          : fetcher.get(URI.create(s.url()), new Fetcher.Conditional(s.etag(), s.lastModified()));
    } catch (FetchException e) {
      fail(s, e.getMessage(), e.retryAt(), every, counts);
      return;
    }
    counts.polled.incrementAndGet();
    if (r.status() == 304) {
      counts.notModified.incrementAndGet();
      state.put(SOURCE, s.key(), s.succeeded(now, next, s.etag(), s.lastModified(), s.bodyHash(),
          null, 0, 0));
      return;
    }
    if (!r.ok()) {
      Instant retry = r.retryAfter();
      fail(s, s.url() + ": HTTP " + r.status()
          + (retry != null ? " (Retry-After " + r.header("Retry-After").orElse("") + ")" : ""),
          retry, every, counts);
      return;
    }
    String etag = r.header("ETag").orElse(null);
    String lastModified = r.header("Last-Modified").orElse(null);
    String hash = sha256(r.body());
    if (hash.equals(s.bodyHash())) {
      counts.unchanged.incrementAndGet();
      state.put(SOURCE, s.key(), s.succeeded(now, next, etag, lastModified, hash, null, 0, 0));
      return;
    }
    FeedParser.Parsed parsed;
    try {
      parsed = FeedParser.parse(r.body(), r.header("Content-Type").orElse(null), r.uri());
    } catch (FeedParser.FeedError e) {
      fail(s, s.url() + ": " + e.getMessage(), null, every, counts);
      return;
    }
    long items = 0, articles = 0;
    boolean retryItems = false;
    if (parsed.type() != FeedParser.Type.SITEMAP_INDEX) {
      for (URI link : parsed.links()) {
        Item outcome = item(link, counts);
        maybeCommit();
        switch (outcome) {
          case ARTICLE -> {
            items++;
            articles++;
          }
          case OTHER -> items++;
          case TRANSIENT -> retryItems = true;
          case SEEN, DISALLOWED -> {}
        }
      }
    }
    counts.newItems.addAndGet(items);
    // an item that failed for now is tried again next poll: keep the old validators so the
    // next poll reads the feed again instead of hearing "not modified"
    Source done = retryItems
        ? s.succeeded(now, next, s.etag(), s.lastModified(), s.bodyHash(), parsed.title(), items,
            articles)
        : s.succeeded(now, next, etag, lastModified, hash, parsed.title(), items, articles);
    state.put(SOURCE, s.key(), done);
    maybeCommit();
  }

  private void fail(Source s, String error, Instant retryAt, Duration every, Counts counts)
      throws IOException {
    long now = System.currentTimeMillis();
    counts.failed.incrementAndGet();
    state.put(SOURCE, s.key(),
        s.failed(now, nextAfterFailure(s, every, retryAt, now), error, 0, 0));
    listener.note(error);
  }

  /** Retry-After when the server gave one; else the interval, doubled for each failure in a row. */
  static long nextAfterFailure(Source s, Duration every, Instant retryAt, long now) {
    if (retryAt != null) return Math.max(now, retryAt.toEpochMilli());
    long backoff = every.toMillis() << Math.min(s.failures(), 20);
    return now + Math.min(backoff, MAX_BACKOFF.toMillis());
  }

  /** Fetches, archives and ingests one item, unless it was seen. */
  private Item item(URI link, Counts counts) throws IOException, InterruptedException {
    String key = UrlKey.of(link.toString());
    if (state.get(SEEN, key, Seen.class).isPresent()) return Item.SEEN;
    if (!claimed.add(key)) return Item.SEEN; // another feed is on it in this round
    try {
      Fetcher.Response r;
      try {
        r = fetcher.get(link, Fetcher.Conditional.NONE);
      } catch (FetchException e) {
        switch (e.kind()) {
          case ROBOTS -> {
            counts.disallowed.incrementAndGet();
            return Item.DISALLOWED; // not marked: robots.txt may allow it later
          }
          case TOO_LARGE, REDIRECTS -> {
            counts.pageErrors.incrementAndGet();
            markSeen(List.of(key), link.toString(), null, null, e.getMessage());
            listener.note(e.getMessage());
            return Item.OTHER;
          }
          default -> {
            counts.pageErrors.incrementAndGet();
            listener.note(e.getMessage());
            return Item.TRANSIENT;
          }
        }
      }
      counts.pages.incrementAndGet();
      if (r.status() == 404 || r.status() == 410) {
        counts.pageErrors.incrementAndGet();
        markSeen(List.of(key), link.toString(), null, null, "HTTP " + r.status());
        listener.note(link + ": HTTP " + r.status());
        return Item.OTHER;
      }
      if (!r.ok()) {
        counts.pageErrors.incrementAndGet();
        listener.note(link + ": HTTP " + r.status() + "; tried again next poll");
        return Item.TRANSIENT;
      }
      String finalKey = UrlKey.of(r.uri().toString());
      List<String> keys = finalKey.equals(key) ? List.of(key) : List.of(finalKey, key);
      if (!finalKey.equals(key) && state.get(SEEN, finalKey, Seen.class).isPresent()) {
        markSeen(List.of(key), link.toString(), null, null, "redirects to " + r.uri());
        return Item.OTHER;
      }
      WarcArchive.Stored stored;
      WarcArchive.Position position;
      synchronized (archive) { // the commit's watermark must never pass a record not yet put
        stored = archive.append(r);
        position = new WarcArchive.Position(stored.file(), stored.offset(), stored.number());
        inflight.add(position);
      }
      try {
        return ingestArchived(stored.file(), stored.number(), stored.bytes(), r.uri().toString(),
            keys, counts);
      } finally {
        inflight.remove(position);
      }
    } finally {
      claimed.remove(key);
    }
  }

  /**
   * Reads an archived record exactly as {@code marsad reanalyze} does, and puts its article,
   * unless its text is already stored under another URL.
   */
  private Item ingestArchived(String file, int number, byte[] record, String url,
      List<String> keys, Counts counts) throws IOException {
    String origin = ReanalyzeService.origin(file, number);
    List<RawDocument> documents = new ArrayList<>(1);
    reader.read(origin, new ByteArrayInputStream(record), new DocumentSink() {
      @Override
      public void accept(RawDocument d) {
        documents.add(ReanalyzeService.withOrigin(d, origin));
      }

      @Override
      public void problem(InputProblem problem) {
        listener.note(url + ": " + problem.message());
      }
    });
    Optional<Seen> prior = Optional.empty();
    for (String key : keys) {
      prior = state.get(SEEN, key, Seen.class);
      if (prior.isPresent()) break;
    }
    if (prior.isPresent() && prior.get().article() == null) return Item.SEEN; // replay
    if (documents.isEmpty()) {
      counts.notArticles.incrementAndGet();
      markSeen(keys, url, null, null, "not an HTML page");
      return Item.OTHER;
    }
    Article article;
    try {
      article = pipeline.analyze(documents.get(0));
    } catch (RuntimeException | StackOverflowError e) {
      counts.notArticles.incrementAndGet();
      markSeen(keys, url, null, null, "cannot analyze: " + e);
      listener.note(url + ": cannot analyze (" + e + ")");
      return Item.OTHER;
    }
    if (article.text().isBlank()) {
      counts.notArticles.incrementAndGet();
      markSeen(keys, url, null, null, "no article text");
      return Item.OTHER;
    }
    if (prior.isEmpty() && article.contentHash() != null
        && state.hasContent(article.contentHash())) {
      counts.duplicates.incrementAndGet();
      markSeen(keys, url, null, null, "same text as an article already stored");
      return Item.OTHER;
    }
    ArticleStore.PutOutcome outcome = store.put(article);
    markSeen(keys, url, article.id(), article.contentHash(), null);
    if (outcome == ArticleStore.PutOutcome.STORED) {
      counts.stored.incrementAndGet();
      hook.stored(article);
    }
    listener.article(article, outcome);
    return Item.ARTICLE;
  }

  private void markSeen(List<String> keys, String url, String article, String hash, String note)
      throws IOException {
    long now = System.currentTimeMillis();
    for (int i = 0; i < keys.size(); i++) {
      // the content hash on the first key only: one page, one hash
      state.put(SEEN, keys.get(i), new Seen(url, article, hash, note, now), null,
          i == 0 ? hash : null, now);
    }
  }

  private void maybeCommit() throws IOException {
    if (System.nanoTime() - lastCommit > commitInterval.toNanos()) commit();
  }

  /**
   * Commits the store, then the state with the archive position before which every record is in
   * both (the oldest record still being put, else the archive's end).
   */
  public void commit() throws IOException {
    synchronized (commitLock) {
      WarcArchive.Position watermark;
      synchronized (archive) {
        watermark = inflight.isEmpty() ? archive.position() : inflight.first();
      }
      store.commit();
      if (watermark != null) {
        state.put(ARCHIVE, watermark.file(),
            new ArchiveMark(watermark.file(), watermark.offset(), watermark.number()));
      }
      state.commit();
      lastCommit = System.nanoTime();
    }
    hook.committed();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }
}
