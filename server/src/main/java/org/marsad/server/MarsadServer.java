package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.service.IngestService;
import org.marsad.service.Observatory;
import org.marsad.store.ArticleStore;
import org.marsad.store.ConnectIndex;
import org.marsad.store.FoldedResult;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreException;

/**
 * The HTTP face of Marsad: a JSON API and the web page over the same store and services the CLI
 * uses. The routes are listed in {@link #start(ArticleStore, Options)}; the API is described by
 * {@code /openapi.json} (docs/API.md).
 *
 * <p>Security: binds 127.0.0.1 unless told otherwise (and then answers only requests addressed to
 * a loopback name, against DNS rebinding); {@code POST /api/ingest} needs the {@link WriteToken};
 * bodies are limited in size; every response forbids other origins' scripts and content sniffing
 * (CSP {@code default-src 'self'}). Article text is data: the page writes it with {@code
 * textContent}, never as markup. Errors are JSON: {@code {"status": 400, "message": "..."}}.
 */
public final class MarsadServer implements AutoCloseable {
  /** The page's strict policy: our own scripts, styles and data only; no inline script. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;
  private final ScheduledExecutorService refresher;

  private MarsadServer(Javalin app, ScheduledExecutorService refresher) {
    this.app = app;
    this.refresher = refresher;
  }

  /**
   * How to serve.
   *
   * @param host the address to bind; 127.0.0.1 keeps it on this machine
   * @param port 0 picks a free port (see {@link #port()})
   * @param token the write token, or null to refuse every write
   * @param maxBodyBytes the largest request body accepted (an ingest upload)
   * @param ingest how a posted file is ingested, or null to ingest into {@code store} (opening it
   *     for writing for the time of the upload when it was opened read-only)
   */
  public record Options(String host, int port, WriteToken token, long maxBodyBytes, Ingest ingest) {
    public static Options local(int port) {
      return new Options("127.0.0.1", port, null, 20_000_000L, null);
    }

    public Options withHost(String h) {
      return new Options(h, port, token, maxBodyBytes, ingest);
    }

    public Options withIngest(Ingest i) {
      return new Options(host, port, token, maxBodyBytes, i);
    }

    public Options withToken(WriteToken t) {
      return new Options(host, port, t, maxBodyBytes, ingest);
    }

    public Options withMaxBodyBytes(long n) {
      return new Options(host, port, token, n, ingest);
    }
  }

  /** Ingests one uploaded file; the same {@link IngestService} the CLI runs. */
  @FunctionalInterface
  public interface Ingest {
    IngestService.Summary ingest(Path file, IngestService.Listener listener) throws IOException;
  }

  /** Serves on {@code host:port} with writes refused ({@code port} 0 picks a free port). */
  public static MarsadServer start(ArticleStore store, String host, int port) {
    return start(store, new Options(host, port, null, 20_000_000L, null));
  }

