package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;

/** The watch against a real HTTP server on 127.0.0.1: feeds, pages, robots.txt, bad servers. */
class WatcherTest {
  static final Duration DELAY = Duration.ofMillis(30);

  @TempDir Path dir;
  TestSite site;
  final List<String> notes = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    site = new TestSite();
    site.page("/robots.txt", "text/plain",
        "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** A watch with short delays and timeouts; closed by {@link Session#close}. */
  final class Session implements AutoCloseable {
    final LuceneStore store;
    final WatchState state;
    final WarcArchive archive;
    final Fetcher fetcher;
    final Watcher watcher;

    Session(Fetcher.Settings settings, Watcher.ArticleHook hook) throws IOException {
      store = LuceneStore.open(dir.resolve("store"));
      state = WatchState.open(dir.resolve("store"));
      archive = new WarcArchive(dir.resolve("store"));
      fetcher = new Fetcher(settings);
      watcher = new Watcher(store, state, archive, fetcher, Pipeline.standard(), hook,
          new Watcher.Listener() {
            @Override
            public void note(String line) {
              notes.add(line);
            }
          });
      watcher.recover();
    }

    Session() throws IOException {
      this(settings(), null);
    }

    Watcher.Round once(String... listed) throws Exception {
      return watcher.round(List.of(listed), Duration.ofMinutes(15), true);
    }

    Source source(String url) throws IOException {
      return state.get(Watcher.SOURCE, UrlKey.of(url), Source.class).orElseThrow();
    }

    @Override
    public void close() throws IOException {
      fetcher.close();
      archive.close();
      state.close();
      store.close();
    }
  }

  static Fetcher.Settings settings() {
    return Fetcher.Settings.defaults().withMinDelay(DELAY).withTimeout(Duration.ofSeconds(2));
  }

  List<String> publish(int from, int to) {
    List<String> links = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String path = "/news/" + i + ".html";
      site.page(path, "text/html; charset=utf-8", TestSite.article(i, "خبر رقم " + i, null));
      links.add(site.url(path));
    }
    return links;
  }

  @Test
  void onceIngestsWhatRobotsAllowsAndASecondOnceFetchesNoPageAgain() throws Exception {
    List<String> links = publish(0, 5);
    site.page("/private/secret.html", "text/html", TestSite.article(99, "سري", null));
    List<String> all = new ArrayList<>(links);
    all.add(site.url("/private/secret.html"));
    site.etagged("/rss.xml", "application/rss+xml", () -> TestSite.rss("موقع", all));

    try (Session s = new Session()) {
      Watcher.Round first = s.once(site.url("/rss.xml"));
      assertThat(first.stored()).as(first.line()).isEqualTo(5);
      assertThat(first.disallowed()).isEqualTo(1);
      assertThat(site.hits("/private/secret.html")).as("robots.txt forbids it").isEmpty();
      for (String link : links) {
        String id = s.store.search(new SearchRequest("", null, null, null, null, null, null, 0, 50))
            .hits().stream().filter(h -> link.equals(h.url())).findFirst().orElseThrow().id();
        assertThat(s.store.get(id)).isPresent();
      }

      Watcher.Round second = s.once(site.url("/rss.xml"));
      assertThat(second.pages()).as(second.line()).isZero();
      assertThat(second.notModified()).isEqualTo(1);
      assertThat(site.hits("/rss.xml").get(1).ifNoneMatch()).isNotNull();
      for (int i = 0; i < 5; i++) assertThat(site.hits("/news/" + i + ".html")).hasSize(1);
      assertThat(site.hits("/robots.txt")).hasSize(1);
      assertThat(site.log).allSatisfy(h -> assertThat(h.userAgent()).startsWith("MarsadBot/"));
      assertThat(s.source(site.url("/rss.xml")).articles()).isEqualTo(5);
    }
  }

