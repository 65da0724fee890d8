package org.marsad.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A polite HTTP client for feeds and article pages. Every request goes through a {@link HostGate}
 * (one connection per site, a minimum delay, Retry-After holds) and robots.txt (crawler-commons'
 * parser, fetched once per site and run); it sends a clear User-Agent and {@code Accept-Encoding:
 * gzip}, takes conditional headers, follows at most {@code maxRedirects} redirects (a loop stops at
 * once), and gives every request a connect timeout and a total time limit that also covers a body
 * that trickles in forever. Bodies larger than {@code maxBytes} (compressed or not) are refused
 * without being held.
 *
 * <p>Thread-safe: one instance serves all polling threads.
 */
public final class Fetcher implements AutoCloseable {

  /** How the fetcher behaves; {@link #defaults()} for real use, shorter ones in tests. */
  public record Settings(
      String userAgent,
      String robotName,
      Duration minDelay,
      Duration maxCrawlDelay,
      Duration connectTimeout,
      Duration timeout,
      int maxRedirects,
      int maxBytes,
      Duration maxHostWait) {

    public static Settings defaults() {
      return new Settings(
          "MarsadBot/0.1 (Arabic news observatory; reads feeds politely; obeys robots.txt)",
          "marsadbot",
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          5,
          10 * 1024 * 1024,
          Duration.ofSeconds(60));
    }

    public Settings withMinDelay(Duration d) {
      return new Settings(userAgent, robotName, d, maxCrawlDelay, connectTimeout, timeout,
          maxRedirects, maxBytes, maxHostWait);
    }

    public Settings withTimeout(Duration d) {
      return new Settings(userAgent, robotName, minDelay, maxCrawlDelay, connectTimeout, d,
          maxRedirects, maxBytes, maxHostWait);
    }

    public Settings withMaxBytes(int n) {
      return new Settings(userAgent, robotName, minDelay, maxCrawlDelay, connectTimeout, timeout,
          maxRedirects, n, maxHostWait);
    }

    public Settings withMaxHostWait(Duration d) {
      return new Settings(userAgent, robotName, minDelay, maxCrawlDelay, connectTimeout, timeout,
          maxRedirects, maxBytes, d);
    }

    public Settings withUserAgent(String ua) {
      return new Settings(ua, robotName, minDelay, maxCrawlDelay, connectTimeout, timeout,
          maxRedirects, maxBytes, maxHostWait);
    }
  }

  /** Validators from an earlier answer, for a conditional GET; either may be null. */
  public record Conditional(String etag, String lastModified) {
    public static final Conditional NONE = new Conditional(null, null);
  }

  /**
   * A final answer (2xx, 304, or an error status), after redirects.
   *
   * @param uri the URL that answered, after redirects
   * @param raw the body as received (gzip still on when the server sent it so)
   * @param body the body with the content encoding removed
   */
  public record Response(
      URI requested, URI uri, int status, HttpHeaders headers, byte[] raw, byte[] body,
      List<URI> redirects, Instant fetchedAt) {

    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /** When a 429 or 503 said to come back (seconds or an HTTP date), or null. */
    public Instant retryAfter() {
      return header("Retry-After").map(v -> parseRetryAfter(v, fetchedAt)).orElse(null);
    }
  }

  private final Settings settings;
  private final HttpClient client;
  private final HostGate gate;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final ConcurrentHashMap<String, CompletableFuture<Robots>> robots =
      new ConcurrentHashMap<>();

  /** A site's rules and when they were read: they are read again after a day. */
  private record Robots(BaseRobotRules rules, Instant read) {}

  private static final Duration ROBOTS_TTL = Duration.ofHours(24);
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  public Fetcher(Settings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER) // counted and checked here
            .connectTimeout(settings.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.gate = new HostGate(settings.minDelay(), settings.maxHostWait());
    robotsParser.setMaxCrawlDelay(settings.maxCrawlDelay().toMillis());
  }

  public Settings settings() {
    return settings;
  }

  /** Requests made so far (robots.txt included). */
  public long requests() {
    return requests.get();
  }

  /** Bytes received so far, as sent on the wire (before gunzip). */
  public long bytes() {
    return bytes.get();
  }

