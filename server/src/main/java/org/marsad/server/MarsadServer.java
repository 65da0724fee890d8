package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.json.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;

/**
 * The HTTP face of Marsad: a JSON API over the same store the CLI uses. Binds 127.0.0.1 unless
 * told otherwise.
 *
 * <ul>
 *   <li>{@code GET /api/search?q=&source=&from=&to=&entity=&topic=&language=&theme=&event=&offset=&limit=}
 *   <li>{@code GET /api/articles/{id}}: the full article record
 *   <li>{@code GET /api/stats}
 * </ul>
 *
 * Errors are JSON: {@code {"status": 400, "message": "..."}}.
 */
public final class MarsadServer implements AutoCloseable {
  private final Javalin app;
  private final ScheduledExecutorService refresher;

  private MarsadServer(Javalin app, ScheduledExecutorService refresher) {
    this.app = app;
    this.refresher = refresher;
  }

  /** Starts serving; {@code port} 0 picks a free port (see {@link #port()}). */
  public static MarsadServer start(ArticleStore store, String host, int port) {
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.maxRequestSize = 10_000_000L;
              config.routes.get("/", ctx -> ctx.html(HOME));
              config.routes.get("/api/search", ctx -> json(ctx, store.search(request(ctx))));
              config.routes.get(
                  "/api/articles/{id}",
                  ctx -> {
                    var article = store.get(ctx.pathParam("id"));
                    if (article.isEmpty()) {
                      error(ctx, 404, "no article with id " + ctx.pathParam("id"));
                    } else {
                      json(ctx, article.get());
                    }
                  });
              config.routes.get("/api/stats", ctx -> json(ctx, store.stats()));
              config.routes.exception(
                  IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(
                  IOException.class, (e, ctx) -> error(ctx, 500, "store error: " + e.getMessage()));
              config.routes.error(404, ctx -> {
                if (ctx.result() == null) error(ctx, 404, "no such path: " + ctx.path());
              });
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

  static SearchRequest request(Context ctx) {
    return new SearchRequest(
        ctx.queryParam("q"),
        blank(ctx.queryParam("source")),
        date(ctx, "from"),
        date(ctx, "to"),
        blank(ctx.queryParam("entity")),
        blank(ctx.queryParam("topic")),
        blank(ctx.queryParam("language")),
        integer(ctx, "offset", 0),
        integer(ctx, "limit", 10),
        blank(ctx.queryParam("theme")),
        blank(ctx.queryParam("event")));
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

  private static int integer(Context ctx, String name, int fallback) {
    String v = blank(ctx.queryParam(name));
    if (v == null) return fallback;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + v + "'");
    }
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(ArticleJson.MAPPER.writeValueAsString(value));
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    try {
      ctx.status(status);
      json(ctx, body);
    } catch (JsonProcessingException e) {
      ctx.status(500).result("{\"status\":500}");
    }
  }

  private static final String HOME =
      """
      <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مرصد</title></head>
      <body><h1>مرصد — Marsad</h1>
      <p>JSON API: <a href="/api/search?q=">/api/search?q=…</a>, <a href="/api/stats">/api/stats</a>,
      /api/articles/{id}. The web page comes next.</p></body></html>
      """;
}
