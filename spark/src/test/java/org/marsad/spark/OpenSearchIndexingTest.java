package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.store.SearchRequest;
import org.marsad.store.opensearch.OpenSearchStore;

/**
 * {@code --opensearch}: the job analyzes and indexes in one run. Against a live cluster only
 * ({@code MARSAD_OPENSEARCH=http://127.0.0.1:9200,http://127.0.0.1:9201}, set by {@code .ci/run}
 * after {@code bash .ci/opensearch.sh start}); the unreachable-cluster check needs none.
 */
class OpenSearchIndexingTest {
  static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  static String samples() {
    return Path.of(System.getProperty("marsad.root", "..")).resolve("samples").toString();
  }

  @Test
  void anUnreachableClusterFailsBeforeTheAnalysisInOneLine() {
    assertThatThrownBy(() -> AnalyzeJob.run(spark, new AnalyzeJob.Options(List.of(samples()),
            tmp.resolve("out").toString(), "jsonl", false, 2, "opensearch://127.0.0.1:1/articles")))
        .isInstanceOf(AnalyzeJob.UsageException.class)
        .hasMessageStartingWith("--opensearch: opensearch://127.0.0.1:1/articles: cannot reach the cluster");
  }

  @Test
  void everyRecordIsIndexedOnceAndAReRunDuplicatesNothing() throws Exception {
    String hosts = System.getenv("MARSAD_OPENSEARCH");
    assumeTrue(hosts != null && !hosts.isBlank(), "MARSAD_OPENSEARCH is not set (no OpenSearch"
        + " cluster): skipped; run 'bash .ci/opensearch.sh start' and set"
        + " MARSAD_OPENSEARCH=http://127.0.0.1:9200,http://127.0.0.1:9201");
    String spec = "opensearch://" + hosts.strip().replace("http://", "").replace("https://", "")
        .replaceAll("/+(,|$)", "$1") + "/marsad-test-spark";
    OpenSearchStore.deleteIndex(spec);
    Path out = tmp.resolve("out");
    AnalyzeJob.Options options =
        new AnalyzeJob.Options(List.of(samples()), out.toString(), "jsonl", false, 2, spec);
    AnalyzeJob.Summary first = AnalyzeJob.run(spark, options);
    AnalyzeJob.Summary again = AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(samples()), out.toString(), "jsonl", true, 3, spec));

    List<Article> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("articles"))) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) records.add(ArticleJson.read(line));
      }
    }
    long distinct = records.stream().map(Article::id).distinct().count();
    assertThat(records).hasSize((int) first.analyzed());
    assertThat(first.indexed()).isEqualTo(distinct).isGreaterThanOrEqualTo(9);
    assertThat(again.indexed()).isEqualTo(distinct);
    try (OpenSearchStore store = OpenSearchStore.open(spec, false)) {
      List<String> ids = new ArrayList<>();
      store.forEach(SearchRequest.all(), a -> ids.add(a.id()));
      assertThat(ids).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(records.stream().map(Article::id).distinct().toList());
      // an id that comes twice holds its later record (publication order: the JSONL's order)
      java.util.Map<String, Article> latest = new java.util.LinkedHashMap<>();
      for (Article a : records) latest.put(a.id(), a);
      for (Article a : latest.values()) assertThat(store.get(a.id())).as(a.id()).contains(a);
    }
  }
}