  @Test
  void aFeedThatChangesBringsOnlyItsNewItems() throws Exception {
    List<String> links = new CopyOnWriteArrayList<>(publish(0, 3));
    site.on("/feed", ex -> TestSite.send(ex, 200, "application/rss+xml",
        TestSite.rss("f", links).getBytes(Charset.forName("UTF-8")))); // no validators
    try (Session s = new Session()) {
      assertThat(s.once(site.url("/feed")).stored()).isEqualTo(3);
      Watcher.Round same = s.once(site.url("/feed"));
      assertThat(same.unchanged()).as("same body: not parsed again").isEqualTo(1);
      links.addAll(publish(3, 5));
      Watcher.Round changed = s.once(site.url("/feed"));
      assertThat(changed.stored()).as(changed.line()).isEqualTo(2);
      assertThat(changed.pages()).isEqualTo(2);
    }
  }

  @Test
  void theSameFeedListedTwiceOrThroughARedirectIsOneSource() throws Exception {
    List<String> links = publish(0, 2);
    site.page("/rss.xml", "application/rss+xml", TestSite.rss("f", links));
    site.on("/old-feed", ex -> {
      ex.getResponseHeaders().set("Location", "/rss.xml");
      TestSite.answering(ex);
      ex.sendResponseHeaders(301, -1);
    });
    try (Session s = new Session()) {
      Watcher.Round r = s.once(site.url("/rss.xml"), site.url("/old-feed"),
          site.url("/rss.xml#again").replace("127.0.0.1", "127.0.0.1"));
      assertThat(r.sources()).as(r.line()).isEqualTo(1);
      assertThat(r.stored()).isEqualTo(2);
      assertThat(s.source(site.url("/rss.xml")).listed())
          .containsExactly(site.url("/rss.xml"), site.url("/old-feed"));
    }
  }

  @Test
  void aHomePageLeadsToItsFeedAndItsNewsSitemap() throws Exception {
    List<String> feedLinks = publish(0, 2);
    List<String> mapLinks = publish(10, 12);
    site.page("/", "text/html", "<html><head><title>موقع</title>"
        + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head>"
        + "<body>الرئيسية</body></html>");
    site.page("/rss.xml", "application/rss+xml", TestSite.rss("f", feedLinks));
    site.page("/robots.txt", "text/plain",
        "User-agent: *\nDisallow: /private/\nSitemap: " + site.url("/news-sitemap.xml") + "\n");
    StringBuilder map = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
    for (String l : mapLinks) {
      map.append("<url><loc>").append(l).append("</loc><news:news><news:publication><news:name>"
          + "موقع</news:name><news:language>ar</news:language></news:publication>"
          + "<news:publication_date>2026-01-01</news:publication_date><news:title>خبر"
          + "</news:title></news:news></url>");
    }
    site.page("/news-sitemap.xml", "application/xml", map.append("</urlset>").toString());
    try (Session s = new Session()) {
      Watcher.Round r = s.once(site.url("/"));
      assertThat(notes).anyMatch(n -> n.contains("home page: 1 feed(s), 1 news sitemap(s)"));
      assertThat(r.sources()).isEqualTo(2);
      assertThat(r.stored()).as(r.line()).isEqualTo(4);
      assertThat(s.source(site.url("/news-sitemap.xml")).kind()).isEqualTo("sitemap");
    }
  }

  @Test
  void aHomePageWithoutFeedLinksIsProbedAtTheCommonPaths() throws Exception {
    site.page("/", "text/html", "<html><body>لا روابط</body></html>");
    site.page("/rss.xml", "application/rss+xml", TestSite.rss("f", publish(0, 1)));
    try (Session s = new Session()) {
      assertThat(s.once(site.url("/")).stored()).isEqualTo(1);
      assertThat(notes).anyMatch(n -> n.contains("1 feed(s) at a common path"));
    }
  }

