package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.store.LuceneStore;

/** A real server on a free loopback port, called over HTTP. */
class MarsadServerTest {
  @TempDir Path dir;
  LuceneStore store;
  MarsadServer server;
  final WriteToken token = new WriteToken("s3cret-token", "test", false);
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    store = LuceneStore.open(dir);
    store.put(Article.builder("plain-1").source("hespress").published("2023-10-05")
        .title("الحكومات والمنصات").text("أطلقت الحكومة منصة رقمية للخدمات الإدارية.")
        .contentHash("h1").build());
    Fixtures.load(store);
    server = MarsadServer.start(store, MarsadServer.Options.local(0).withToken(token).withMaxBodyBytes(100_000));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(r.body());
  }

  HttpResponse<String> post(String pathAndQuery, byte[] body, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (auth != null) b.header("Authorization", auth);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void searchReturnsHitsWithSnippetsAndFacets() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + enc("الحكومات"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
    JsonNode body = ArticleJson.MAPPER.readTree(r.body());
    assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(body.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    assertThat(body.get("facets").get("source").get("hespress").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void foldedSearchGivesOneHitPerStoryWithItsOtherArticlesUnderIt() throws Exception {
    String q = "/api/search?q=" + enc("منصة رقمية");
    JsonNode plain = json(q);
    assertThat(ids(plain)).contains("x1", "x3"); // plain: the copy too
    JsonNode folded = json(q + "&fold=story");
    assertThat(folded.get("total").asInt()).isEqualTo(plain.get("total").asInt()); // articles matching
    assertThat(folded.get("hits")).hasSize(plain.get("hits").size() - 1); // x1 and x3: one story
    JsonNode hit = null;
    for (JsonNode h : folded.get("hits")) if ("story-1".equals(h.path("story").asText())) hit = h;
    assertThat(hit).isNotNull();
    assertThat(hit.get("matching").asInt()).isEqualTo(2);
    assertThat(hit.get("snippet").asText()).contains("<mark>");
    JsonNode under = hit.get("folded");
    assertThat(under).hasSize(1);
    String best = hit.get("id").asText(), other = under.get(0).get("id").asText();
    assertThat(java.util.List.of(best, other)).containsExactlyInAnyOrder("x1", "x3");
    if (other.equals("x3")) assertThat(under.get(0).get("duplicate_of").asText()).isEqualTo("x1");
    assertThat(json("/api/search?fold=none&q=" + enc("منصة رقمية")).get("hits")).hasSize(plain.get("hits").size());
    HttpResponse<String> bad = get(q + "&fold=source");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("fold must be 'story' or 'none'");
  }

  @Test
  void searchFiltersByEntityThemeEventTypeStoryAndSorts() throws Exception {
    assertThat(ids(json("/api/search?entity=" + enc(Fixtures.PM) + "&sort=oldest"))).containsExactly("x1", "x3", "x2");
    assertThat(ids(json("/api/search?entity=" + enc("العثماني") + "&sort=newest"))).containsExactly("x2", "x1");
    assertThat(ids(json("/api/search?theme=" + enc("الحكومة الرقمية")))).containsExactly("x1");
    assertThat(ids(json("/api/search?theme=e-government"))).containsExactly("x1");
    assertThat(ids(json("/api/search?event_type=statement"))).containsExactly("x2");
    assertThat(ids(json("/api/search?event_type=any&sort=oldest"))).containsExactly("x1", "x2");
    assertThat(ids(json("/api/search?story=story-1&source=hespress"))).containsExactly("x1");
    assertThat(ids(json("/api/search?topic=economy&from=2023-10-01&to=2023-10-31"))).containsExactly("x1");
    JsonNode facets = json("/api/search?story=story-1").get("facets");
    assertThat(facets.get("entity").get(Fixtures.PM).asInt()).isEqualTo(3);
    assertThat(facets.get("theme").get("الحكومة الرقمية").asInt()).isEqualTo(1);
    assertThat(facets.get("event").get("launch").asInt()).isEqualTo(1);
    assertThat(facets.get("story").get("story-1").asInt()).isEqualTo(3);
    JsonNode page2 = json("/api/search?sort=oldest&offset=1&limit=2");
    assertThat(page2.get("total").asInt()).isEqualTo(5);
    assertThat(ids(page2)).containsExactly("plain-1", "x1");
  }

  @Test
  void articleByIdRelatedAndErrorsAsJson() throws Exception {
    JsonNode article = json("/api/articles/x2");
    assertThat(article.get("title").asText()).isEqualTo("شبكات الاتصال تصل إلى القرى");
    assertThat(article.get("entities").get(0).get("canonical").asText()).isEqualTo(Fixtures.PM);

    JsonNode related = json("/api/articles/x1/related");
    assertThat(related.get("duplicates").get(0).get("id").asText()).isEqualTo("x3");
    assertThat(related.get("story").get("articles").asInt()).isEqualTo(3);
    assertThat(json("/api/articles/x3/related").get("duplicate_of").get("id").asText()).isEqualTo("x1");

    HttpResponse<String> missing = get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(ArticleJson.MAPPER.readTree(missing.body()).get("message").asText()).contains("nope");

    HttpResponse<String> bad = get("/api/search?q=x&from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ArticleJson.MAPPER.readTree(bad.body()).get("message").asText()).contains("from");
    assertThat(get("/api/search?sort=sideways").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?limit=5000").statusCode()).isEqualTo(400);
    HttpResponse<String> noPath = get("/api/nothing");
    assertThat(noPath.statusCode()).isEqualTo(404);
    assertThat(ArticleJson.MAPPER.readTree(noPath.body()).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void entitiesByAnySpellingWithProfile() throws Exception {
    JsonNode found = json("/api/entities?q=" + enc("العثماني"));
    assertThat(found.get("entities").get(0).get("id").asText()).isEqualTo(Fixtures.PM);
    assertThat(found.get("entities").get(0).get("type").asText()).isEqualTo("PERS");
    // part of a name finds it too; with no spelling, the most mentioned come first
    assertThat(json("/api/entities?q=" + enc("سعد")).get("entities").get(0).get("id").asText()).isEqualTo(Fixtures.PM);
    assertThat(json("/api/entities").get("entities").get(0).get("id").asText()).isEqualTo(Fixtures.PM);

    JsonNode pm = json("/api/entities/" + enc(Fixtures.PM));
    assertThat(pm.get("name").asText()).isEqualTo("سعد الدين العثماني");
    assertThat(pm.get("articles").asInt()).isEqualTo(3);
    assertThat(pm.get("aliases").toString()).contains("العثماني", "سعد الدين العثماني");
    assertThat(pm.get("roles").get(0).get("value").asText()).isEqualTo("رئيس الحكومة");
    assertThat(pm.get("timeline").toString()).isEqualTo("{\"2023-10\":3}");
    assertThat(pm.get("neighbours").get(0).get("id").asText()).isIn(Fixtures.RABAT, Fixtures.MINISTRY);
    assertThat(pm.get("quotes").get(0).get("text").asText()).isEqualTo("المنصة ستقرب الإدارة من المواطنين");
    assertThat(pm.get("recent").get(0).get("id").asText()).isEqualTo("x2");
    assertThat(get("/api/entities/" + enc("pers:nobody")).statusCode()).isEqualTo(404);
  }

  @Test
  void storiesEventsDashboardAndStats() throws Exception {
    JsonNode stories = json("/api/stories").get("stories");
    assertThat(stories.get(0).get("id").asText()).isEqualTo("story-1");
    assertThat(stories.get(0).get("first").asText()).isEqualTo("2023-10-09");
    assertThat(ids(json("/api/stories/story-1"))).containsExactly("x1", "x3", "x2");
    JsonNode events = json("/api/events").get("events");
    assertThat(events.get(0).get("event").get("type").asText()).isEqualTo("statement");
    assertThat(events.get(1).get("article_id").asText()).isEqualTo("x1");
    assertThat(json("/api/events?type=launch").get("events")).hasSize(1);

    JsonNode d = json("/api/dashboard");
    assertThat(d.get("articles").asInt()).isEqualTo(5);
    assertThat(d.get("newest").asText()).isEqualTo("2023-10-12");
    assertThat(d.get("week_from").asText()).isEqualTo("2023-10-06");
    assertThat(d.get("by_source").get("months").toString()).contains("2023-09", "2023-10");
    assertThat(d.get("by_source").get("series").get("hespress").toString()).isEqualTo("[0,2]");
    assertThat(d.get("top_actors").get(0).get("id").asText()).isEqualTo(Fixtures.PM);
    assertThat(d.get("latest_events").size()).isEqualTo(2);
    assertThat(json("/api/stats").get("articles").asLong()).isEqualTo(5);
  }

  @Test
  void ingestNeedsTheTokenAndLimitsTheBody() throws Exception {
    byte[] page = Files.readAllBytes(Path.of(System.getProperty("marsad.root", ".."), "samples", "004_tunisia_5g.txt"));
    HttpResponse<String> anonymous = post("/api/ingest", page, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(ArticleJson.MAPPER.readTree(anonymous.body()).get("message").asText()).contains("token");
    assertThat(post("/api/ingest", page, "Bearer wrong").statusCode()).isEqualTo(401);

    HttpResponse<String> ok = post("/api/ingest?name=tunisia.txt", page, "Bearer " + token.value());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonNode summary = ArticleJson.MAPPER.readTree(ok.body());
    assertThat(summary.get("stored").asInt()).isEqualTo(1);
    String id = summary.get("ids").get(0).asText();
    assertThat(json("/api/articles/" + enc(id)).get("text").asText()).contains("الجيل الخامس");

    HttpResponse<String> big = post("/api/ingest", new byte[200_000], "Bearer " + token.value());
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(ArticleJson.MAPPER.readTree(big.body()).get("status").asInt()).isEqualTo(413);
    // the refusal reaches a client still sending a large body (read and dropped, not reset: without
    // that, this loop failed with "header parser received no bytes" on the loaded machine)
    for (int i = 0; i < 20; i++) {
      byte[] large = new byte[i % 2 == 0 ? 200_000 : 1_500_000];
      assertThat(post("/api/ingest", large, "Bearer " + token.value()).statusCode()).isEqualTo(413);
    }
    assertThat(post("/api/ingest", new byte[0], "Bearer " + token.value()).statusCode()).isEqualTo(400);
  }

  @Test
  void writesAreRefusedWithoutAToken() throws Exception {
    try (MarsadServer readOnly = MarsadServer.start(store, "127.0.0.1", 0)) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/ingest"))
          .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
    }
  }

  @Test
  void everyResponseForbidsForeignScriptsAndSniffing() throws Exception {
    for (String path : List.of("/", "/api/stats", "/assets/app.js", "/api/articles/nope")) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("content-security-policy")).as(path).hasValueSatisfying(v ->
          assertThat(v).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe"));
      assertThat(r.headers().firstValue("x-content-type-options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void answersOnlyLoopbackHostNames() throws Exception {
    assertThat(MarsadServer.loopbackHost("127.0.0.1:8080")).isTrue();
    assertThat(MarsadServer.loopbackHost("localhost:8080")).isTrue();
    assertThat(MarsadServer.loopbackHost("[::1]:8080")).isTrue();
    assertThat(MarsadServer.loopbackHost("evil.example:8080")).isFalse();
    assertThat(MarsadServer.loopbackHost("127.0.0.1.evil.example")).isFalse(); // a name, not an address
    // a page on another name that resolves here (DNS rebinding) gets no data
    try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("GET /api/stats HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 421").doesNotContain("\"articles\"");
    }
  }

  @Test
  void servesThePageAndTheChartLibraryFromTheJar() throws Exception {
    for (String page : List.of("/", "/search?q=x", "/article/x1", "/entity/" + enc(Fixtures.PM))) {
      HttpResponse<String> r = get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("/assets/app.js");
    }
    HttpResponse<String> js = get("/assets/vendor/echarts.min.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("javascript"));
    assertThat(js.body().length()).isGreaterThan(100_000);
    assertThat(get("/openapi.json").body()).contains("\"openapi\"");
  }
}
