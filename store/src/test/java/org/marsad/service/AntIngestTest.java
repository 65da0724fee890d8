package org.marsad.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/** The whole ANT corpus goes in with no error, and search finds words under their other forms. */
class AntIngestTest {
  @TempDir Path dir;

  @Test
  void wholeAntCorpusIngestsAndInflectedSearchWorks() throws Exception {
    Path news = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "news");
    assumeTrue(Files.isDirectory(news), "skipped: " + news.toAbsolutePath() + " is absent");
    List<String> files = List.of(news.resolve("ant-v2.1-train.jsonl.gz").toString(),
        news.resolve("ant-v1.1-train.jsonl.gz").toString());
    try (LuceneStore store = LuceneStore.open(dir)) {
      IngestService.Summary summary =
          new IngestService(Pipeline.standard()).ingest(files, store, new IngestService.Listener() {});
      System.out.println("AntIngestTest: " + summary.line());
      assertThat(summary.problems()).isEmpty();
      assertThat(summary.read()).isEqualTo(36_260);
      assertThat(summary.stored()).isEqualTo(36_260);
      assertThat(store.stats().articles()).isEqualTo(36_260);

      // الحكومات (the governments) finds articles that only say الحكومة (the government)
      SearchResult r = store.search(new SearchRequest("الحكومات", null, null, null, null, null, null, 0, 200));
      assertThat(r.total()).isGreaterThan(1000);
      long singularOnly = 0;
      for (SearchResult.Hit h : r.hits()) {
        Article a = store.get(h.id()).orElseThrow();
        if (a.text().contains("الحكومة") && !a.text().contains("الحكومات")
            && (a.title() == null || !a.title().contains("الحكومات"))) singularOnly++;
      }
      assertThat(singularOnly).isPositive();
      assertThat(r.facets().get("source")).containsKeys("alarabia", "Jawhara FM");
    }
  }
}
