package org.marsad.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * POSTs each match as JSON to its saved search's webhook, in the background, with retries: a
 * 2xx answer is delivery; anything else (an error status, no connection, a timeout) is tried again
 * after a delay that doubles, up to {@code attempts} times, and then reported.
 *
 * <pre>{"search": {"id": …, "name": …}, "article": {"id", "title", "url", "source", "published"},
 *  "summary": …, "matched_at": "2026-…Z"}</pre>
 */
public final class Webhooks implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final int attempts;
  private final Duration firstDelay;
  private final Duration timeout;
  private final Consumer<String> problems;

  public Webhooks(int attempts, Duration firstDelay, Duration timeout, Consumer<String> problems) {
    this.attempts = attempts;
    this.firstDelay = firstDelay;
    this.timeout = timeout;
    this.problems = problems;
  }

  public static Webhooks defaults(Consumer<String> problems) {
    return new Webhooks(4, Duration.ofSeconds(2), Duration.ofSeconds(15), problems);
  }

  /** Queues one delivery. */
  public void send(SavedSearch search, Match match) {
    if (search.webhook() == null) return;
    byte[] body = body(search, match);
    executor.submit(() -> deliver(URI.create(search.webhook()), body, search.id()));
  }

  static byte[] body(SavedSearch search, Match match) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("search", Map.of("id", search.id(), "name", search.name()));
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("id", match.article());
    article.put("title", match.title());
    article.put("url", match.url());
    article.put("source", match.source());
    article.put("published", match.published());
    json.put("article", article);
    json.put("summary", match.summary());
    json.put("matched_at", java.time.Instant.ofEpochMilli(match.at()).toString());
    try {
      return JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void deliver(URI uri, byte[] body, String searchId) {
    Duration delay = firstDelay;
    String last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        HttpResponse<Void> r = client.send(
            HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Marsad alerts")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() >= 200 && r.statusCode() < 300) return;
        last = "HTTP " + r.statusCode();
      } catch (IOException e) {
        last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (attempt < attempts) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        delay = delay.multipliedBy(2);
      }
    }
    problems.accept("alert " + searchId + ": webhook " + uri + " failed " + attempts
        + " times (last: " + last + "); match not delivered");
  }

  /** Waits up to {@code wait} for queued deliveries, then stops. */
  public void close(Duration wait) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    client.close();
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
