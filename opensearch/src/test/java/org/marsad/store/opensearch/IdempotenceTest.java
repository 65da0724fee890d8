package org.marsad.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.IngestService;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/** The ingest into a cluster: the same input twice leaves each article once, and says so. */
@Order(2)
class IdempotenceTest {

  @Test
  void ingestingTheSameInputTwiceStoresEachArticleOnce() throws Exception {
    String spec = Cluster.freshIndex("idempotence");
    List<String> inputs = Samples.inputs().subList(0, 1); // the samples folder: 11 pages, quick
    IngestService ingest = new IngestService(Pipeline.standard());
    IngestService.Summary first, second;
    try (OpenSearchStore store = OpenSearchStore.open(spec, true)) {
      first = ingest.ingest(inputs, store, new IngestService.Listener() {});
    }
    try (OpenSearchStore store = OpenSearchStore.open(spec, true)) {
      second = ingest.ingest(inputs, store, new IngestService.Listener() {});
    }
    System.out.println("idempotence: first " + first.line() + "\nidempotence: second " + second.line());
    assertThat(first.read()).isGreaterThanOrEqualTo(10);
    assertThat(first.stored()).isEqualTo(first.read() - first.updated());
    assertThat(second.read()).isEqualTo(first.read());
    assertThat(second.stored()).isZero();
    // an id that comes twice in the input with other content is replaced each time (2 per such id)
    assertThat(second.updated()).isLessThanOrEqualTo(2 * first.updated());
    assertThat(second.unchanged()).isEqualTo(second.read() - second.updated()).isGreaterThan(first.read() / 2);
    try (OpenSearchStore store = OpenSearchStore.open(spec, false)) {
      assertThat(store.stats().articles()).isEqualTo(first.stored());
      List<String> ids = new java.util.ArrayList<>();
      store.forEach(SearchRequest.all(), a -> ids.add(a.id()));
      assertThat(ids).hasSize((int) first.stored()).doesNotHaveDuplicates();
    }
  }

  @Test
  void putTellsStoredUpdatedUnchanged() throws Exception {
    String spec = Cluster.freshIndex("outcomes");
    Article a = Article.builder("p1").source("hespress").published("2021-02-22").title("الحكومة تطلق برنامجا")
        .text("أعلنت الحكومة اليوم عن برنامج جديد.").language("ar").contentHash("h1").build();
    try (OpenSearchStore store = OpenSearchStore.open(spec, true)) {
      assertThat(store.put(a)).isEqualTo(ArticleStore.PutOutcome.STORED);
      assertThat(store.put(a)).isEqualTo(ArticleStore.PutOutcome.UNCHANGED);
      Article changed = a.toBuilder().text(a.text() + " وأضاف الوزير.").contentHash("h2").build();
      assertThat(store.put(changed)).isEqualTo(ArticleStore.PutOutcome.UPDATED);
      store.commit();
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.get("p1")).contains(changed);
      assertThat(store.search(SearchRequest.of("الحكومات")).hits()).extracting(h -> h.id()).containsExactly("p1");
    }
  }

  @Test
  void aMissingIndexOrClusterIsOneClearLine() throws Exception {
    String hosts = Cluster.hosts();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OpenSearchStore.open("opensearch://" + hosts + "/marsad-test-no-such-index", false))
        .isInstanceOf(org.marsad.store.StoreException.class)
        .hasMessageContaining("marsad-test-no-such-index: no such index (run 'marsad ingest --store");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OpenSearchStore.open("opensearch://127.0.0.1:1/articles", false))
        .isInstanceOf(org.marsad.store.StoreException.class)
        .hasMessage("opensearch://127.0.0.1:1/articles: cannot reach the cluster: cannot connect"
            + " (is the cluster running? 'bash .ci/opensearch.sh start' starts a local one)");
  }
}