  /**
   * GETs {@code uri}, politely, following redirects. An error status is an answer, not an
   * exception: the caller decides (404 for an item, 429 for a feed).
   *
   * @throws FetchException when robots.txt forbids the URL or a redirect, on a timeout, a network
   *     failure, a body over the limit, too many redirects or a loop, or a site held too long
   */
  public Response get(URI uri, Conditional conditional) throws FetchException, InterruptedException {
    List<URI> redirects = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    URI current = uri.normalize();
    visited.add(current.toString());
    while (true) {
      if (!allowed(current)) {
        throw new FetchException(FetchException.Kind.ROBOTS,
            current + " is disallowed by robots.txt" + (redirects.isEmpty() ? "" : " (redirected)"));
      }
      Response r = once(uri, current, redirects.isEmpty() ? conditional : Conditional.NONE,
          redirects);
      if (r.status() < 300 || r.status() > 399 || r.status() == 304) return r;
      Optional<String> location = r.header("Location");
      if (location.isEmpty()) return r; // a 3xx without a target is an answer of its own
      URI next;
      try {
        next = current.resolve(location.get().strip().replace(" ", "%20")).normalize();
      } catch (IllegalArgumentException e) {
        throw new FetchException(FetchException.Kind.REDIRECTS,
            current + " redirects to an unreadable location '" + location.get() + "'");
      }
      if (!visited.add(next.toString())) {
        throw new FetchException(FetchException.Kind.REDIRECTS,
            "redirect loop: " + current + " leads back to " + next);
      }
      redirects.add(next);
      if (redirects.size() > settings.maxRedirects()) {
        throw new FetchException(FetchException.Kind.REDIRECTS,
            uri + ": more than " + settings.maxRedirects() + " redirects");
      }
      current = next;
    }
  }

  /** Whether robots.txt of the URL's site lets this robot fetch it; fetches it when needed. */
  public boolean allowed(URI uri) throws InterruptedException {
    return rules(uri).isAllowed(uri.toString());
  }

  /** The sitemaps robots.txt names for the URL's site. */
  public List<String> sitemaps(URI uri) throws InterruptedException {
    return rules(uri).getSitemaps();
  }

  private BaseRobotRules rules(URI uri) throws InterruptedException {
    String site = UrlKey.site(uri);
    while (true) {
      CompletableFuture<Robots> mine = new CompletableFuture<>();
      CompletableFuture<Robots> known = robots.putIfAbsent(site, mine);
      if (known == null) {
        try {
          mine.complete(new Robots(fetchRobots(site), Instant.now()));
        } catch (InterruptedException | RuntimeException e) {
          robots.remove(site, mine);
          mine.completeExceptionally(e);
          throw e;
        }
        known = mine;
      }
      Robots r;
      try {
        r = known.get();
      } catch (ExecutionException e) {
        continue; // the thread that fetched them was stopped: fetch them here
      }
      if (r.read().plus(ROBOTS_TTL).isAfter(Instant.now())) return r.rules();
      robots.remove(site, known);
    }
  }

  /**
   * robots.txt as RFC 9309 reads it: a 4xx means no rules; a 5xx or no answer means keep away
   * for now; redirects are followed (up to five).
   */
  private BaseRobotRules fetchRobots(String site) throws InterruptedException {
    URI robotsUri = URI.create(site + "/robots.txt");
    URI current = robotsUri;
    try {
      for (int hop = 0; hop <= 5; hop++) {
        Response r = once(robotsUri, current, Conditional.NONE, List.of());
        if (r.status() >= 300 && r.status() < 400 && r.header("Location").isPresent()) {
          current = current.resolve(r.header("Location").get().strip());
          continue;
        }
        if (r.ok()) {
          BaseRobotRules rules =
              robotsParser.parseContent(robotsUri.toString(), r.body(),
                  r.header("Content-Type").orElse("text/plain"), List.of(settings.robotName()));
          if (rules.getCrawlDelay() > 0) {
            gate.crawlDelay(site, Duration.ofMillis(rules.getCrawlDelay()));
          }
          return rules;
        }
        return robotsParser.failedFetch(r.status());
      }
      return robotsParser.failedFetch(500);
    } catch (FetchException e) {
      return robotsParser.failedFetch(503);
    }
  }

