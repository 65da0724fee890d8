package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.json.ArticleJson;

/** {@code marsad analyze} prints records valid against the published JSON Schema. */
class AnalyzeSchemaTest {
  static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = ArticleJson.class.getResourceAsStream("/marsad/article.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static List<JsonNode> validLines(CliRun run) throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (line.isBlank()) continue;
      JsonNode node = ArticleJson.MAPPER.readTree(line);
      Set<ValidationMessage> errors = schema.validate(node);
      assertThat(errors).as("schema errors in %s", node.path("origin")).isEmpty();
      records.add(node);
    }
    return records;
  }

  @Test
  void seedsGiveFiveValidRecords() throws Exception {
    Path seeds = CliRun.shared().resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent (../shared not beside the checkout)");
    List<String> args = new ArrayList<>(List.of("analyze"));
    try (Stream<Path> files = Files.list(seeds)) {
      files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    List<JsonNode> records = validLines(run);
    assertThat(records).hasSize(5);
    for (JsonNode r : records) {
      assertThat(r.get("text").asText()).hasSizeGreaterThan(500);
      assertThat(r.get("language").asText()).isEqualTo("ar");
    }
  }

  @Test
  void samplesGiveValidRecordsWithStableIds() throws Exception {
    Path samples = CliRun.repo().resolve("samples");
    CliRun first = CliRun.of("analyze", samples.toString());
    assertThat(first.status()).as(first.err()).isZero();
    List<JsonNode> records = validLines(first);
    assertThat(records).hasSizeGreaterThanOrEqualTo(8);
    assertThat(records.stream().map(r -> r.get("format").asText()).distinct())
        .contains("text", "html", "rss", "warc");
    CliRun second = CliRun.of("analyze", samples.toString());
    assertThat(second.out()).isEqualTo(first.out()); // deterministic: same ids, same records
  }
}
