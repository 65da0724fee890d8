package org.marsad.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.marsad.alert.AlertMatcher;
import org.marsad.alert.SavedSearch;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.LuceneStore;
import org.marsad.watch.Fetcher;
import org.marsad.watch.WarcArchive;
import org.marsad.watch.WatchState;
import org.marsad.watch.Watcher;

/**
 * Watch and alert harness.
 *
 * <pre>
 * java -Xmx1g -cp bench/target/marsad-bench.jar org.marsad.bench.WatchBench poll [HOSTS FEEDS ITEMS DELAY_MS]
 * java -Xmx1g -cp bench/target/marsad-bench.jar org.marsad.bench.WatchBench alerts SEARCHES FILE...
 * </pre>
 *
 * {@code poll} serves HOSTS sites on 127.0.0.1 (one port each: one politeness unit each), FEEDS
 * feeds per site with ITEMS new article pages each, and times two rounds into a fresh store: the
 * first (every item new), the second (every feed answers 304). {@code alerts} makes SEARCHES saved
 * searches from the words of the articles in FILE (seed 20261123) and matches the articles
 * against them on one thread.
 */
public final class WatchBench {
  private WatchBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("poll")) {
      int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 100;
      int feeds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
      int items = args.length > 3 ? Integer.parseInt(args[3]) : 5;
      int delay = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
      poll(hosts, feeds, items, delay);
    } else if (args.length >= 3 && args[0].equals("alerts")) {
      alerts(Integer.parseInt(args[1]), List.of(args).subList(2, args.length));
    } else {
      System.err.println("usage: WatchBench poll [HOSTS FEEDS ITEMS DELAY_MS] | alerts N FILE...");
      System.exit(2);
    }
  }

  static void poll(int hosts, int feeds, int items, int delayMs) throws Exception {
    List<HttpServer> servers = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    AtomicLong served = new AtomicLong();
    for (int h = 0; h < hosts; h++) {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      Map<String, byte[]> pages = new ConcurrentHashMap<>();
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n".getBytes());
      for (int f = 0; f < feeds; f++) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss "
            + "version=\"2.0\"><channel><title>site " + h + "</title><link>" + base
            + "</link><description>d</description>");
        for (int i = 0; i < items; i++) {
          int n = (h * feeds + f) * items + i;
          String path = "/news/" + f + "/" + i + ".html";
          pages.put(path, page(n).getBytes(StandardCharsets.UTF_8));
          rss.append("<item><title>خبر ").append(n).append("</title><link>").append(base)
              .append(path).append("</link></item>");
        }
        pages.put("/feed/" + f + ".xml",
            rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
        listed.add(base + "/feed/" + f + ".xml");
      }
      server.createContext("/", ex -> {
        byte[] body = pages.get(ex.getRequestURI().getPath());
        String etag = body == null ? null : "\"" + java.util.Arrays.hashCode(body) + "\"";
        try (ex; OutputStream out = ex.getResponseBody()) {
          if (body == null) {
            ex.sendResponseHeaders(404, -1);
          } else if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
          } else {
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(200, body.length);
            out.write(body);
            served.addAndGet(body.length);
          }
        }
      });
      server.start();
      servers.add(server);
    }
    Path store = Files.createTempDirectory("marsad-watch-bench");
    System.out.printf("%d hosts × %d feeds × %d new items, %d ms between requests to a host%n",
        hosts, feeds, items, delayMs);
    try (LuceneStore articles = LuceneStore.open(store);
        WatchState state = WatchState.open(store);
        WarcArchive archive = new WarcArchive(store);
        Fetcher fetcher = new Fetcher(
            Fetcher.Settings.defaults().withMinDelay(Duration.ofMillis(delayMs)))) {
      Watcher watcher = new Watcher(articles, state, archive, fetcher, Pipeline.standard(), null,
          null);
      for (String label : List.of("first round (all new)", "second round (all 304)")) {
        resetPeaks();
        Watcher.Round r = watcher.round(listed, Duration.ofMinutes(15), true);
        System.out.printf("%s: %s; peak heap %d MB%n", label, r.line(), peakHeapMb());
      }
      System.out.printf("archive %.1f MB, store %.1f MB%n", size(store.resolve("warc")) / 1e6,
          size(store.resolve("index")) / 1e6);
    } finally {
      for (HttpServer s : servers) s.stop(0);
      try (Stream<Path> walk = Files.walk(store)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static final String[] WORDS = {"الحكومة", "الاتصالات", "الرقمنة", "الشبكة", "الألياف",
      "البصرية", "المقاولات", "الاستثمار", "التكنولوجيا", "المعلومات", "الوزارة", "المغرب",
      "تونس", "الجزائر", "مصر", "الأمن", "السيبراني", "الذكاء", "الاصطناعي", "التعليم"};

  static String page(int n) {
    Random r = new Random(n);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      body.append("<p>");
      for (int w = 0; w < 60; w++) body.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      body.append("الخبر ").append(n).append(".</p>\n");
    }
    return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر " + n
        + "</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>خبر رقم " + n
        + "</h1>" + body + "</article><footer>جميع الحقوق محفوظة</footer></body></html>";
  }

  static void alerts(int n, List<String> files) throws Exception {
    Pipeline pipeline = Pipeline.standard();
    List<Article> articles = new ArrayList<>();
    new InputReader().read(files, new DocumentSink() {
      @Override
      public void accept(RawDocument d) {
        if (articles.size() < 20_000) articles.add(pipeline.analyze(d));
      }

      @Override
      public void problem(InputProblem p) {}
    });
    long seed = 20261123L;
    Random random = new Random(seed);
    List<SavedSearch> searches = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] words = articles.get(random.nextInt(articles.size())).text().split("[\\s\\p{P}]+");
      String a = word(words, random), b = word(words, random), c = word(words, random);
      String q = switch (random.nextInt(5)) {
        case 0 -> a;
        case 1, 2 -> a + " " + b;
        case 3 -> a + " " + b + " " + c;
        default -> "(" + a + " OR " + b + ") " + c;
      };
      String source = random.nextInt(10) == 0 ? articles.get(random.nextInt(articles.size())).source()
          : null;
      searches.add(new SavedSearch("s" + i, "s" + i, q, null, null, null, source, null, null,
          null, 0));
    }
    long t0 = System.nanoTime();
    AlertMatcher matcher = new AlertMatcher(searches);
    long build = System.nanoTime() - t0;
    for (int i = 0; i < Math.min(2000, articles.size()); i++) matcher.match(articles.get(i)); // warm-up
    resetPeaks();
    long matches = 0;
    t0 = System.nanoTime();
    for (Article a : articles) matches += matcher.match(a).size();
    long took = System.nanoTime() - t0;
    System.out.printf("%,d saved searches (seed %d, built in %.0f ms), %,d articles: %,.0f "
            + "articles/s on one thread, %.2f ms per article, %.2f matches per article, "
            + "peak heap %d MB%n", n, seed, build / 1e6, articles.size(),
        articles.size() / (took / 1e9), took / 1e6 / articles.size(),
        matches / (double) articles.size(), peakHeapMb());
  }

  /** A word of at least four letters: saved searches name words, not particles. */
  private static String word(String[] words, Random random) {
    for (int i = 0; i < 50; i++) {
      String w = words[random.nextInt(words.length)];
      if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) return w;
    }
    return "الحكومة";
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum / (1024 * 1024);
  }

  static long size(Path p) throws java.io.IOException {
    if (!Files.exists(p)) return 0;
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
