package org.marsad.service;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;

/**
 * Reads inputs, analyzes each page with the one {@link Pipeline} and puts the articles in a store.
 * Streams: a reader thread feeds a small bounded queue, workers analyze and write, so the heap
 * does not grow with the corpus. Commits every {@code commitEvery} articles or {@code
 * commitInterval}, so a crash loses at most that much work, and a re-run completes it without
 * duplicates (puts are idempotent by id).
 */
public final class IngestService {
  private static final RawDocument END = RawDocument.textPage("<end>", "");

  private final Pipeline pipeline;
  private final int workers;
  private final int commitEvery;
  private final Duration commitInterval;
  private final boolean connect;

  public IngestService(Pipeline pipeline) {
    this(pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()), 2000,
        Duration.ofSeconds(5));
  }

  public IngestService(Pipeline pipeline, int workers, int commitEvery, Duration commitInterval) {
    this(pipeline, workers, commitEvery, commitInterval, true);
  }

  private IngestService(Pipeline pipeline, int workers, int commitEvery, Duration commitInterval,
      boolean connect) {
    this.pipeline = pipeline;
    this.workers = workers;
    this.commitEvery = commitEvery;
    this.commitInterval = commitInterval;
    this.connect = connect;
  }

  /**
   * With {@code false}, articles go in unconnected: no duplicate detection, stories or graph
   * fields (for measuring what connecting costs). On by default, for a {@link LuceneStore}.
   */
  public IngestService withConnect(boolean on) {
    return new IngestService(pipeline, workers, commitEvery, commitInterval, on);
  }

  /** Progress as it happens; called from several threads. */
  public interface Listener {
    default void article(Article article, ArticleStore.PutOutcome outcome) {}

    default void problem(InputProblem problem) {}

    default void committed(long articles) {}
  }

  /**
   * What an ingest did. Problems lists the first 1,000 lines; {@code skipped} counts all. {@code
   * connected} is null when connecting was off.
   */
  public record Summary(
      long read, long stored, long updated, long unchanged, long skipped, List<String> problems,
      Duration took, Connector.Counts connected) {
    public Summary(long read, long stored, long updated, long unchanged, long skipped,
        List<String> problems, Duration took) {
      this(read, stored, updated, unchanged, skipped, problems, took, null);
    }

    public String line() {
      double secs = Math.max(took.toMillis(), 1) / 1000.0;
      String s = String.format(
          "read %,d, stored %,d, updated %,d, unchanged %,d, skipped %,d in %.1f s (%,.0f articles/s)",
          read, stored, updated, unchanged, skipped, secs, read / secs);
      if (connected != null) {
        s += String.format("; duplicates %,d exact + %,d near, stories %,d new + %,d joined",
            connected.exactDuplicates(), connected.nearDuplicates(), connected.storiesStarted(),
            connected.storiesJoined());
      }
      return s;
    }
  }

  public Summary ingest(List<String> paths, ArticleStore store, Listener listener)
      throws IOException {
    long t0 = System.nanoTime();
    AtomicLong read = new AtomicLong(), stored = new AtomicLong(), updated = new AtomicLong(),
        unchanged = new AtomicLong(), skipped = new AtomicLong(), sinceCommit = new AtomicLong();
    AtomicLong lastCommit = new AtomicLong(System.nanoTime());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<IOException> failure = new AtomicReference<>();
    BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(256);
    Object commitLock = new Object();
    Connector connector = connect && store instanceof LuceneStore lucene ? new Connector(lucene) : null;

    // Each worker analyzes a page and, with connecting on, looks up its neighbours in parallel;
    // then the articles are connected and put in input order by whichever worker finds the next
    // one ready (it drains all that are ready in order, the other never waits for its turn). So
    // the same input always gives the same duplicates and stories, and of two copies the earlier
    // in the input is the original.
    Ordered ordered = new Ordered();
    AtomicLong sequence = new AtomicLong();
    Step put = (article, prepared) -> {
      try {
        // counted when the store knows the outcome: at once for the embedded store, when its
        // bulk request comes back for a cluster (at the latest at the final commit)
        java.util.function.BiConsumer<Article, ArticleStore.PutOutcome> done = (a, outcome) -> {
          read.incrementAndGet();
          switch (outcome) {
            case STORED -> stored.incrementAndGet();
            case UPDATED -> updated.incrementAndGet();
            case UNCHANGED -> unchanged.incrementAndGet();
          }
          listener.article(a, outcome);
        };
        if (prepared != null) {
          Connector.Result r = connector.put(prepared); // sets duplicate_of and story
          done.accept(r.article(), r.outcome());
        } else {
          Article a = article;
          store.write(article, outcome -> done.accept(a, outcome));
        }
        long n = sinceCommit.incrementAndGet();
        if (n >= commitEvery || System.nanoTime() - lastCommit.get() > commitInterval.toNanos()) {
          synchronized (commitLock) {
            if (sinceCommit.get() >= commitEvery
                || System.nanoTime() - lastCommit.get() > commitInterval.toNanos()) {
              store.commit();
              sinceCommit.set(0);
              lastCommit.set(System.nanoTime());
              listener.committed(read.get());
            }
          }
        }
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, new IOException("the store failed: " + e, e));
      }
    };
    Runnable work = () -> {
      try {
        for (Queued q = queue.take(); q.document() != END; q = queue.take()) {
          if (failure.get() != null) { // drain after a fatal failure: never block the reader
            if (connector != null) ordered.ready(q.seq(), null, null, put);
            continue;
          }
          RawDocument doc = q.document();
          Article article;
          try {
            article = pipeline.analyze(doc);
          } catch (StackOverflowError | RuntimeException e) {
            if (connector != null) ordered.ready(q.seq(), null, null, put);
            InputProblem p = new InputProblem(doc.origin(), "cannot analyze: " + e + "; skipped");
            skipped.incrementAndGet();
            if (problems.size() < 1000) problems.add(p.line());
            listener.problem(p);
            continue;
          }
          if (connector == null) {
            put.run(article, null);
            continue;
          }
          Connector.Prepared prepared = null;
          try {
            prepared = connector.prepare(article);
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, new IOException("the store failed: " + e, e));
          }
          ordered.ready(q.seq(), article, prepared, put);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Thread t = Thread.ofPlatform().name("marsad-ingest-" + i).start(work);
      threads.add(t);
    }
    try {
      new InputReader().read(paths, new DocumentSink() {
        @Override
        public void accept(RawDocument document) {
          if (failure.get() != null) return; // a fatal failure: read no more
          try {
            queue.put(new Queued(sequence.getAndIncrement(), document));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
          }
        }

        @Override
        public void problem(InputProblem problem) {
          skipped.incrementAndGet();
          if (problems.size() < 1000) problems.add(problem.line());
          listener.problem(problem);
        }
      });
    } finally {
      try {
        for (int i = 0; i < workers; i++) queue.put(new Queued(-1, END));
        for (Thread t : threads) t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null) throw failure.get();
    store.commit();
    listener.committed(read.get());
    return new Summary(read.get(), stored.get(), updated.get(), unchanged.get(), skipped.get(),
        List.copyOf(problems), Duration.ofNanos(System.nanoTime() - t0),
        connector == null ? null : connector.counts());
  }

  /** A page with its place in the input. */
  private record Queued(long seq, RawDocument document) {}

  /** What is done with each analyzed article, in input order. */
  private interface Step {
    void run(Article article, Connector.Prepared prepared);
  }

  /**
   * Runs steps in input order without making anyone wait for a turn: a worker hands in its
   * article and, if the drain is free, runs every step that is ready in order; else the worker
   * draining picks it up. A skipped page hands in null so the order goes on.
   */
  private static final class Ordered {
    private final java.util.concurrent.ConcurrentHashMap<Long, Object[]> ready =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.locks.ReentrantLock drain =
        new java.util.concurrent.locks.ReentrantLock();
    private volatile long next;

    void ready(long seq, Article article, Connector.Prepared prepared, Step step) {
      ready.put(seq, new Object[] {article, prepared});
      while (ready.containsKey(next) && drain.tryLock()) {
        try {
          for (Object[] item = ready.remove(next); item != null; item = ready.remove(next)) {
            next++;
            if (item[0] != null && item[1] != null) {
              step.run((Article) item[0], (Connector.Prepared) item[1]);
            }
          }
        } finally {
          drain.unlock();
        }
      }
    }
  }
}
