package org.marsad.opensearch.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.opensearch.plugin.AnalysisTexts.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.MarsadAnalyzer;

/**
 * The installed plugin on a running cluster ({@code MARSAD_OPENSEARCH}, e.g. {@code
 * http://127.0.0.1:9200,http://127.0.0.1:9201} from {@code .ci/opensearch.sh start}): every node's
 * {@code _analyze} gives, token for token, what {@link MarsadAnalyzer} gives in this JVM, and an
 * index mapped with {@code marsad} finds الحكومة (the government) when one searches الحكومات (the
 * governments), as the embedded store does.
 */
class ClusterAnalysisTest {
  static final String ENV = "MARSAD_OPENSEARCH";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static List<String> nodes;

  @BeforeAll
  static void cluster() {
    String env = System.getenv(ENV);
    Assumptions.assumeTrue(
        env != null && !env.isBlank(),
        ENV + " not set: cluster tests skipped (start one with .ci/opensearch.sh start, then"
            + " export " + ENV + "=http://127.0.0.1:9200,http://127.0.0.1:9201)");
    nodes = Arrays.stream(env.split(",")).map(String::strip).map(u -> u.replaceAll("/+$", "")).toList();
  }

  @Test
  void everyNodeAnalyzesAsMarsadAnalyzer() throws Exception {
    List<String> texts = new ArrayList<>(AnalysisTexts.HANDWRITTEN);
    texts.addAll(AnalysisTexts.seedSentences());
    texts.addAll(AnalysisTexts.antSentences(300));
    Map<String, Analyzer> analyzers =
        Map.of("marsad", new MarsadAnalyzer(), "marsad_exact", new MarsadAnalyzer(false));
    int compared = 0;
    for (String node : nodes) {
      for (var analyzer : analyzers.entrySet()) {
        for (String text : texts) {
          ObjectNode body = JSON.createObjectNode().put("analyzer", analyzer.getKey()).put("text", text);
          List<AnalysisTexts.Tok> remote = new ArrayList<>();
          for (JsonNode t : call(node, "POST", "/_analyze", body).path("tokens")) {
            remote.add(
                new AnalysisTexts.Tok(
                    t.path("token").asText(),
                    t.path("start_offset").asInt(),
                    t.path("end_offset").asInt(),
                    t.path("type").asText(),
                    t.path("position").asInt()));
          }
          assertThat(remote)
              .as("%s %s on %s", node, analyzer.getKey(), text)
              .isEqualTo(tokens(analyzer.getValue(), text));
          compared += remote.size();
        }
      }
    }
    System.out.printf(
        "ClusterAnalysisTest: %d texts, %d tokens compared on %s%n", texts.size(), compared, nodes);
    assertThat(compared).isGreaterThan(100 * nodes.size());
  }

  @Test
  void anIndexMappedWithMarsadSearchesAsTheEmbeddedStore() throws Exception {
    String node = nodes.get(0);
    String index = "/marsad-plugin-test-" + Long.toHexString(System.nanoTime());
    JsonNode mapping =
        JSON.readTree(
            """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 1,
              "analysis": {"normalizer": {"marsad_key": {"type": "custom", "filter": ["lowercase", "marsad_key"]}}}},
             "mappings": {"properties": {
               "text": {"type": "text", "analyzer": "marsad"},
               "name": {"type": "text", "analyzer": "marsad_exact"},
               "source": {"type": "keyword", "normalizer": "marsad_key"}}}}
            """);
    call(node, "PUT", index, mapping);
    try {
      put(node, index, "1", "أعلنت الحكومة عن برنامج جديد للاتصالات", "الحكومة", "هسبريس");
      put(node, index, "2", "ارتفعت أسعار النفط في الأسواق العالمية", "النفط", "الأيام");
      call(node, "POST", index + "/_refresh", null);
      // the governments finds the government: stems meet, as in the embedded store
      assertThat(ids(node, index, "match", "text", "الحكومات")).containsExactly("1");
      assertThat(ids(node, index, "match", "text", "وبالحكومات")).containsExactly("1");
      // the exact field keeps forms apart
      assertThat(ids(node, index, "match", "name", "الحكومات")).isEmpty();
      assertThat(ids(node, index, "match", "name", "الحكومه")).containsExactly("1");
      // the keyword field with the marsad_key normalizer: teh marbuta and hamza folded
      assertThat(ids(node, index, "term", "source", "الايام")).containsExactly("2");
      // the other node answers the same
      assertThat(ids(nodes.get(nodes.size() - 1), index, "match", "text", "النفطية الأسعار"))
          .containsExactly("2");
    } finally {
      call(node, "DELETE", index, null);
    }
  }

  private static void put(String node, String index, String id, String text, String name, String source)
      throws Exception {
    ObjectNode doc = JSON.createObjectNode().put("text", text).put("name", name).put("source", source);
    call(node, "PUT", index + "/_doc/" + id, doc);
  }

  private static List<String> ids(String node, String index, String query, String field, String value)
      throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("query").putObject(query).put(field, value);
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : call(node, "POST", index + "/_search", body).path("hits").path("hits")) {
      ids.add(hit.path("_id").asText());
    }
    return ids;
  }

  private static JsonNode call(String node, String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(node + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException(method + " " + node + path + ": " + e, e);
    }
    if (response.statusCode() >= 300) {
      throw new IOException(
          method + " " + node + path + ": HTTP " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
