package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * {@code marsad watch} for real: a site on 127.0.0.1 with a feed of 30 articles and a robots.txt
 * forbidding one path. {@code --once} ingests what robots.txt allows and a second {@code --once}
 * fetches no article page again; a watch killed with {@code kill -9} mid-run loses nothing and,
 * restarted, fetches no page it had received.
 */
class WatchCommandTest {
  static final int ARTICLES = 30;
  static final String[] WORDS = {"الحكومة", "الاتصالات", "الرقمنة", "الشبكة", "الألياف",
      "البصرية", "المقاولات", "الاستثمار", "التكنولوجيا", "المعلومات", "الوزارة", "المغرب",
      "تونس", "الجزائر", "مصر", "الأمن", "السيبراني", "الذكاء", "الاصطناعي", "التعليم"};

  @TempDir Path dir;
  HttpServer server;
  final Map<String, Integer> hits = new ConcurrentHashMap<>();
  final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  volatile CountDownLatch hold = new CountDownLatch(0);
  final CountDownLatch held = new CountDownLatch(1);
  volatile String holdPath = "";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::serve);
    server.start();
    pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
    List<String> links = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String path = (i % 10 == 9 ? "/private/" : "/news/") + i + ".html";
      pages.put(path, article(i).getBytes(StandardCharsets.UTF_8));
      links.add(url(path));
    }
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss "
        + "version=\"2.0\"><channel><title>موقع</title><link>" + url("/") + "</link>"
        + "<description>d</description>");
    for (String l : links) rss.append("<item><title>خبر</title><link>").append(l).append("</link></item>");
    pages.put("/rss.xml", rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    hold.countDown();
    server.stop(0);
  }

  void serve(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.merge(path, 1, Integer::sum);
    try {
      if (path.equals(holdPath)) {
        held.countDown();
        hold.await(60, TimeUnit.SECONDS); // the page the watch is on when it is killed
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = pages.get(path);
    String type = path.endsWith(".xml") ? "application/rss+xml" : path.endsWith(".txt")
        ? "text/plain" : "text/html; charset=utf-8";
    ex.getResponseHeaders().set("Content-Type", type);
    try (ex; OutputStream out = ex.getResponseBody()) {
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      ex.sendResponseHeaders(200, body.length);
      out.write(body);
    } catch (IOException e) {
      // the client was killed
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static String article(int n) {
    Random r = new Random(n);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      body.append("<p>");
      for (int w = 0; w < 40; w++) body.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      body.append("الخبر ").append(n).append(".</p>\n");
    }
    return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر " + n
        + "</title></head><body><article><h1>خبر رقم " + n + "</h1>" + body
        + "</article></body></html>";
  }

  Path sourcesFile() throws IOException {
    Path file = dir.resolve("sources.txt");
    Files.writeString(file, "# the site's feed\n" + url("/rss.xml") + "\n");
    return file;
  }

  List<SearchResult.Hit> stored(Path store) throws IOException {
    try (LuceneStore s = LuceneStore.openReadOnly(store)) {
      return s.search(new SearchRequest("", null, null, null, null, null, null, 0, 1000)).hits();
    }
  }

  static long allowed() {
    return java.util.stream.IntStream.range(0, ARTICLES).filter(i -> i % 10 != 9).count();
  }

  @Test
  void onceIngestsAllThatRobotsAllowsAndASecondOnceFetchesNoArticleAgain() throws Exception {
    Path store = dir.resolve("store");
    Path sources = sourcesFile();
    CliRun first = CliRun.of("watch", sources.toString(), "--once", "--store", store.toString(),
        "--delay", "5ms");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("articles stored");
    List<SearchResult.Hit> articles = stored(store);
    assertThat(articles).hasSize((int) allowed());
    assertThat(articles).allSatisfy(h -> assertThat(h.url()).contains("/news/"));
    assertThat(hits.keySet()).noneMatch(p -> p.startsWith("/private/"));

    CliRun second = CliRun.of("watch", sources.toString(), "--once", "--store", store.toString(),
        "--delay", "5ms");
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(hits).allSatisfy((path, n) -> {
      if (path.startsWith("/news/")) assertThat(n).as(path).isEqualTo(1);
    });
    assertThat(stored(store)).hasSize((int) allowed());

    CliRun health = CliRun.of("sources", "--store", store.toString());
    assertThat(health.out()).contains("ok").contains(url("/rss.xml"));
    CliRun reanalyze = CliRun.of("reanalyze", "--store", store.toString());
    assertThat(reanalyze.err()).contains(allowed() + " unchanged");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void killNineMidWatchLosesNothingAndFetchesNoReceivedPageAgain() throws Exception {
    Path store = dir.resolve("store");
    Path sources = sourcesFile();
    hold = new CountDownLatch(1);
    holdPath = "/news/24.html";
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            Marsad.class.getName(), "watch", sources.toString(), "--store", store.toString(),
            "--delay", "100ms", "--every", "1h")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    boolean reached = held.await(2, TimeUnit.MINUTES);
    assertThat(reached).as(Files.readString(dir.resolve("child.log"))).isTrue();
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no last commit
    child.waitFor();
    Map<String, Integer> before = Map.copyOf(hits);
    hold.countDown();
    holdPath = "";

    CliRun rerun = CliRun.of("watch", sources.toString(), "--once", "--store", store.toString(),
        "--delay", "5ms");
    System.out.println("WatchCommandTest rerun: " + rerun.err());
    assertThat(rerun.status()).as(rerun.err()).isZero();
    List<SearchResult.Hit> articles = stored(store);
    assertThat(articles).hasSize((int) allowed()); // nothing lost, no duplicate
    for (var page : before.entrySet()) {
      if (!page.getKey().startsWith("/news/") || page.getKey().equals("/news/24.html")) continue;
      assertThat(hits.get(page.getKey())).as("%s fetched again after the restart", page.getKey())
          .isEqualTo(1);
    }
    assertThat(hits.get("/news/24.html")).as("the page in flight at the kill").isEqualTo(2);
  }
}
