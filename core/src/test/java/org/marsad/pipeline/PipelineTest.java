package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;

class PipelineTest {
  private final Pipeline pipeline = Pipeline.standard();

  private static RawDocument feedItem(String url, String published) {
    return new RawDocument("feed.xml#item 1", "rss", RawDocument.Kind.HTML,
        "<p>أعلنت الوزارة عن إطلاق منصة رقمية جديدة لفائدة المقاولات الصغرى والمتوسطة.</p>",
        null, url, "example.org", "منصة رقمية جديدة", published);
  }

  @Test
  void aContainerDateInTheFutureIsNeverPublished() {
    Article a = pipeline.analyze(feedItem("https://example.org/a", "2999-01-01T10:00:00Z"));
    assertThat(a.published()).isNull();
  }

  @Test
  void aContainerDateIsNormalizedToIso() {
    Article a = pipeline.analyze(feedItem("https://example.org/a", "Mon, 22 Feb 2021 16:18:00 +0100"));
    assertThat(a.published()).startsWith("2021-02-22T16:18");
  }

  @Test
  void theSameUrlGivesTheSameIdWhateverItsSpelling() {
    Article a = pipeline.analyze(feedItem("https://www.example.org/a/", null));
    Article b = pipeline.analyze(feedItem("http://example.org/a#comments", null));
    assertThat(a.id()).isEqualTo(b.id()).hasSize(16);
    assertThat(a.source()).isEqualTo("example.org");
  }
}
