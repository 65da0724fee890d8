package org.marsad.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 (never anything else) serving pages the test writes, with its
 * own log of every request (path, start and end time, request headers), by which politeness is
 * checked. Many requests can be served at once, so overlaps are the client's doing.
 */
final class TestSite implements AutoCloseable {
  /** One request as the server saw it. */
  record Hit(String path, long startNanos, long endNanos, String userAgent, String ifNoneMatch,
      String ifModifiedSince, int status) {}

  /** What a path answers. */
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  final List<Hit> log = new CopyOnWriteArrayList<>();
  private final AtomicInteger active = new AtomicInteger();
  /** The most requests this site served at the same time. */
  final AtomicInteger maxConcurrent = new AtomicInteger();

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", exchange -> {
      long start = System.nanoTime();
      int now = active.incrementAndGet();
      maxConcurrent.accumulateAndGet(now, Math::max);
      String path = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? ""
              : "?" + exchange.getRequestURI().getRawQuery());
      int[] status = {0};
      try {
        Handler h = handlers.get(path);
        if (h == null) {
          send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
          status[0] = 404;
        } else {
          h.handle(exchange);
          status[0] = exchange.getResponseCode();
        }
      } catch (IOException e) {
        status[0] = -1; // the client went away (a timeout, a refused huge page)
      } finally {
        active.decrementAndGet();
        var headers = exchange.getRequestHeaders();
        // the end is when the server began to answer, stamped before any byte left: the client
        // cannot finish before it, whereas a stamp taken here may come late on a loaded machine
        Object answered = exchange.getAttribute(ANSWERED);
        long end = answered instanceof Long at ? at : System.nanoTime();
        log.add(new Hit(path, start, end, headers.getFirst("User-Agent"),
            headers.getFirst("If-None-Match"), headers.getFirst("If-Modified-Since"), status[0]));
        exchange.close();
      }
    });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return base() + path;
  }

  void on(String path, Handler handler) {
    handlers.put(path, handler);
  }

  /** A fixed page. */
  void page(String path, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    on(path, ex -> send(ex, 200, contentType, bytes));
  }

  /** A page that answers 304 to a matching If-None-Match, and sends its ETag. */
  void etagged(String path, String contentType, java.util.function.Supplier<String> body) {
    on(path, ex -> {
      byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        answering(ex);
        ex.sendResponseHeaders(304, -1);
        return;
      }
      send(ex, 200, contentType, bytes);
    });
  }

  private static final String ANSWERED = "marsad.answered";

  /** Stamps the moment the server starts its answer (see the request log). */
  static void answering(HttpExchange ex) {
    if (ex.getAttribute(ANSWERED) == null) ex.setAttribute(ANSWERED, System.nanoTime());
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    answering(ex);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Requests to {@code path}. */
  List<Hit> hits(String path) {
    return log.stream().filter(h -> h.path().equals(path)).toList();
  }

  long count(java.util.function.Predicate<String> path) {
    return log.stream().filter(h -> path.test(h.path())).count();
  }

  /** Pairs of requests that overlapped in time: never, for a polite client. */
  List<String> overlaps() {
    List<Hit> sorted = new ArrayList<>(log);
    sorted.sort(java.util.Comparator.comparingLong(Hit::startNanos));
    List<String> out = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).startNanos() < sorted.get(i - 1).endNanos()) {
        out.add(sorted.get(i - 1).path() + " and " + sorted.get(i).path());
      }
    }
    return out;
  }

  /** The shortest pause between the end of a request and the start of the next, in ms. */
  double minGapMillis() {
    List<Hit> sorted = new ArrayList<>(log);
    sorted.sort(java.util.Comparator.comparingLong(Hit::startNanos));
    double min = Double.MAX_VALUE;
    for (int i = 1; i < sorted.size(); i++) {
      min = Math.min(min, (sorted.get(i).startNanos() - sorted.get(i - 1).endNanos()) / 1e6);
    }
    return min;
  }

  // ---- content ------------------------------------------------------------------------------

  private static final String[] WORDS = {"الحكومة", "الاتصالات", "الرقمنة", "الشبكة", "الألياف",
      "البصرية", "المقاولات", "الاستثمار", "التكنولوجيا", "المعلومات", "الوزارة", "المغرب", "تونس",
      "الجزائر", "مصر", "الأمن", "السيبراني", "الذكاء", "الاصطناعي", "التعليم", "مشروع", "جديد"};

  /** An article page with its own text (seeded by {@code n}), in the shape of a news site. */
  static String article(int n, String title, String extra) {
    java.util.Random r = new java.util.Random(n * 7919L + 17);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      body.append("<p>");
      for (int s = 0; s < 3; s++) {
        for (int w = 0; w < 14; w++) body.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        body.append("رقم ").append(n).append(". ");
      }
      if (p == 1 && extra != null) body.append(extra);
      body.append("</p>\n");
    }
    return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>"
        + title + "</title></head><body><nav><a href=\"/\">الرئيسية</a> | <a href=\"/x\">اقتصاد</a>"
        + "</nav><article><h1>" + title + "</h1>\n" + body
        + "</article><footer>جميع الحقوق محفوظة</footer></body></html>";
  }

  /** An RSS 2.0 feed of {@code links} (absolute URLs). */
  static String rss(String title, List<String> links) {
    StringBuilder items = new StringBuilder();
    for (String link : links) {
      items.append("<item><title>خبر</title><link>").append(link).append("</link>")
          .append("<description>وصف قصير للخبر: أعلنت الحكومة عن مشروع جديد لتطوير شبكة"
              + " الاتصالات والألياف البصرية في المدن والقرى</description></item>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
        + title + "</title><link>http://127.0.0.1/</link><description>d</description>\n" + items
        + "</channel></rss>";
  }

  static byte[] encode(String s, Charset cs) {
    return s.getBytes(cs);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