  @Test
  void badServersAreReportedAndNeverStopTheOthers() throws Exception {
    List<String> good = publish(0, 2);
    // a feed declared UTF-8 but written in Windows-1256, as Arabic sites do
    String arabicFeed = TestSite.rss("أخبار", good);
    site.on("/cp1256.xml", ex -> TestSite.send(ex, 200, "application/rss+xml; charset=utf-8",
        arabicFeed.getBytes(Charset.forName("windows-1256"))));
    site.page("/malformed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel>"
        + "<title>x</title><item><link>oops</channel></rss>");
    site.on("/500.xml", ex -> TestSite.send(ex, 500, "text/plain", "boom".getBytes()));
    site.on("/slow.xml", ex -> { // an endless trickle
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
      TestSite.answering(ex);
      ex.sendResponseHeaders(200, 0);
      var out = ex.getResponseBody();
      try {
        out.write("<?xml version=\"1.0\"?><rss><channel>".getBytes());
        for (int i = 0; i < 600; i++) {
          out.write(' ');
          out.flush();
          Thread.sleep(50);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    // items that fail one by one: a redirect loop, a 404, a huge page, a redirect that works
    site.on("/loop-a", ex -> {
      ex.getResponseHeaders().set("Location", "/loop-b");
      TestSite.answering(ex);
      ex.sendResponseHeaders(302, -1);
    });
    site.on("/loop-b", ex -> {
      ex.getResponseHeaders().set("Location", "/loop-a");
      TestSite.answering(ex);
      ex.sendResponseHeaders(302, -1);
    });
    byte[] huge = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'x');
    site.on("/huge.html", ex -> TestSite.send(ex, 200, "text/html", huge));
    site.on("/moved.html", ex -> {
      ex.getResponseHeaders().set("Location", "/news/5.html");
      TestSite.answering(ex);
      ex.sendResponseHeaders(301, -1);
    });
    publish(5, 6);
    site.page("/items.xml", "application/rss+xml", TestSite.rss("items", List.of(
        site.url("/loop-a"), site.url("/gone.html"), site.url("/huge.html"),
        site.url("/moved.html"))));

    // a second site that asks to slow down: 429 with Retry-After, for all its feeds
    TestSite limited = new TestSite();
    for (String path : List.of("/429.xml", "/also.xml")) {
      limited.on(path, ex -> {
        ex.getResponseHeaders().set("Retry-After", "120");
        TestSite.send(ex, 429, "text/plain", "slow down".getBytes());
      });
    }

    Fetcher.Settings settings = settings().withTimeout(Duration.ofMillis(800))
        .withMaxBytes(1024 * 1024).withMaxHostWait(Duration.ofSeconds(1));
    try (limited; Session s = new Session(settings, null)) {
      long t0 = System.nanoTime();
      Watcher.Round r = s.once(site.url("/cp1256.xml"), site.url("/malformed.xml"),
          site.url("/500.xml"), limited.url("/429.xml"), limited.url("/also.xml"),
          site.url("/slow.xml"), site.url("/items.xml"));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
      assertThat(r.stored()).as(r.line() + "\n" + notes).isEqualTo(3); // 2 + the moved one
      Article a = s.store.search(SearchRequest.of("الحكومة")).hits().isEmpty() ? null
          : s.store.get(s.store.search(SearchRequest.of("الحكومة")).hits().get(0).id())
              .orElseThrow();
      assertThat(a).isNotNull();
      assertThat(s.source(site.url("/cp1256.xml")).title()).isEqualTo("أخبار");

      assertThat(s.source(site.url("/malformed.xml")).lastError()).contains("malformed feed XML");
      assertThat(s.source(site.url("/500.xml")).lastError()).contains("HTTP 500");
      // the site said "come back in 120 s": one request to it, the other feed waits too
      assertThat(limited.count(p -> p.endsWith(".xml"))).isEqualTo(1);
      for (String path : List.of("/429.xml", "/also.xml")) {
        Source held = s.source(limited.url(path));
        assertThat(held.lastError()).containsAnyOf("HTTP 429", "asked to wait");
        assertThat(held.nextPoll()).isGreaterThan(System.currentTimeMillis() + 100_000);
      }
      assertThat(s.source(site.url("/slow.xml")).lastError()).contains("no complete answer");
      assertThat(notes).anyMatch(n -> n.contains("redirect loop"));
      assertThat(notes).anyMatch(n -> n.contains("/gone.html: HTTP 404"));
      assertThat(notes).anyMatch(n -> n.contains("/huge.html: larger than 1 MB"));

      Watcher.Round again = s.once(limited.url("/429.xml"));
      assertThat(again.polled()).isZero();
      assertThat(limited.count(p -> p.endsWith(".xml"))).isEqualTo(1);
      // failed items that are permanent are not fetched again
      s.once(site.url("/items.xml"));
      assertThat(site.hits("/gone.html")).hasSize(1);
      assertThat(site.hits("/huge.html")).hasSize(1);
    }
  }

  @Test
  void politenessOneRequestAtATimePerSiteWithTheDelayHeld() throws Exception {
    List<String> feeds = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      List<String> links = publish(f * 10, f * 10 + 4);
      site.page("/feed-" + f + ".xml", "application/rss+xml", TestSite.rss("f" + f, links));
      feeds.add(site.url("/feed-" + f + ".xml"));
    }
    try (TestSite other = new TestSite()) {
      other.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.2\n");
      List<String> links = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        other.page("/a/" + i, "text/html", TestSite.article(100 + i, "آخر " + i, null));
        links.add(other.url("/a/" + i));
      }
      other.page("/feed.xml", "application/rss+xml", TestSite.rss("other", links));
      feeds.add(other.url("/feed.xml"));
      try (Session s = new Session()) {
        Watcher.Round r = s.watcher.round(feeds, Duration.ofMinutes(15), true);
        assertThat(r.stored()).as(r.line()).isEqualTo(15);
      }
      assertThat(site.overlaps()).as("two requests to one site at once").isEmpty();
      assertThat(site.maxConcurrent.get()).isEqualTo(1);
      assertThat(site.minGapMillis()).as("pause between requests").isGreaterThanOrEqualTo(
          DELAY.toMillis() - 2);
      assertThat(other.overlaps()).isEmpty();
      assertThat(other.minGapMillis()).as("robots.txt Crawl-delay 0.2 s").isGreaterThan(190);
    }
  }

  @Test
  void reanalyzeRebuildsTheSameArticlesFromTheArchive() throws Exception {
    List<String> links = publish(0, 4);
    site.page("/rss.xml", "application/rss+xml", TestSite.rss("f", links));
    // the same text under a second URL is a duplicate: kept in the archive, not in the store
    site.page("/copy.html", "text/html", TestSite.article(0, "خبر رقم 0", null));
    List<String> withCopy = new ArrayList<>(links);
    withCopy.add(site.url("/copy.html"));
    site.page("/rss.xml", "application/rss+xml", TestSite.rss("f", withCopy));
    try (Session s = new Session()) {
      Watcher.Round r = s.once(site.url("/rss.xml"));
      assertThat(r.stored()).as(r.line()).isEqualTo(4);
      assertThat(r.duplicates()).isEqualTo(1);
      ReanalyzeService.Summary summary =
          new ReanalyzeService(Pipeline.standard(), 2).reanalyze(s.archive, s.state, s.store);
      assertThat(summary.unchanged()).as(summary.line()).isEqualTo(4);
      assertThat(summary.updated()).isZero();
      assertThat(summary.stored()).isZero();
      assertThat(s.store.stats().articles()).isEqualTo(4);
    }
    assertThat(IntStream.range(0, 4).mapToObj(i -> site.hits("/news/" + i + ".html").size()))
        .containsOnly(1);
  }
}
