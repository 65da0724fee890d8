package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SegmentationEvalTest {
  private static String line(String id, String form, String misc) {
    return id + "\t" + form + "\t_\t_\t_\t_\t" + (id.equals("1") ? "0\troot" : "1\tdep") + "\t_\t" + misc + "\n";
  }

  private static final String GOLD =
      "# text = قال لأوباما\n" + line("1", "قال", "_") + line("2", "ل", "SpaceAfter=No")
          + line("3", "أوباما", "_") + "\n";

  @Test
  void identicalFilesScoreOne() {
    SegmentationEval.Result r = SegmentationEval.score(GOLD, GOLD);
    assertThat(r.tokens().f1()).isEqualTo(1.0);
    assertThat(r.words().f1()).isEqualTo(1.0);
    assertThat(r.sentences().f1()).isEqualTo(1.0);
  }

  @Test
  void multiwordTokensAlignWithSplitGoldByForm() {
    String system = "# text = قال لأوباما\n" + line("1", "قال", "_")
        + "2-3\tلأوباما\t_\t_\t_\t_\t_\t_\t_\t_\n" + line("2", "ل", "_") + line("3", "أوباما", "_") + "\n";
    SegmentationEval.Result r = SegmentationEval.score(GOLD, system);
    assertThat(r.words().correct()).isEqualTo(3);
    assertThat(r.tokens().correct()).isEqualTo(1); // لأوباما is one token here, two in gold
    assertThat(r.tokens().f1()).isCloseTo(2.0 / 5, within(1e-9));
  }

  @Test
  void unsplitWordLosesBothGoldWords() {
    String system = "# text = قال لأوباما\n" + line("1", "قال", "_") + line("2", "لأوباما", "_") + "\n";
    SegmentationEval.Result r = SegmentationEval.score(GOLD, system);
    assertThat(r.words().correct()).isEqualTo(1);
    assertThat(r.words().precision()).isEqualTo(0.5);
    assertThat(r.words().recall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  /** The development score on UD Arabic-PUD; the floor is what this version reached. */
  @Test
  void arabicPud() throws Exception {
    Path gold = Path.of(System.getProperty("marsad.shared", "../shared"), "data/ud/ar_pud-ud-test.conllu");
    Assumptions.assumeTrue(Files.isRegularFile(gold), gold + " absent: evaluation skipped");
    SegmentationEval.Result r = SegmentationEval.evaluate(gold);
    System.out.println("Arabic-PUD\n" + r);
    assertThat(r.words().f1()).isGreaterThanOrEqualTo(0.985);
    assertThat(r.tokens().f1()).isGreaterThanOrEqualTo(0.985);
    assertThat(r.sentences().f1()).isGreaterThanOrEqualTo(0.998);
  }
}
