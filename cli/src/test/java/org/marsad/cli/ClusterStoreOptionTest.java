package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code --store opensearch://...}: what works on a cluster, and one line for what does not. */
class ClusterStoreOptionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "graph|--entity|x",
    "export|--format|csv",
    "stories|story-x|",
    "sources|--store|opensearch://127.0.0.1:1/news",
  })
  void embeddedOnlyCommandsRefuseAClusterInOneLine(String command, String a, String b) {
    CliRun run = b == null || a.equals("--store")
        ? CliRun.of(command, "--store", "opensearch://127.0.0.1:1/news")
        : CliRun.of(command, "--store", "opensearch://127.0.0.1:1/news", a, b);
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("marsad: --store opensearch://127.0.0.1:1/news: 'marsad "
        + command + "' works on the embedded store only (a folder); a cluster store serves ingest,"
        + " search, stats and serve");
  }

  @Test
  void aClusterThatCannotBeReachedIsOneLine() {
    CliRun run = CliRun.of("search", "--store", "opensearch://127.0.0.1:1/news", "الحكومة");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("marsad: opensearch://127.0.0.1:1/news: cannot reach the"
        + " cluster: cannot connect (is the cluster running? 'bash .ci/opensearch.sh start' starts a local one)");
  }

  @Test
  void aBadSpecOrUnknownSchemeIsOneLine() {
    CliRun bad = CliRun.of("stats", "--store", "opensearch://127.0.0.1:9200/News");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err().strip()).startsWith("marsad: --store opensearch://127.0.0.1:9200/News: the index name");
    CliRun unknown = CliRun.of("stats", "--store", "solr://h:8983/x");
    assertThat(unknown.err().strip()).isEqualTo(
        "marsad: solr://h:8983/x: no store backend for 'solr://' (known: opensearch, opensearchs and folders)");
  }
}
