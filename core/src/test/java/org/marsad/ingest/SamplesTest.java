package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.RawDocument.Kind;

/** The committed samples read as what they claim to be. */
class SamplesTest {

  private static final Path SAMPLES =
      Path.of(System.getProperty("marsad.root", ".."), "samples").toAbsolutePath().normalize();

  @Test
  void everySampleReadsWithoutProblems() {
    CollectingSink sink = new CollectingSink();

    InputReader.Summary summary = new InputReader().read(List.of(SAMPLES.toString()), sink);

    assertThat(sink.problemLines()).isEmpty();
    assertThat(summary).isEqualTo(new InputReader.Summary(9, 11, 0));
    assertThat(sink.documents)
        .extracting(
            d ->
                SAMPLES.relativize(Path.of(d.origin().replaceAll("#.*", "")))
                    + d.origin().replaceAll("^[^#]*", ""),
            RawDocument::container,
            RawDocument::kind)
        .containsExactly(
            tuple("001_submarine_cable.txt", "text", Kind.TEXT_PAGE),
            tuple("002_investment_portal.txt", "text", Kind.TEXT_PAGE),
            tuple("003_payment_startup.txt", "text", Kind.TEXT_PAGE),
            tuple("004_tunisia_5g.txt", "text", Kind.TEXT_PAGE),
            tuple("005_algeria_municipal.txt", "text", Kind.TEXT_PAGE),
            tuple("006_egypt_data_center.html", "html", Kind.HTML),
            tuple("007_feed.xml#item 1", "rss", Kind.HTML),
            tuple("007_feed.xml#item 2", "rss", Kind.HTML),
            tuple("007_feed.xml#item 3", "rss", Kind.CLEAN_TEXT),
            tuple("008_jordan_coding_windows-1256.txt", "text", Kind.TEXT_PAGE),
            tuple("page.warc.gz#record 1", "warc", Kind.HTML));
  }

  @Test
  void theWindows1256SampleDecodes() {
    CollectingSink sink = new CollectingSink();

    new InputReader()
        .read(List.of(SAMPLES.resolve("008_jordan_coding_windows-1256.txt").toString()), sink);

    assertThat(sink.documents.getFirst().content())
        .contains("الأردن يطلق برنامجا لتدريب عشرة آلاف شاب على البرمجة والأمن السيبراني");
  }

  /** The committed archive is what {@link SampleWarc} makes from the committed HTML page. */
  @Test
  void theSampleWarcIsGeneratedFromTheHtmlSample(@TempDir Path dir) throws IOException {
    Path warc = dir.resolve("page.warc.gz");

    SampleWarc.write(
        SAMPLES.resolve("006_egypt_data_center.html"),
        "https://example.org/tech/2023/06/12/egypt-data-center",
        warc);

    assertThat(Files.readAllBytes(SAMPLES.resolve("page.warc.gz")))
        .isEqualTo(Files.readAllBytes(warc));
  }

  @Test
  void samplesStayShort() throws IOException {
    try (var files = Files.list(SAMPLES)) {
      assertThat(files.toList()).allSatisfy(f -> assertThat(Files.size(f)).isLessThan(10_000));
    }
  }

  /** One reader, many threads: it holds no state, so each thread gets the same documents. */
  @Test
  void oneReaderServesManyThreads() throws Exception {
    InputReader reader = new InputReader();
    CollectingSink alone = new CollectingSink();
    reader.read(List.of(SAMPLES.toString()), alone);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CollectingSink>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(
            pool.submit(
                () -> {
                  CollectingSink sink = new CollectingSink();
                  reader.read(List.of(SAMPLES.toString()), sink);
                  return sink;
                }));
      }
      for (Future<CollectingSink> run : runs) {
        assertThat(run.get().documents).isEqualTo(alone.documents);
      }
    } finally {
      pool.shutdown();
    }
  }
}
