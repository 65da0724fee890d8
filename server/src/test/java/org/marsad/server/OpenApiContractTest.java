package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.ArticleJson;
import org.marsad.store.LuceneStore;

/**
 * The OpenAPI document at {@code /openapi.json} against the real server: every documented
 * operation is called, and every response (successes and errors) is validated against the schema
 * the document gives for its status. A route or field added without documenting it fails here.
 */
class OpenApiContractTest {
  @TempDir static Path dir;
  static LuceneStore store;
  static MarsadServer server;
  static JsonNode openapi;
  static final WriteToken TOKEN = new WriteToken("contract-token", "test", false);
  static final HttpClient HTTP = HttpClient.newHttpClient();
  /** "METHOD template status" of every call made, to check the document's coverage. */
  static final Set<String> exercised = new TreeSet<>();

  @BeforeAll
  static void start() throws Exception {
    store = LuceneStore.open(dir.resolve("store"));
    Fixtures.load(store);
    server = MarsadServer.start(store, MarsadServer.Options.local(0).withToken(TOKEN).withMaxBodyBytes(50_000));
    HttpResponse<String> r = send("GET", "/openapi.json", null, null);
    assertThat(r.statusCode()).isEqualTo(200);
    openapi = ArticleJson.MAPPER.readTree(r.body());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  static HttpResponse<String> send(String method, String path, byte[] body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Calls the server and validates the answer against the document's schema for its status. */
  static void check(String method, String template, String path, int expectedStatus) throws Exception {
    check(method, template, path, expectedStatus, null, null);
  }

  static void check(String method, String template, String path, int expectedStatus, byte[] body, String token)
      throws Exception {
    HttpResponse<String> r = send(method, path, body, token);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expectedStatus);
    assertThat(r.headers().firstValue("content-type").orElse("")).as(path).contains("application/json");
    JsonNode op = openapi.path("paths").path(template).path(method.toLowerCase());
    assertThat(op.isMissingNode()).as(method + " " + template + " is not documented").isFalse();
    JsonNode schema = op.path("responses").path(String.valueOf(r.statusCode()))
        .path("content").path("application/json").path("schema");
    assertThat(schema.isMissingNode()).as(method + " " + template + " " + r.statusCode() + " is not documented").isFalse();
    Set<ValidationMessage> errors = validator(schema).validate(ArticleJson.MAPPER.readTree(r.body()));
    assertThat(errors).as(method + " " + path + " (" + r.statusCode() + ") against the document").isEmpty();
    exercised.add(method + " " + template + " " + r.statusCode());
  }

  /** One response schema with the document's components as {@code $defs}. */
  static JsonSchema validator(JsonNode schema) throws Exception {
    String components = openapi.path("components").path("schemas").toString();
    ObjectNode root = (ObjectNode) ArticleJson.MAPPER.readTree(schema.toString().replace("#/components/schemas/", "#/$defs/"));
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("$defs", ArticleJson.MAPPER.readTree(components.replace("#/components/schemas/", "#/$defs/")));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }

  @Test
  void everyOperationAnswersAsDocumented() throws Exception {
    check("GET", "/api/search", "/api/search?q=" + enc("منصة"), 200);
    check("GET", "/api/search", "/api/search?entity=" + enc(Fixtures.PM) + "&sort=newest&limit=2&offset=1", 200);
    check("GET", "/api/search", "/api/search?theme=e-government&event_type=any&story=story-1&from=2023-01-01&to=2023-12-31&source=hespress&topic=economy&language=ar", 200);
    check("GET", "/api/search", "/api/search?from=tomorrow", 400);
    check("GET", "/api/search", "/api/search?fold=story&q=" + enc("منصة"), 200);
    check("GET", "/api/search", "/api/search?fold=sideways", 400);
    check("GET", "/api/articles/{id}", "/api/articles/x1", 200);
    check("GET", "/api/articles/{id}", "/api/articles/" + Fixtures.HOSTILE_ID, 200);
    check("GET", "/api/articles/{id}", "/api/articles/missing", 404);
    check("GET", "/api/articles/{id}/related", "/api/articles/x1/related", 200);
    check("GET", "/api/articles/{id}/related", "/api/articles/x3/related", 200);
    check("GET", "/api/articles/{id}/related", "/api/articles/missing/related", 404);
    check("GET", "/api/entities", "/api/entities?q=" + enc("العثماني"), 200);
    check("GET", "/api/entities", "/api/entities", 200);
    check("GET", "/api/entities", "/api/entities?limit=0", 400);
    check("GET", "/api/entities/{id}", "/api/entities/" + enc(Fixtures.PM), 200);
    check("GET", "/api/entities/{id}", "/api/entities/" + enc("pers:nobody"), 404);
    check("GET", "/api/stories", "/api/stories", 200);
    check("GET", "/api/stories", "/api/stories?limit=x", 400);
    check("GET", "/api/stories/{id}", "/api/stories/story-1", 200);
    check("GET", "/api/stories/{id}", "/api/stories/none", 404);
    check("GET", "/api/stories/{id}", "/api/stories/story-1?limit=-1", 400);
    check("GET", "/api/events", "/api/events?limit=5", 200);
    check("GET", "/api/events", "/api/events?type=launch", 200);
    check("GET", "/api/events", "/api/events?limit=99999", 400);
    check("GET", "/api/stats", "/api/stats", 200);
    check("GET", "/api/dashboard", "/api/dashboard", 200);

    byte[] page = "<html><head><title>عنوان تجريبي</title></head><body><article><h1>عنوان تجريبي</h1><p>"
        .concat("نص المقال التجريبي عن الاتصالات والاستثمار في المغرب. ".repeat(8)).concat("</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    check("POST", "/api/ingest", "/api/ingest?name=page.html", 401, page, null);
    check("POST", "/api/ingest", "/api/ingest?name=page.html", 401, page, "wrong");
    check("POST", "/api/ingest", "/api/ingest?name=page.html", 200, page, TOKEN.value());
    check("POST", "/api/ingest", "/api/ingest", 400, new byte[0], TOKEN.value());
    check("POST", "/api/ingest", "/api/ingest", 413, new byte[60_000], TOKEN.value());
    try (MarsadServer readOnly = MarsadServer.start(store, "127.0.0.1", 0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/ingest"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(page)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(validator(openapi.at("/paths/~1api~1ingest/post/responses/403/content/application~1json/schema"))
          .validate(ArticleJson.MAPPER.readTree(r.body()))).isEmpty();
    }
  }

  @Test
  void everyDocumentedOperationIsServedAndEveryServedPathDocumented() throws Exception {
    everyOperationAnswersAsDocumented(); // fills 'exercised' whatever the test order
    List<String> missing = new ArrayList<>();
    openapi.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      String op = m.getKey().toUpperCase() + " " + p.getKey();
      assertThat(m.getValue().path("operationId").asText()).as(op + " operationId").isNotBlank();
      m.getValue().path("responses").fieldNames().forEachRemaining(status -> {
        if (status.startsWith("2") && !exercised.contains(op + " " + status)) missing.add(op + " " + status);
      });
    }));
    assertThat(missing).as("documented successes never exercised").isEmpty();
    // the server's own API routes, read from its source of truth: each must be in the document
    try (InputStream in = MarsadServer.class.getResourceAsStream("/org/marsad/server/openapi.json")) {
      assertThat(ArticleJson.MAPPER.readTree(in)).isEqualTo(openapi);
    }
    String source = java.nio.file.Files.readString(Path.of("src/main/java/org/marsad/server/MarsadServer.java"));
    var routes = java.util.regex.Pattern.compile("config\\.routes\\.(get|post)\\(\\s*\"(/api/[^\"]+)\"").matcher(source);
    int n = 0;
    while (routes.find()) {
      n++;
      assertThat(openapi.path("paths").path(routes.group(2)).path(routes.group(1)).isMissingNode())
          .as(routes.group(1).toUpperCase() + " " + routes.group(2) + " is served but not documented").isFalse();
    }
    assertThat(n).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theArticleMatchesTheRecordSchemaToo() throws Exception {
    JsonSchema record;
    try (InputStream in = org.marsad.model.Article.class.getResourceAsStream("/marsad/article.schema.json")) {
      record = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    for (String id : List.of("x1", "x2", "x3", Fixtures.HOSTILE_ID)) {
      JsonNode article = ArticleJson.MAPPER.readTree(send("GET", "/api/articles/" + id, null, null).body());
      assertThat(record.validate(article)).as(id).isEmpty();
    }
  }
}
