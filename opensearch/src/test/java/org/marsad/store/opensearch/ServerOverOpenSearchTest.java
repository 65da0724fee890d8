package org.marsad.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.server.MarsadServer;
import org.marsad.store.LuceneStore;

/** The REST API and the web page served over a cluster store answer as over the embedded store. */
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerOverOpenSearchTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private LuceneStore lucene;
  private OpenSearchStore cluster;
  private MarsadServer overLucene, overCluster;

  @BeforeAll
  void start() throws Exception {
    String spec = Cluster.freshIndex("server");
    try (OpenSearchStore writer = OpenSearchStore.open(spec, true)) {
      for (Article a : Samples.records()) writer.write(a, o -> {});
    }
    cluster = OpenSearchStore.open(spec, false);
    lucene = LuceneStore.openReadOnly(Samples.embedded());
    overLucene = MarsadServer.start(lucene, "127.0.0.1", 0);
    overCluster = MarsadServer.start(cluster, "127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    if (overLucene != null) overLucene.close();
    if (overCluster != null) overCluster.close();
    if (lucene != null) lucene.close();
    if (cluster != null) cluster.close();
  }

  private HttpResponse<String> get(MarsadServer server, String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "q=%s", "q=%s&sort=newest", "q=%s&limit=5&offset=2", "q=&source=alarabia&limit=20",
    "q=%s&entity=Morocco", "q=&from=2018-02-01&to=2018-03-31&limit=30", "q=&event_type=any&limit=30"
  })
  void searchApiAnswersTheSame(String params) throws Exception {
    for (String word : List.of("الحكومات", "المغرب", "مهرجانات")) {
      String path = "/api/search?" + params.replace("%s", URLEncoder.encode(word, StandardCharsets.UTF_8));
      HttpResponse<String> a = get(overLucene, path), b = get(overCluster, path);
      assertThat(b.statusCode()).as(path).isEqualTo(200).isEqualTo(a.statusCode());
      JsonNode expected = json.readTree(a.body()), actual = json.readTree(b.body());
      assertThat(actual.get("total")).as("total of " + path).isEqualTo(expected.get("total"));
      assertThat(ids(actual)).as("ids of " + path).isEqualTo(ids(expected));
      assertThat(actual.get("facets")).as("facets of " + path).isEqualTo(expected.get("facets"));
    }
  }

  @Test
  void servesThePageArticlesAndStats() throws Exception {
    HttpResponse<String> page = get(overCluster, "/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
    assertThat(page.body()).isEqualTo(get(overLucene, "/").body());
    String id = Samples.records().get(0).id();
    HttpResponse<String> article = get(overCluster, "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(json.readTree(article.body())).isEqualTo(json.readTree(
        get(overLucene, "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).body()));
    assertThat(get(overCluster, "/api/articles/no-such-id").statusCode()).isEqualTo(404);
    JsonNode stats = json.readTree(get(overCluster, "/api/stats").body());
    assertThat(stats.get("articles").asLong()).isEqualTo(Samples.records().size());
    assertThat(get(overCluster, "/api/dashboard").statusCode()).isEqualTo(200);
    // a cluster served read-only takes no upload
    HttpResponse<String> upload = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + overCluster.port() + "/api/ingest"))
        .POST(HttpRequest.BodyPublishers.ofString("نص")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(upload.statusCode()).isEqualTo(403);
  }

  private static List<String> ids(JsonNode result) {
    List<String> out = new ArrayList<>();
    for (JsonNode hit : result.get("hits")) out.add(hit.get("id").asText());
    return out;
  }
}
