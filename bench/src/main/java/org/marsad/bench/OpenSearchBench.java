package org.marsad.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.IngestService;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.opensearch.OpenSearchStore;

/**
 * The OpenSearch store against the embedded one, side by side in one run (docs/BENCHMARKS.md,
 * "OpenSearch vs embedded"):
 *
 * <ol>
 *   <li>ingest: the whole pipeline into each store ({@code IngestService}, the same workers; the
 *       embedded store without its connector, which a cluster store does not run);
 *   <li>store only: the records analyzed once (read back from the embedded store) written again
 *       into a fresh embedded store and a fresh index, so that only the writing differs;
 *   <li>search: the same queries (words drawn from the titles with a fixed seed, alone, in pairs,
 *       with a source filter) on both, each search with its hits, snippets and eight facets;
 *       p50 and p95 latency after a warm-up.
 * </ol>
 *
 * <pre>java -jar marsad-bench.jar opensearch --cluster opensearch://127.0.0.1:9200,127.0.0.1:9201/bench
 *     [--limit N] [--queries N] FILE...</pre>
 */
final class OpenSearchBench {
  private OpenSearchBench() {}

  static void run(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    String cluster = value(a, "--cluster", null);
    if (cluster == null) {
      System.err.println("usage: marsad-bench opensearch --cluster opensearch://HOST:9200[,HOST2:9201]/INDEX"
          + " [--limit N] [--queries N] FILE...");
      System.exit(2);
    }
    long limit = Long.parseLong(value(a, "--limit", Long.toString(Long.MAX_VALUE)));
    int queries = Integer.parseInt(value(a, "--queries", "300"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) i++; else files.add(args[i]);
    }
    Path work = Files.createTempDirectory("marsad-os-bench");
    try {
      if (limit != Long.MAX_VALUE) files = List.of(slice(files, limit, work).toString());
      Pipeline pipeline = Pipeline.standard();
      System.out.printf("machine: %d cores, load %s%n", Runtime.getRuntime().availableProcessors(), load());

      // 1. the whole ingest into each
      Path embedded = work.resolve("embedded");
      IngestService ingest = new IngestService(pipeline).withConnect(false);
      OpenSearchStore.deleteIndex(cluster);
      long t = System.nanoTime();
      IngestService.Summary os;
      try (OpenSearchStore store = OpenSearchStore.open(cluster, true)) {
        os = ingest.ingest(files, store, new IngestService.Listener() {});
      }
      line("ingest (pipeline + store), cluster", os.read(), System.nanoTime() - t);
      t = System.nanoTime();
      IngestService.Summary lu;
      try (LuceneStore store = LuceneStore.open(embedded)) {
        lu = ingest.ingest(files, store, new IngestService.Listener() {});
      }
      line("ingest (pipeline + store), embedded", lu.read(), System.nanoTime() - t);

      // 2. the same records, analyzed once, written again into each
      Path records = work.resolve("records.jsonl.gz");
      long n = export(embedded, records);
      Path again = work.resolve("again");
      t = System.nanoTime();
      try (LuceneStore store = LuceneStore.open(again)) {
        eachRecord(records, r -> put(store, r));
      }
      line("store only, embedded (put + commit)", n, System.nanoTime() - t);
      String onceMore = cluster.replaceFirst("/([^/?]+)(\\?|$)", "/$1-records$2");
      OpenSearchStore.deleteIndex(onceMore);
      t = System.nanoTime();
      try (OpenSearchStore store = OpenSearchStore.open(onceMore, true)) {
        eachRecord(records, r -> write(store, r));
        store.commit();
        System.out.println("  cluster writer: " + store.writeCounts());
      }
      line("store only, cluster (bulk + refresh)", n, System.nanoTime() - t);
      long reading = System.nanoTime();
      eachRecord(records, r -> {});
      line("  (reading the records alone)", n, System.nanoTime() - reading);

      // 3. search latency, the same queries on both
      try (LuceneStore lucene = LuceneStore.openReadOnly(embedded);
          OpenSearchStore store = OpenSearchStore.open(cluster, false)) {
        List<SearchRequest> set = querySet(lucene, queries, 20261123L);
        System.out.printf("search: %d queries (words of titles, pairs, with a source filter; 10 hits,"
            + " snippets, 8 facets), load %s%n", set.size(), load());
        latency("embedded", lucene, set);
        latency("cluster", store, set);
      }
    } finally {
      Bench.delete(work);
    }
  }

  private static void put(LuceneStore store, Article a) {
    try {
      store.put(a);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(OpenSearchStore store, Article a) {
    try {
      store.write(a, o -> {});
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void latency(String name, ArticleStore store, List<SearchRequest> set) throws IOException {
    for (SearchRequest r : set) store.search(r); // warm-up
    long[] nanos = new long[set.size()];
    long total = 0;
    for (int i = 0; i < set.size(); i++) {
      long t = System.nanoTime();
      total += store.search(set.get(i)).total();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf("  %-9s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%,d hits counted)%n", name,
        nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6,
        nanos[nanos.length - 1] / 1e6, total);
  }

  /** Words of titles (fixed seed): alone, in pairs, and alone with the article's source. */
  static List<SearchRequest> querySet(LuceneStore store, int n, long seed) throws IOException {
    List<Article> sample = new ArrayList<>();
    store.forEach(SearchRequest.all(), a -> {
      if (a.title() != null && sample.size() < 5000) sample.add(a);
    });
    Random random = new Random(seed);
    Set<SearchRequest> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < n && tries < n * 20 && !sample.isEmpty(); tries++) {
      Article a = sample.get(random.nextInt(sample.size()));
      String[] words = Arrays.stream(a.title().split("[\\s\\p{Punct}«»،؛؟]+"))
          .filter(w -> w.length() >= 4).toArray(String[]::new);
      if (words.length == 0) continue;
      String w = words[random.nextInt(words.length)];
      SearchRequest r = switch (out.size() % 3) {
        case 0 -> SearchRequest.of(w);
        case 1 -> SearchRequest.of(w + " " + words[random.nextInt(words.length)]);
        default -> SearchRequest.of(w).withSource(a.source());
      };
      out.add(r);
    }
    return new ArrayList<>(out);
  }

  private static long export(Path store, Path file) throws IOException {
    long[] n = {0};
    try (LuceneStore s = LuceneStore.openReadOnly(store);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      s.forEach(SearchRequest.all(), a -> {
        try {
          out.write(ArticleJson.write(a));
          out.write('\n');
          n[0]++;
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
    }
    return n[0];
  }

  private static void eachRecord(Path file, Consumer<Article> f) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) f.accept(ArticleJson.read(line));
    }
  }

  /** The first {@code limit} lines of JSONL(.gz) inputs, for a quick run. */
  private static Path slice(List<String> files, long limit, Path dir) throws IOException {
    Path out = dir.resolve("slice.jsonl");
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (String f : files) {
        var raw = Files.newInputStream(Path.of(f));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            f.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null && n < limit; line = in.readLine(), n++) {
            w.write(line);
            w.write('\n');
          }
        }
      }
    }
    return out;
  }

  private static void line(String what, long n, long nanos) {
    System.out.printf("%-40s %,7d articles in %7.1f s = %,7.0f articles/s  (load %s)%n", what, n,
        nanos / 1e9, n / (nanos / 1e9), load());
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String value(List<String> args, String name, String dflt) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : dflt;
  }
}
