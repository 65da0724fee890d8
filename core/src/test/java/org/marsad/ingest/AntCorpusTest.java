package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The ANT corpus (Chouigui et al.) loads as shipped: gzipped JSONL with a {@code time} field. */
class AntCorpusTest {

  private static final Path NEWS =
      Path.of(System.getProperty("marsad.shared", "../shared"), "data", "news");

  @Test
  void readsEveryAntArticle() {
    assumeTrue(
        Files.isDirectory(NEWS), "shared data not found at " + NEWS.toAbsolutePath() + "; skipped");
    AtomicInteger cleanText = new AtomicInteger();
    CountingOnly sink = new CountingOnly(cleanText);

    InputReader.Summary summary = new InputReader().read(List.of(NEWS.toString()), sink);

    assertThat(sink.firstProblem).isNull();
    assertThat(summary).isEqualTo(new InputReader.Summary(2, 36_260, 0));
    assertThat(cleanText.get()).isEqualTo(36_260);
    assertThat(sink.first.id()).isEqualTo("JA-culture-1-20170120");
    assertThat(sink.first.published()).isEqualTo("2017-01-20T21:43:00+01:00");
    assertThat(sink.first.origin()).endsWith("ant-v1.1-train.jsonl.gz#line 1");
  }

  /** Keeps the first document and counts the rest: the corpus must not be held in the heap. */
  private static final class CountingOnly implements DocumentSink {
    private final AtomicInteger cleanText;
    RawDocument first;
    InputProblem firstProblem;

    CountingOnly(AtomicInteger cleanText) {
      this.cleanText = cleanText;
    }

    @Override
    public void accept(RawDocument document) {
      if (first == null) first = document;
      if (document.kind() == RawDocument.Kind.CLEAN_TEXT && document.container().equals("jsonl")) {
        cleanText.incrementAndGet();
      }
    }

    @Override
    public void problem(InputProblem problem) {
      if (firstProblem == null) firstProblem = problem;
    }
  }
}
