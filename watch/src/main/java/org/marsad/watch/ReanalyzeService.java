package org.marsad.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * {@code marsad reanalyze}: rebuilds every watched article from the raw-page archive with the
 * current pipeline, so a better model improves the past too. Each record is read as {@link
 * Watcher} read it when it was fetched (same origin, same reader), so an unchanged pipeline gives
 * unchanged records; pages the watch kept out (duplicates, not articles) stay out.
 */
public final class ReanalyzeService {
  private static final RawDocument END = RawDocument.textPage("<end>", "");

  private final Pipeline pipeline;
  private final int workers;

  public ReanalyzeService(Pipeline pipeline, int workers) {
    this.pipeline = pipeline;
    this.workers = Math.max(1, workers);
  }

  /** What a reanalysis did. */
  public record Summary(long read, long stored, long updated, long unchanged, long skipped,
      List<String> problems, Duration took) {
    public String line() {
      return String.format(java.util.Locale.ROOT,
          "reanalyzed %,d archived pages: %,d updated, %,d unchanged, %,d new, %,d skipped "
              + "in %.1f s", read, updated, unchanged, stored, skipped, took.toMillis() / 1000.0);
    }
  }

  /** The origin of record {@code number} of an archive file, the same in watch and reanalyze. */
  static String origin(String file, int number) {
    return "warc/" + file + "#record " + number;
  }

  static RawDocument withOrigin(RawDocument d, String origin) {
    return new RawDocument(origin, d.container(), d.kind(), d.content(), d.id(), d.url(),
        d.source(), d.title(), d.published());
  }

  public Summary reanalyze(WarcArchive archive, WatchState state, ArticleStore store)
      throws IOException {
    long t0 = System.nanoTime();
    AtomicLong read = new AtomicLong(), stored = new AtomicLong(), updated = new AtomicLong(),
        unchanged = new AtomicLong(), skipped = new AtomicLong();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Exception> failure = new AtomicReference<>();
    BlockingQueue<RawDocument> queue = new ArrayBlockingQueue<>(64);
    Runnable work = () -> {
      try {
        for (RawDocument d = queue.take(); d != END; d = queue.take()) {
          if (failure.get() != null) continue;
          try {
            Article a = pipeline.analyze(d);
            read.incrementAndGet();
            switch (store.put(a)) {
              case STORED -> stored.incrementAndGet();
              case UPDATED -> updated.incrementAndGet();
              case UNCHANGED -> unchanged.incrementAndGet();
            }
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException e) {
            skipped.incrementAndGet();
            if (problems.size() < 1000) problems.add(d.origin() + ": cannot analyze: " + e);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      threads.add(Thread.ofPlatform().name("marsad-reanalyze-" + i).start(work));
    }
    try {
      InputReader reader = new InputReader();
      for (Path file : archive.files()) {
        String name = "warc/" + file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
          reader.read(name, in, new DocumentSink() {
            @Override
            public void accept(RawDocument d) {
              try {
                if (keptOut(state, d)) {
                  skipped.incrementAndGet();
                  return;
                }
                queue.put(d);
              } catch (IOException e) {
                failure.compareAndSet(null, e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("reanalyze interrupted", e);
              }
            }

            @Override
            public void problem(InputProblem problem) {
              skipped.incrementAndGet();
              if (problems.size() < 1000) problems.add(problem.line());
            }
          });
        }
      }
    } finally {
      try {
        for (int i = 0; i < workers; i++) queue.put(END);
        for (Thread t : threads) t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() instanceof IOException e) throw e;
    store.commit();
    return new Summary(read.get(), stored.get(), updated.get(), unchanged.get(), skipped.get(),
        List.copyOf(problems), Duration.ofNanos(System.nanoTime() - t0));
  }

  /** A page the watch kept out of the store: a duplicate, or not an article. */
  private static boolean keptOut(WatchState state, RawDocument d) throws IOException {
    if (d.url() == null) return false;
    Optional<Seen> seen = state.get(Watcher.SEEN, UrlKey.of(d.url()), Seen.class);
    return seen.isPresent() && seen.get().article() == null;
  }
}
