package org.marsad.server;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.ArticleJson;
import org.marsad.store.LuceneStore;

/**
 * The page as a person uses it, in Debian's Chromium driven by Playwright: ingest the samples (the
 * upload endpoint, with the token), look at the dashboard, search, open an article, follow an
 * entity to its page, switch to English. Screenshots go to {@code server/target/screenshots}.
 *
 * <p>Skips, saying why, when there is no Chromium ({@code apt-get install chromium}; another path
 * in {@code MARSAD_CHROMIUM}). Playwright downloads no browser: it runs the system's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MARSAD_CHROMIUM", "/usr/bin/chromium"));
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static LuceneStore store;
  static MarsadServer server;
  static Playwright playwright;
  static Browser browser;
  static final WriteToken TOKEN = new WriteToken("browser-test-token", "test", false);

  BrowserContext context;
  Page page;
  final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void startAll() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = "no Chromium at " + CHROMIUM + ": browser tests skipped (apt-get install chromium, or set MARSAD_CHROMIUM)";
      System.err.println("BrowserTest: " + why);
      assumeTrue(false, why);
    }
    store = LuceneStore.open(dir.resolve("store"));
    server = MarsadServer.start(store, MarsadServer.Options.local(0).withToken(TOKEN));
    ingestSamples();
    Fixtures.load(store); // articles as the later stages fill them: entities, quotes, events...
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true));
    Files.createDirectories(SHOTS);
  }

  /** Every sample file, posted to the ingest endpoint as a user's script would. */
  static void ingestSamples() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Path samples = Path.of(System.getProperty("marsad.root", ".."), "samples");
    try (Stream<Path> files = Files.list(samples)) {
      for (Path f : files.sorted().toList()) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/ingest?name="
                + URLEncoder.encode(f.getFileName().toString(), StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + TOKEN.value())
            .POST(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(f + ": " + r.body()).isEqualTo(200);
        assertThat(ArticleJson.MAPPER.readTree(r.body()).get("read").asInt()).as(f.toString()).isPositive();
      }
    }
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (server != null) server.close();
    if (store != null) store.close();
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860).setLocale("ar"));
    page = context.newPage();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) problems.add("console: " + m.text());
    });
    page.onPageError(e -> problems.add("page error: " + e));
    page.onDialog(d -> {
      problems.add("a dialog opened (script from an article ran?): " + d.message());
      d.dismiss();
    });
  }

  @AfterEach
  void close() {
    if (context != null) context.close();
    assertThat(problems).as("errors in the page").isEmpty();
  }

  void go(String path) {
    page.navigate(base() + path);
    ready();
  }

  /** Waits until the page has drawn its view (the script marks the body), showing what went wrong. */
  void ready() {
    try {
      page.waitForSelector("body[data-ready]", new Page.WaitForSelectorOptions()
          .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(15_000));
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError(page.url() + " never got ready; " + problems, e);
    }
    assertThat(page.locator("body")).hasAttribute("data-ready", "true");
  }

  void shot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
  }

  @Test
  @Order(1)
  void dashboardShowsVolumeActorsAndEvents() throws Exception {
    go("/");
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    assertThat(page.locator("html")).hasAttribute("lang", "ar");
    assertThat(page.locator(".stat b").first()).hasText(String.valueOf(store.stats().articles()));
    assertThat(page.locator("#chart-sources canvas")).hasCount(1);
    assertThat(page.locator(".bars .chip").first()).containsText("سعد الدين العثماني");
    assertThat(page.locator(".events .event").first()).containsText("تصريح"); // a statement
    shot("dashboard");
  }

  @Test
  @Order(2)
  void searchHighlightsTheQueryAndFiltersByFacet() {
    go("/");
    page.locator(".big-search input").fill("الاتصالات");
    page.locator(".big-search button").click();
    page.waitForURL("**/search?q=*");
    ready();
    assertThat(page.locator("#hits .hit").first()).isVisible();
    assertThat(page.locator("#hits mark").first()).isVisible();
    int before = page.locator("#hits .hit").count();
    assertThat(page.locator(".facet[data-facet=source]")).isVisible();
    shot("search");
    // narrow to one source: every hit is then from it
    Locator le360 = page.locator(".facet[data-facet=source] a", new Page.LocatorOptions().setHasText("le360"));
    le360.click();
    page.waitForURL("**source=le360*");
    ready();
    assertThat(page.locator(".active .chip")).containsText("le360");
    assertThat(page.locator("#hits .hit .source")).not().hasCount(0);
    for (String s : page.locator("#hits .hit .source").allTextContents()) assertThat(s).isEqualTo("le360");
    assertThat(page.locator("#hits .hit").count()).isLessThanOrEqualTo(before);
  }

  @Test
  @Order(3)
  void articleShowsEntitiesQuotesAndTheStoryAndLeadsToTheEntityPage() {
    go("/search?q=" + URLEncoder.encode("منصة رقمية", StandardCharsets.UTF_8));
    page.locator("#hits .hit-title", new Page.LocatorOptions().setHasText("الحكومة تطلق منصة رقمية")).click();
    page.waitForURL("**/article/x1");
    ready();
    assertThat(page.locator("#article-title")).hasText("الحكومة تطلق منصة رقمية للخدمات الإدارية");
    Locator person = page.locator("#article-text a.ent-PERS").first();
    assertThat(person).hasText("سعد الدين العثماني");
    assertThat(page.locator("#article-text a.ent-LOC").first()).hasText("الرباط");
    assertThat(page.locator(".quote blockquote").first()).hasText("المنصة ستقرب الإدارة من المواطنين");
    assertThat(page.locator(".side")).containsText("3"); // three articles in the story
    assertThat(page.locator(".side")).containsText("إطلاق منصة رقمية للخدمات الإدارية"); // its duplicate
    assertThat(page.locator(".themes")).containsText("الحكومة الرقمية");
    shot("article");

    person.click();
    page.waitForURL("**/entity/**");
    ready();
    assertThat(page.locator("#entity-name")).hasText("سعد الدين العثماني");
    assertThat(page.locator(".badge.ent-PERS")).hasText("شخص");
    assertThat(page.locator("ul.counts").first()).containsText("العثماني");
    assertThat(page.locator("ul.counts").nth(1)).containsText("رئيس الحكومة");
    assertThat(page.locator("#chart-timeline canvas")).hasCount(1);
    assertThat(page.locator("#chart-graph canvas")).hasCount(1);
    assertThat(page.locator(".quote blockquote").first()).hasText("المنصة ستقرب الإدارة من المواطنين");
    page.waitForTimeout(300); // the graph settles
    shot("entity");
  }

  @Test
  @Order(4)
  void englishSwitchTurnsTheInterfaceLeftToRightButNotTheArticle() {
    go("/article/x1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
    page.waitForSelector("html[dir=ltr]");
    ready();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("nav a").first()).hasText("Dashboard");
    assertThat(page.locator("#article-text")).hasAttribute("dir", "rtl");
    shot("article-en");
    go("/");
    assertThat(page.locator(".card h2").first()).hasText("Articles per month by source");
    shot("dashboard-en");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
    page.waitForSelector("html[dir=rtl]");
  }

  @Test
  @Order(5)
  void articleStringsAreShownAsTextNeverRunAsMarkup() {
    go("/article/" + Fixtures.HOSTILE_ID);
    assertThat(page.locator("#article-title")).hasText(Fixtures.HOSTILE_TITLE);
    assertThat(page.locator("#article-text")).containsText("<script>alert('x')</script>");
    assertThat(page.locator("main img")).hasCount(0);
    assertThat(page.locator("main script")).hasCount(0);
    assertThat(page.locator("#article-text b")).hasCount(0);
    // a javascript: URL is never a link target
    for (String href : page.locator("main a").evaluateAll("els => els.map(e => e.getAttribute('href'))").toString().split(",")) {
      assertThat(href).doesNotContain("javascript:");
    }
    go("/search?q=" + URLEncoder.encode("الاتصالات", StandardCharsets.UTF_8));
    assertThat(page.locator("#hits img")).hasCount(0);
  }
}