  /** One request through the site's gate, no redirect followed. */
  private Response once(URI requested, URI uri, Conditional conditional, List<URI> redirects)
      throws FetchException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept-Encoding", "gzip")
            .header("Accept",
                "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                    + "text/html;q=0.9, */*;q=0.5");
    if (conditional.etag() != null) request.header("If-None-Match", conditional.etag());
    if (conditional.lastModified() != null) {
      request.header("If-Modified-Since", conditional.lastModified());
    }
    String site = UrlKey.site(uri);
    return gate.call(site, () -> send(requested, uri, request.build(), redirects));
  }

  private Response send(URI requested, URI uri, HttpRequest request, List<URI> redirects)
      throws FetchException, InterruptedException {
    requests.incrementAndGet();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> new CappedBody(info, settings.maxBytes()));
    HttpResponse<byte[]> response;
    try {
      // the client's own timeout ends at the headers; this one also ends a body that never ends
      response = future.get(settings.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(FetchException.Kind.TIMEOUT,
          uri + ": no complete answer within " + seconds(settings.timeout()));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TooLargeException) {
        throw new FetchException(FetchException.Kind.TOO_LARGE,
            uri + ": larger than " + megabytes(settings.maxBytes()) + "; skipped");
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new FetchException(FetchException.Kind.TIMEOUT,
            uri + ": " + (cause instanceof HttpConnectTimeoutException ? "no connection" : "no answer")
                + " within " + seconds(cause instanceof HttpConnectTimeoutException
                    ? settings.connectTimeout() : settings.timeout()));
      }
      String why = cause instanceof ConnectException ? "connection refused"
          : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      throw new FetchException(FetchException.Kind.NETWORK, uri + ": " + why);
    }
    byte[] raw = response.body();
    bytes.addAndGet(raw.length);
    byte[] body = raw;
    String encoding = response.headers().firstValue("Content-Encoding").orElse("")
        .toLowerCase(Locale.ROOT).strip();
    if (encoding.equals("gzip") || encoding.equals("x-gzip")) body = gunzip(uri, raw);
    Response answer = new Response(requested, uri, response.statusCode(), response.headers(), raw,
        body, List.copyOf(redirects), Instant.now());
    if (answer.status() == 429 || answer.status() == 503) {
      // the site asked everyone to slow down: no request to it before then, whatever the feed
      Instant retryAt = answer.retryAfter();
      if (retryAt != null) gate.holdUntil(UrlKey.site(uri), retryAt);
    }
    return answer;
  }

  /** Gunzips, refusing more than {@code maxBytes} out: a small gzip can hide a huge page. */
  private byte[] gunzip(URI uri, byte[] raw) throws FetchException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      byte[] out = in.readNBytes(settings.maxBytes() + 1);
      if (out.length > settings.maxBytes()) {
        throw new FetchException(FetchException.Kind.TOO_LARGE,
            uri + ": larger than " + megabytes(settings.maxBytes()) + " after gunzip; skipped");
      }
      return out;
    } catch (IOException e) {
      throw new FetchException(FetchException.Kind.NETWORK,
          uri + ": corrupt gzip body (" + e.getMessage() + ")");
    }
  }

  static Instant parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    try {
      long secs = Long.parseLong(v);
      return now.plusSeconds(Math.max(0, secs));
    } catch (NumberFormatException e) {
      try {
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String megabytes(int bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  @Override
  public void close() {
    client.close();
  }

  private static final class TooLargeException extends IOException {
    TooLargeException() {
      super("body over the limit");
    }
  }

  /** Collects a body up to a limit; past it, cancels the download and fails. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int max;
    private final long declared;
    private Flow.Subscription subscription;

    CappedBody(HttpResponse.ResponseInfo info, int max) {
      this.max = max;
      this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > max) {
        s.cancel();
        result.completeExceptionally(new TooLargeException());
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) return;
      for (ByteBuffer b : buffers) {
        if (out.size() + b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLargeException());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
