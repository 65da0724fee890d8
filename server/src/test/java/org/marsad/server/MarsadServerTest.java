package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    store = LuceneStore.open(dir);
    store.put(Article.builder("x1").source("hespress").published("2021-02-22")
        .title("الحكومة تطلق منصة رقمية").text("أطلقت الحكومة منصة رقمية للخدمات الإدارية.")
        .contentHash("h1").build());
    store.put(Article.builder("x2").source("le360").published("2021-03-01")
        .title("شبكات الاتصال").text("توسعت شبكات الاتصال في القرى.").contentHash("h2").build());
    store.commit();
    server = MarsadServer.start(store, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void searchReturnsHitsWithSnippetsAndFacets() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode("الحكومات", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
    JsonNode body = ArticleJson.MAPPER.readTree(r.body());
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("x1");
    assertThat(body.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    assertThat(body.get("facets").get("source").get("hespress").asInt()).isEqualTo(1);
  }

  @Test
  void articleByIdAndErrorsAsJson() throws Exception {
    JsonNode article = ArticleJson.MAPPER.readTree(get("/api/articles/x2").body());
    assertThat(article.get("title").asText()).isEqualTo("شبكات الاتصال");

    HttpResponse<String> missing = get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(ArticleJson.MAPPER.readTree(missing.body()).get("message").asText()).contains("nope");

    HttpResponse<String> bad = get("/api/search?q=x&from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ArticleJson.MAPPER.readTree(bad.body()).get("message").asText()).contains("from");
  }

  @Test
  void statsCountArticles() throws Exception {
    JsonNode stats = ArticleJson.MAPPER.readTree(get("/api/stats").body());
    assertThat(stats.get("articles").asLong()).isEqualTo(2);
  }
}
