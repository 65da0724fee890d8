package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.IngestService;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;

/**
 * Throughput harness: {@code analyze} runs the pipeline on one thread (per-core rate), {@code
 * ingest} runs the whole ingest into a fresh store. Reports articles/s, words/s, MB/s of decoded
 * page text, and the peak heap the JVM used. A warm-up pass runs first unless {@code --no-warmup}.
 *
 * <pre>java -Xmx1g -jar bench/target/marsad-bench.jar analyze|ingest FILE...</pre>
 *
 * <p>{@code web} is a bounded load run of the HTTP API over loopback ({@link WebLoad}).
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("opensearch")) {
      OpenSearchBench.run(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("web")) {
      WebLoad.run(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length < 2 || !List.of("analyze", "read", "ingest", "synth").contains(args[0])) {
      System.err.println("usage: marsad-bench analyze|read|ingest [--no-warmup] [--no-connect] [--extract-only|--ner]"
          + " [--keep DIR] FILE...\n       marsad-bench synth N OUT.jsonl.gz ANT.jsonl.gz...\n"
          + "       marsad-bench web --store DIR [--requests N] [--clients N]\n"
          + "       marsad-bench opensearch --cluster opensearch://HOST:9200/INDEX [--limit N] FILE...");
      System.exit(2);
    }
    if (args[0].equals("synth")) {
      long t = System.nanoTime();
      Synth.generate(Long.parseLong(args[1]), Path.of(args[2]),
          Arrays.asList(args).subList(3, args.length), 20260611L);
      System.out.printf("synth: %s articles in %.0f s to %s (%.1f MB)%n", args[1],
          (System.nanoTime() - t) / 1e9, args[2], Files.size(Path.of(args[2])) / 1e6);
      return;
    }
    boolean connect = !Arrays.asList(args).contains("--no-connect");
    int keepAt = Arrays.asList(args).indexOf("--keep");
    Path keep = keepAt > 0 ? Path.of(args[keepAt + 1]) : null;
    boolean warmup = !Arrays.asList(args).contains("--no-warmup");
    List<String> files = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--"))
        .filter(a -> keep == null || !a.equals(keep.toString())).toList();
    // --ner: tag entities with the shipped NER model (canonical ids come with the entities stage;
    // until then each mention stands for itself), so stories and the graph have actors to use
    // --extract-only: extraction and identification, no understanding stages (the lower bound of
    // an ingest, where connecting weighs most); default: the product's Pipeline.standard()
    Pipeline pipeline = Arrays.asList(args).contains("--extract-only")
        ? new Pipeline(org.marsad.extract.Extractors.standard(), List.of())
        : !Arrays.asList(args).contains("--ner") ? Pipeline.standard()
        : new Pipeline(org.marsad.extract.Extractors.standard(), List.of(a -> a.toBuilder()
            .entities(org.marsad.entity.ner.NerTagger.standard().find(a.text())).build()));
    if (!args[0].equals("ingest")) {
      boolean read = args[0].equals("read");
      if (warmup) analyze(pipeline, files, 3000, read);
      resetPeaks();
      report(read ? "read: analyze + sentences, tokens, clitic segments (1 thread)"
          : "analyze (1 thread)", analyze(pipeline, files, Long.MAX_VALUE, read));
    } else {
      Path store = keep != null ? keep : Files.createTempDirectory("marsad-bench-store");
      try {
        resetPeaks();
        long t0 = System.nanoTime();
        AtomicLong words = new AtomicLong(), chars = new AtomicLong(), done = new AtomicLong();
        long[] mark = {t0, 0};
        int every = Integer.getInteger("marsad.bench.every", 50_000);
        IngestService.Summary s;
        try (LuceneStore st = LuceneStore.open(store)) {
          s = new IngestService(pipeline).withConnect(connect).ingest(files, st,
              new IngestService.Listener() {
            @Override
            public void article(Article a, ArticleStore.PutOutcome o) {
              words.addAndGet(words(a.text()));
              chars.addAndGet(a.text().length());
              long n = done.incrementAndGet();
              if (n % every == 0) progress(n, t0, mark, store);
            }
          });
        }
        System.out.println("ingest summary: " + s.line());
        report("ingest (" + Runtime.getRuntime().availableProcessors() + " workers, connect "
                + (connect ? "on" : "off") + ")",
            new Result(s.read(), words.get(), -1, System.nanoTime() - t0));
        System.out.printf("store size: %.1f MB%n", size(store) / 1e6);
      } finally {
        if (keep == null) delete(store);
      }
    }
  }

  /**
   * One line per {@code marsad.bench.every} articles (the trend of a long run): articles so far,
   * the rate overall and over the last stretch, the heap in use after the last collection (what
   * stays live), the peak so far, and the store's size on disk.
   */
  static void progress(long n, long t0, long[] mark, Path store) {
    long now = System.nanoTime();
    double rate = n / ((now - t0) / 1e9), recent = (n - mark[1]) / ((now - mark[0]) / 1e9);
    mark[0] = now;
    mark[1] = n;
    long live = liveAfterGc();
    long size;
    try {
      size = size(store);
    } catch (Exception e) {
      size = -1; // a segment merged away while walking
    }
    System.out.printf("progress: %,d articles, %.0f s, %,.0f articles/s (last %,.0f), heap after GC"
            + " %.0f MB, peak %.0f MB, store %.0f MB%n", n, (now - t0) / 1e9, rate, recent,
        live / 1e6, peakHeap() / 1e6, size / 1e6);
  }

  /** Keeps the JIT from discarding the reading work. */
  static volatile long sink;

  record Result(long articles, long words, long bytes, long nanos) {}

  /**
   * One thread through the pipeline; with {@code read}, also the full reading of the text core:
   * sentences, tokens and clitic segments of every article (what later stages consume).
   */
  static Result analyze(Pipeline pipeline, List<String> files, long max, boolean read) {
    AtomicLong n = new AtomicLong(), words = new AtomicLong(), bytes = new AtomicLong();
    long t0 = System.nanoTime();
    try {
      new InputReader().read(files, new DocumentSink() {
        @Override
        public void accept(RawDocument d) {
          if (n.get() >= max) throw new StopBench();
          Article a = pipeline.analyze(d);
          if (read) {
            int tokens = 0;
            for (Sentence s : SentenceSplitter.sentences(a.text())) tokens += s.tokens().size();
            sink += tokens;
          }
          n.incrementAndGet();
          words.addAndGet(words(a.text()));
          bytes.addAndGet(d.content().getBytes(StandardCharsets.UTF_8).length);
        }

        @Override
        public void problem(InputProblem p) {
          System.err.println(p.line());
        }
      });
    } catch (StopBench e) {
      // warm-up done
    }
    return new Result(n.get(), words.get(), bytes.get(), System.nanoTime() - t0);
  }

  static final class StopBench extends RuntimeException {
    StopBench() {
      super(null, null, false, false);
    }
  }

  static long words(String text) {
    long w = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) w++;
      in = !space;
    }
    return w;
  }

  static void report(String what, Result r) {
    double secs = r.nanos() / 1e9;
    System.out.printf("%s: %,d articles in %.1f s: %,.0f articles/s, %,.0f words/s%s; peak heap %.0f MB"
            + " (pools' peaks summed), live after GC at most %.0f MB%n",
        what, r.articles(), secs, r.articles() / secs, r.words() / secs,
        r.bytes() >= 0 ? String.format(", %.1f MB/s of page text", r.bytes() / 1e6 / secs) : "",
        peakHeap() / 1e6, LIVE_MAX.get() / 1e6);
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    LIVE_MAX.set(liveAfterGc());
    if (SAMPLER.compareAndSet(false, true)) {
      Thread.ofPlatform().daemon().name("marsad-bench-heap").start(() -> {
        while (true) {
          LIVE_MAX.accumulateAndGet(liveAfterGc(), Math::max);
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }
  }

  /** The most heap seen in use right after a collection (what stays live), sampled every 100 ms. */
  static final java.util.concurrent.atomic.AtomicLong LIVE_MAX = new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.concurrent.atomic.AtomicBoolean SAMPLER =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The heap pools' usage after their last collection, summed. */
  static long liveAfterGc() {
    long live = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        live += pool.getCollectionUsage().getUsed();
      }
    }
    return live;
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  static long size(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void delete(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
