package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation contract of {@code marsad ner} and {@code marsad eval ner}. */
class NerCommandTest {
  @TempDir Path dir;

  private static final String GOLD =
      """
      استقبل O
      الملك O
      محمد B-PERS
      السادس I-PERS
      بالرباط B-LOC

      وقعت O
      شركة B-ORG
      اتصالات I-ORG
      المغرب I-ORG
      اتفاقية O
      """;

  @Test
  void printsOneTaggedLinePerTokenAndKeepsBlankLines() throws Exception {
    Path file = dir.resolve("gold.txt");
    Files.writeString(file, GOLD);
    CliRun run = CliRun.of("ner", "--conll", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String[] lines = run.out().split("\n", -1);
    String[] input = GOLD.split("\n", -1);
    assertThat(lines.length).isEqualTo(input.length);
    for (int i = 0; i < input.length - 1; i++) {
      if (input[i].isEmpty()) {
        assertThat(lines[i]).isEmpty();
      } else {
        assertThat(lines[i]).startsWith(input[i].split(" ")[0] + "\t");
        assertThat(lines[i].split("\t")[1]).matches("O|[BI]-(PERS|LOC|ORG|MISC)");
      }
    }
    assertThat(run.out()).contains("بالرباط\tB-LOC");
  }

  @Test
  void evalPrintsOverallAndPerTypeScoresAndSpeed() throws Exception {
    Path file = dir.resolve("gold.txt");
    Files.writeString(file, GOLD);
    CliRun run = CliRun.of("eval", "ner", "--conll", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("overall").contains("PERS").contains("LOC").contains("ORG")
        .contains("tokens/s");
  }

  @Test
  void badTagOrMissingFileIsOneClearLine() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "محمد PERS\n");
    CliRun run = CliRun.of("ner", "--conll", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).contains("bad.txt:1").doesNotContain("\n");
    CliRun missing = CliRun.of("eval", "ner", "--conll", dir.resolve("nope.txt").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.txt: no such file");
  }
}
