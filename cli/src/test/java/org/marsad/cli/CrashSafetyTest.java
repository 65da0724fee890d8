package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.ArticleJson;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;

/**
 * {@code kill -9} in the middle of an ingest, for real: a child JVM runs {@code marsad ingest} and
 * is killed once it has committed; the store must open with every committed article, and a re-run
 * must complete the rest with no duplicate.
 */
class CrashSafetyTest {
  static final int ARTICLES = 40_000;
  static final long SEED = 20261123L;

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killNineMidIngestLosesNothingCommittedAndRerunCompletes() throws Exception {
    System.out.println("CrashSafetyTest: corpus seed " + SEED);
    Path corpus = dir.resolve("corpus.jsonl");
    writeCorpus(corpus, ARTICLES, new Random(SEED));
    Path store = dir.resolve("store");

    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            Marsad.class.getName(), "ingest", "--store", store.toString(), corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    // wait for the child's second commit (the first one creates the empty store), then kill -9
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (commits(store) < 3 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
    assertThat(child.isAlive()).as("the child ingest ended before it could be killed: %s",
        Files.readString(dir.resolve("child.log"))).isTrue();
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
    child.waitFor();

    long committed;
    try (LuceneStore s = LuceneStore.openReadOnly(store)) {
      committed = s.stats().articles();
      assertThat(committed).as("articles committed before the kill").isBetween(1L, (long) ARTICLES - 1);
      // every stored record is whole and readable
      for (var hit : s.search(new SearchRequest("", null, null, null, null, null, null, 0, 200)).hits()) {
        assertThat(s.get(hit.id())).isPresent();
      }
    }

    CliRun rerun = CliRun.of("ingest", "--store", store.toString(), corpus.toString());
    assertThat(rerun.status()).as(rerun.err()).isZero();
    assertThat(rerun.err()).contains("read " + String.format("%,d", ARTICLES));
    try (LuceneStore s = LuceneStore.openReadOnly(store)) {
      assertThat(s.stats().articles()).isEqualTo(ARTICLES); // no duplicate, none missing
      for (int i : new int[] {0, ARTICLES / 2, ARTICLES - 1}) {
        assertThat(s.get("crash-" + i)).as("article %d", i).isPresent();
      }
    }
  }

  /** Lucene writes one segments_N file per commit; N counts them. */
  static int commits(Path store) throws IOException {
    Path index = store.resolve("index");
    if (!Files.isDirectory(index)) return 0;
    try (Stream<Path> files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToInt(n -> Integer.parseInt(n.substring(9), Character.MAX_RADIX)).max().orElse(0);
    }
  }

  static void writeCorpus(Path file, int n, Random random) throws IOException {
    List<String> words = List.of("الحكومة", "الاتصالات", "الرقمنة", "الشبكة", "الألياف", "البصرية",
        "المقاولات", "الاستثمار", "التكنولوجيا", "المعلومات", "الوزارة", "المغرب", "تونس", "الجزائر",
        "مصر", "الأمن", "السيبراني", "الذكاء", "الاصطناعي", "التعليم", "عن", "بعد", "في", "من", "إلى");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
          for (int k = 0; k < 15; k++) text.append(words.get(random.nextInt(words.size()))).append(' ');
          text.append(".\n");
        }
        var record = new java.util.LinkedHashMap<String, Object>();
        record.put("id", "crash-" + i);
        record.put("source", "source-" + (i % 5));
        record.put("title", "خبر رقم " + i);
        record.put("time", "2021-02-" + String.format("%02d", 1 + i % 28));
        record.put("text", text.toString());
        w.write(ArticleJson.MAPPER.writeValueAsString(record));
        w.write('\n');
      }
    }
  }
}
