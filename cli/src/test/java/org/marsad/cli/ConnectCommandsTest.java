package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.service.Connector;
import org.marsad.store.LuceneStore;

class ConnectCommandsTest {
  @TempDir Path dir;

  // "Saad Eddine El Othmani received the Spanish ambassador in Rabat. The government then met."
  static final String TEXT = "استقبل سعد الدين العثماني سفير إسبانيا في الرباط. ثم اجتمعت الحكومة.";
  static final List<EntityMention> MENTIONS = List.of(
      new EntityMention("سعد الدين العثماني", "PERS", 7, 25, "pers:سعد_الدين_العثماني", null),
      new EntityMention("إسبانيا", "LOC", 31, 38, null, null),
      new EntityMention("الرباط", "LOC", 42, 48, "loc:الرباط", null),
      new EntityMention("الحكومة", "ORG", 60, 67, null, null));

  @BeforeEach
  void store() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir.resolve("store"))) {
      Connector c = new Connector(store);
      c.put(Article.builder("g1").source("hespress").published("2018-04-03").title("العثماني يستقبل سفير إسبانيا")
          .text(TEXT).entities(MENTIONS).contentHash("1").build());
      c.put(Article.builder("g2").source("le360").published("2018-04-03").title("لقاء العثماني وسفير إسبانيا")
          .text(TEXT).entities(MENTIONS).contentHash("1").build());
    }
  }

  @Test
  void graphListsNeighboursWithWeightsAndEvidence() {
    CliRun r = CliRun.of("graph", "--store", dir.resolve("store").toString(), "--entity", "سعد الدين العثماني");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("pers:سعد_الدين_العثماني", "loc:إسبانيا", "in 2 articles")
        .containsPattern("\\s+6\\s+2\\s+2\\s+0\\s+إسبانيا");
  }

  @Test
  void exportedGraphMlIsValidAgainstTheGraphMlSchema() throws Exception {
    Path file = dir.resolve("actors.graphml");
    CliRun r = CliRun.of("export", "--store", dir.resolve("store").toString(), "--format", "graphml",
        "--out", file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/graphml.xsd"));
    schema.newValidator().validate(new StreamSource(file.toFile()));
    String xml = Files.readString(file);
    assertThat(xml).contains("pers:سعد_الدين_العثماني").containsPattern("<edge id=\"e\\d+\"");
  }

  @Test
  void csvAndJsonlExportsWriteGraphAndArticles() throws Exception {
    Path csv = dir.resolve("csv"), jsonl = dir.resolve("jsonl");
    assertThat(CliRun.of("export", "--store", dir.resolve("store").toString(), "--format", "csv",
        "--out", csv.toString()).status()).isZero();
    assertThat(CliRun.of("export", "--store", dir.resolve("store").toString(), "--format", "jsonl",
        "--out", jsonl.toString()).status()).isZero();
    assertThat(Files.readAllLines(csv.resolve("nodes.csv"))).hasSize(5);
    assertThat(Files.readAllLines(csv.resolve("edges.csv"))).hasSize(7); // 4 actors: 6 pairs
    assertThat(Files.readString(csv.resolve("articles.csv"))).contains("g2,le360").contains(",g1,story-g1,");
    assertThat(Files.readAllLines(jsonl.resolve("articles.jsonl"))).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("\"duplicate_of\":\"g1\""));
  }

  @Test
  void searchFoldsCopiesAndStoriesListsThem() {
    CliRun r = CliRun.of("search", "--store", dir.resolve("store").toString(), "العثماني");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 articles match").contains("+ 1 more in this story").contains("(copy)");
    CliRun s = CliRun.of("stories", "--store", dir.resolve("store").toString());
    assertThat(s.out()).contains("story-g1  2 articles (1 copies)");
  }
}