  public static MarsadServer start(ArticleStore store, Options options) {
    Observatory observatory = new Observatory(store);
    Ingest ingest = options.ingest() != null ? options.ingest() : Ingests.into(store);
    String shell = resource("/web/index.html");
    String openapi = resource("/org/marsad/server/openapi.json");
    Vendor echarts = Vendor.webjar("echarts", "echarts.min.js");
    boolean loopback = isLoopback(options.host());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxBodyBytes();
              config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
              });

              config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                if (loopback && !loopbackHost(ctx.host())) {
                  throw new Refused(421, "this server answers only http://127.0.0.1 or http://localhost");
                }
              });

              // the page: one shell, the script reads the path
              for (String page : List.of("/", "/search", "/article/{id}", "/entity/{id}", "/story/{id}", "/events")) {
                config.routes.get(page, ctx -> ctx.html(shell));
              }
              config.routes.get("/assets/vendor/echarts.min.js", ctx -> echarts.serve(ctx));
              config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));

              // the API
              config.routes.get("/api/search", ctx -> json(ctx, search(store, ctx)));
              config.routes.get("/api/articles/{id}", ctx -> json(ctx, article(store, ctx)));
              config.routes.get("/api/articles/{id}/related",
                  ctx -> json(ctx, observatory.related(article(store, ctx))));
              config.routes.get("/api/entities", ctx ->
                  json(ctx, Map.of("entities", observatory.findEntities(ctx.queryParam("q"), integer(ctx, "limit", 20, 1, 200)))));
              config.routes.get("/api/entities/{id}", ctx -> json(ctx, observatory.entity(ctx.pathParam("id"))
                  .orElseThrow(() -> new Refused(404, "no article names '" + ctx.pathParam("id") + "'"))));
              config.routes.get("/api/stories", ctx ->
                  json(ctx, Map.of("stories", observatory.stories(integer(ctx, "limit", 20, 1, 200)))));
              config.routes.get("/api/stories/{id}", ctx -> json(ctx, observatory.story(ctx.pathParam("id"), integer(ctx, "limit", 100, 1, 1000))
                  .orElseThrow(() -> new Refused(404, "no story with id " + ctx.pathParam("id")))));
              config.routes.get("/api/events", ctx -> json(ctx,
                  Map.of("events", observatory.latestEvents(blank(ctx.queryParam("type")), integer(ctx, "limit", 20, 1, 200)))));
              config.routes.get("/api/stats", ctx -> json(ctx, store.stats()));
              config.routes.get("/api/dashboard", ctx -> json(ctx, observatory.dashboard()));
              config.routes.post("/api/ingest", ctx -> ingest(ctx, options, ingest));

              config.routes.exception(Refused.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
              config.routes.exception(
                  IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
              config.routes.exception(IOException.class, (e, ctx) -> error(ctx, 500, "store error: " + e.getMessage()));
              config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("marsad: " + ctx.method() + " " + ctx.path() + ": " + e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
              });
              config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.contains("json")) error(ctx, 404, "no such path: " + ctx.path());
              });
              config.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
              config.routes.error(413, ctx -> error(ctx, 413, "the request body is larger than " + options.maxBodyBytes() + " bytes"));
            });
    app.start();
    ScheduledExecutorService refresher = null;
    if (store instanceof LuceneStore lucene) {
      // another process (an ingest) may commit while we serve: show its articles
      refresher = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("marsad-refresh").unstarted(r));
      refresher.scheduleWithFixedDelay(() -> {
        try {
          lucene.refresh();
        } catch (IOException | RuntimeException e) {
          System.err.println("marsad: cannot refresh the store: " + e.getMessage());
        }
      }, 2, 2, TimeUnit.SECONDS);
    }
    return new MarsadServer(app, refresher);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    if (refresher != null) refresher.shutdownNow();
    app.stop();
  }

  /** An answer other than 200, with its message for the caller. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private static Article article(ArticleStore store, Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    return store.get(id).orElseThrow(() -> new Refused(404, "no article with id " + id));
  }

  /** {@code POST /api/ingest}: the body (any supported format) streamed to a temporary file. */
  private static void ingest(Context ctx, Options options, Ingest ingest) throws IOException {
    if (options.token() == null) throw new Refused(403, "writes are disabled on this server");
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
        : ctx.header("X-Marsad-Token");
    if (!options.token().matches(given)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Refused(401, "a write needs the token: Authorization: Bearer TOKEN (printed by 'marsad serve')");
    }
    long declared = ctx.contentLength();
    if (declared > options.maxBodyBytes()) {
      // read (and drop) what the client is still sending before answering, up to a bound, so the
      // answer reaches it instead of a reset connection; a larger body is cut off
      swallow(ctx.bodyInputStream(), SWALLOW_BYTES);
      ctx.header("Connection", "close");
      throw new Refused(413, "the request body is larger than " + options.maxBodyBytes() + " bytes");
    }
    String name = ctx.queryParam("name");
    String suffix = name != null && name.matches("[\\w.-]{1,80}") ? "-" + name : ".upload";
    Path file = Files.createTempFile("marsad-ingest-", suffix);
    try {
      long size = copy(ctx.bodyInputStream(), file, options.maxBodyBytes());
      if (size == 0) throw new Refused(400, "the request body is empty: post the articles (text, HTML, WARC, RSS/Atom, JSONL or TREC)");
      List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
      IngestService.Summary s = ingest.ingest(file, new IngestService.Listener() {
        @Override
        public void article(Article article, ArticleStore.PutOutcome outcome) {
          if (ids.size() < 1000) ids.add(article.id());
        }
      });
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("read", s.read());
      body.put("stored", s.stored());
      body.put("updated", s.updated());
      body.put("unchanged", s.unchanged());
      body.put("skipped", s.skipped());
      body.put("problems", s.problems().stream()
          .map(p -> p.replace(file.toString(), name == null ? "body" : name)).toList());
      body.put("ids", List.copyOf(ids));
      ctx.status(s.read() > 0 || s.skipped() == 0 ? 200 : 422);
      json(ctx, body);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** At most this much of a refused body is read before the answer (as Tomcat's maxSwallowSize). */
  static final long SWALLOW_BYTES = 2L << 20;

  /** Reads and drops up to {@code limit} bytes of a refused body; a broken stream ends it. */
  private static void swallow(InputStream in, long limit) {
    byte[] buf = new byte[64 * 1024];
    long read = 0;
    try {
      for (int n = in.read(buf); n >= 0 && read < limit; n = in.read(buf)) read += n;
    } catch (IOException | RuntimeException e) {
      // the client went away or the server's own limit cut the stream: nothing left to drain
    }
  }

  private static long copy(InputStream in, Path file, long max) throws IOException {
    long total = 0;
    byte[] buf = new byte[64 * 1024];
    try (in; OutputStream out = Files.newOutputStream(file)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
        if (total > max) {
          swallow(in, SWALLOW_BYTES);
          throw new Refused(413, "the request body is larger than " + max + " bytes");
        }
        out.write(buf, 0, n);
      }
    }
    return total;
  }

  static SearchRequest request(Context ctx) {
    return new SearchRequest(
        ctx.queryParam("q"),
        blank(ctx.queryParam("source")),
        date(ctx, "from"),
        date(ctx, "to"),
        blank(ctx.queryParam("entity")),
        blank(ctx.queryParam("topic")),
        blank(ctx.queryParam("language")),
        integer(ctx, "offset", 0, 0, 100_000),
        integer(ctx, "limit", 10, 0, 100),
        blank(ctx.queryParam("theme")),
        blank(ctx.queryParam("event_type")),
        blank(ctx.queryParam("story")),
        SearchRequest.Sort.parse(ctx.queryParam("sort")));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(Context ctx, String name) {
    String v = blank(ctx.queryParam(name));
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date like 2021-02-22, not '" + v + "'");
    }
  }

  private static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = blank(ctx.queryParam(name));
    if (v == null) return fallback;
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + v + "'");
    }
    if (n < min || n > max) throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", not " + n);
    return n;
  }

  /**
   * {@code /api/search}: plain, or with {@code fold=story} one hit per story, the story's other
   * matching articles (copies and other outlets' reports) listed under it, as {@code marsad search}
   * shows them. The same shape either way; folded hits add {@code story}, {@code matching} and
   * {@code folded}. Stores without connect fields answer unfolded.
   */
  private static Object search(ArticleStore store, Context ctx) throws IOException {
    SearchRequest request = request(ctx);
    String fold = ctx.queryParam("fold");
    if (fold == null || fold.isBlank() || fold.equals("none")) return store.search(request);
    if (!fold.equals("story")) {
      throw new IllegalArgumentException("fold must be 'story' or 'none', not '" + fold + "'");
    }
    if (!(store instanceof LuceneStore lucene)) return store.search(request);
    FoldedResult folded = new ConnectIndex(lucene).search(request);
    List<Map<String, Object>> hits = new java.util.ArrayList<>();
    for (FoldedResult.Group g : folded.results()) {
      SearchResult.Hit hit = g.hit();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", hit.id());
      m.put("score", hit.score());
      m.put("title", hit.title());
      m.put("source", hit.source());
      m.put("published", hit.published());
      m.put("url", hit.url());
      m.put("snippet", hit.snippet());
      m.put("story", g.story());
      m.put("matching", g.matching());
      List<Map<String, Object>> others = new java.util.ArrayList<>();
      for (FoldedResult.Folded f : g.folded()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", f.id());
        o.put("title", f.title());
        o.put("source", f.source());
        o.put("published", f.published());
        o.put("duplicate_of", f.duplicateOf());
        others.add(o);
      }
      m.put("folded", others);
      hits.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", folded.total());
    out.put("hits", hits);
    out.put("facets", folded.facets());
    return out;
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(ArticleJson.MAPPER.writeValueAsString(value));
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message == null ? "error" : message);
    try {
      ctx.status(status);
      json(ctx, body);
    } catch (JsonProcessingException e) {
      ctx.status(500).result("{\"status\":500,\"message\":\"error\"}");
    }
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
  }

  /** The Host header names this machine (any port): 127.x, localhost or [::1]. */
  static boolean loopbackHost(String host) {
    if (host == null) return true; // HTTP/1.0 without Host
    String h = host.toLowerCase(java.util.Locale.ROOT);
    if (h.startsWith("[")) return h.startsWith("[::1]");
    int colon = h.indexOf(':');
    if (colon >= 0) h = h.substring(0, colon);
    return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  static String resource(String path) {
    try (InputStream in = MarsadServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path + " (a broken build?)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A library file from a WebJar on the class path, found by the WebJar's own version. */
  record Vendor(String path, byte[] bytes) {
    static Vendor webjar(String artifact, String file) {
      Properties p = new Properties();
      String props = "/META-INF/maven/org.webjars/" + artifact + "/pom.properties";
      try (InputStream in = MarsadServer.class.getResourceAsStream(props)) {
        if (in == null) return new Vendor(null, null);
        p.load(in);
        String path = "/META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version") + "/" + file;
        try (InputStream js = MarsadServer.class.getResourceAsStream(path)) {
          return new Vendor(path, js == null ? null : js.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void serve(Context ctx) {
      if (bytes == null) throw new Refused(404, "the charting library is not on the class path");
      ctx.contentType("text/javascript; charset=utf-8");
      ctx.header("Cache-Control", "public, max-age=86400");
      ctx.result(bytes);
    }
  }
}
