package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.json.ArticleJson;
import org.marsad.server.MarsadServer;
import org.marsad.store.LuceneStore;

/**
 * A bounded load run over loopback: serves a store on 127.0.0.1 (a free port), then sends a fixed
 * number of requests from a few client threads and reports p50/p95/p99 per kind of request.
 * Search requests mix plain queries, filters (source, dates), paging and sorting; an article page
 * is what the browser asks for it: the page shell, the record and its related articles.
 *
 * <pre>java -jar bench/target/marsad-bench.jar web --store DIR [--requests 2000] [--clients 2] [--seed 7]</pre>
 */
final class WebLoad {
  private WebLoad() {}

  /** Words and phrases from Arabic news desks: politics, economy, sport, culture, health. */
  static final List<String> QUERIES = List.of(
      "الحكومة", "المغرب", "الاقتصاد", "الانتخابات", "وزير الداخلية", "كرة القدم", "المنتخب الوطني",
      "الأمم المتحدة", "الصحة", "التعليم", "السياحة", "الفلاحة", "مهرجان", "الثقافة", "البرلمان",
      "رئيس الحكومة", "الاستثمار", "الطاقة المتجددة", "الجفاف", "الجامعة", "المرأة", "الشباب",
      "الأسعار", "البنك", "الميزانية", "الماء", "الأمطار", "الاتصالات", "الإنترنت", "الرقمية",
      "فيروس", "المستشفى", "المدرسة", "الرياضة", "السينما", "الكتاب", "الموسيقى", "الفن", "الأمن",
      "الشرطة", "المحكمة", "العدالة", "الجزائر", "تونس", "مصر", "فرنسا", "إسبانيا", "أوروبا",
      "الولايات المتحدة", "الصين", "\"رئيس الحكومة\"", "الحكومة AND الميزانية", "انتخاب*",
      "ملك", "الملك محمد السادس", "الدار البيضاء", "الرباط", "مراكش", "طنجة", "فاس");

  record Sample(String kind, long nanos) {}

  static void run(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    Path storeDir = Path.of(value(a, "--store", null));
    int requests = Integer.parseInt(value(a, "--requests", "2000"));
    int clients = Integer.parseInt(value(a, "--clients", "2"));
    long seed = Long.parseLong(value(a, "--seed", "7"));
    try (LuceneStore store = LuceneStore.openReadOnly(storeDir);
        MarsadServer server = MarsadServer.start(store, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      long articles = store.stats().articles();
      List<String> sources = new ArrayList<>(store.stats().sources().keySet());
      List<String> ids = articleIds(http, base);
      System.out.printf("store: %,d articles, %d sources; %d requests of each kind from %d clients, seed %d%n",
          articles, sources.size(), requests, clients, seed);
      Random random = new Random(seed);
      List<String> searches = new ArrayList<>();
      for (int i = 0; i < requests; i++) searches.add(searchPath(random, sources));
      List<String> pages = new ArrayList<>();
      for (int i = 0; i < requests; i++) pages.add(ids.get(random.nextInt(ids.size())));

      // warm-up: the JIT and the OS cache, not measured
      measure(http, base, searches.subList(0, Math.min(300, requests)), pages.subList(0, Math.min(300, requests)), clients);
      long t0 = System.nanoTime();
      List<Sample> samples = measure(http, base, searches, pages, clients);
      double secs = (System.nanoTime() - t0) / 1e9;
      report("search API (GET /api/search)", samples, "search");
      report("article page (shell + record + related)", samples, "article");
      System.out.printf("%,d requests in %.1f s%n", requests * 4L, secs);
      long d0 = System.nanoTime();
      get(http, base + "/api/dashboard");
      System.out.printf("dashboard: first (uncached) %.0f ms%n", (System.nanoTime() - d0) / 1e6);
    }
  }

  static String searchPath(Random random, List<String> sources) {
    String q = QUERIES.get(random.nextInt(QUERIES.size()));
    StringBuilder p = new StringBuilder("/api/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    int kind = random.nextInt(10);
    if (kind < 2 && !sources.isEmpty()) {
      p.append("&source=").append(URLEncoder.encode(sources.get(random.nextInt(sources.size())), StandardCharsets.UTF_8));
    } else if (kind == 2) {
      p.setLength(0);
      p.append("/api/search?sort=newest"); // the search page with no query: everything, newest first
    } else if (kind == 3) {
      int year = 2015 + random.nextInt(6);
      p.append("&from=").append(year).append("-01-01&to=").append(year).append("-12-31&sort=newest");
    } else if (kind == 4) {
      p.append("&offset=").append(10 * (1 + random.nextInt(5)));
    }
    return p.toString();
  }

  static List<Sample> measure(HttpClient http, String base, List<String> searches, List<String> pages, int clients)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<Sample>>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        List<Sample> out = new ArrayList<>();
        for (int i = client; i < searches.size(); i += clients) {
          long t = System.nanoTime();
          get(http, base + searches.get(i));
          out.add(new Sample("search", System.nanoTime() - t));
          String id = URLEncoder.encode(pages.get(i), StandardCharsets.UTF_8).replace("+", "%20");
          t = System.nanoTime();
          get(http, base + "/article/" + id);
          get(http, base + "/api/articles/" + id);
          get(http, base + "/api/articles/" + id + "/related");
          out.add(new Sample("article", System.nanoTime() - t));
        }
        return out;
      }));
    }
    List<Sample> all = new ArrayList<>();
    for (Future<List<Sample>> f : futures) all.addAll(f.get());
    pool.shutdown();
    return all;
  }

  static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    return r.body();
  }

  /** Article ids spread over the store: the hits of the queries, newest first. */
  static List<String> articleIds(HttpClient http, String base) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String q : QUERIES.subList(0, 20)) {
      JsonNode r = ArticleJson.MAPPER.readTree(get(http, base + "/api/search?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
      r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    }
    if (ids.isEmpty()) throw new IllegalStateException("the store has no articles to read");
    return ids;
  }

  static void report(String title, List<Sample> samples, String kind) {
    List<Long> ns = new ArrayList<>(samples.stream().filter(s -> s.kind().equals(kind)).map(Sample::nanos).toList());
    Collections.sort(ns);
    System.out.printf("%-42s n=%,d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", title, ns.size(),
        pct(ns, 50), pct(ns, 95), pct(ns, 99), ns.get(ns.size() - 1) / 1e6);
  }

  static double pct(List<Long> sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }

  static String value(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    if (i >= 0 && i + 1 < args.size()) return args.get(i + 1);
    if (fallback == null) throw new IllegalArgumentException(name + " is required");
    return fallback;
  }
}
