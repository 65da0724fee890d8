package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AebEvaluationTest {
  /** Reached on 2026-11-23: P 0.967, R 0.984, F1 0.975; trafilatura 2.0.0 scores 0.958. */
  private static final double F1_FLOOR = 0.970;

  @Test
  void articleExtractionBenchmarkStaysAboveTheFloor() throws IOException {
    Path aeb = Seeds.shared().resolve("data/extraction/scrapinghub-aeb");
    Assumptions.assumeTrue(
        Files.isRegularFile(aeb.resolve("ground-truth.json")), "no AEB data at " + aeb + "; skipped");
    AebEvaluation.Result r = AebEvaluation.evaluate(aeb);
    System.out.printf("AEB: P %.4f R %.4f F1 %.4f (%d pages)%n", r.precision(), r.recall(), r.f1(), r.pages());
    assertThat(r.pages()).isEqualTo(181);
    assertThat(r.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
  }

  /** The shingle metric as evaluate.py computes it: tp, fp, fn normalized to sum to one. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a b c d e        | a b c d e        | 1.0 | 0.0 | 0.0
          a b c d e        | a b c d          | 0.5 | 0.0 | 0.5
          a b c d          | a b c d e f      | 0.333333 | 0.666667 | 0.0
          short            | short            | 1.0 | 0.0 | 0.0
          أكد رئيس الحكومة | أكد رئيس الحكومة | 1.0 | 0.0 | 0.0
          """)
  void shingleMatching(String gold, String predicted, double tp, double fp, double fn) {
    double[] r = AebEvaluation.shingleMatching(gold, predicted);
    assertThat(r[0]).isCloseTo(tp, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(r[1]).isCloseTo(fp, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(r[2]).isCloseTo(fn, org.assertj.core.data.Offset.offset(1e-5));
  }
}
