package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-validation on the ANERcorp training file, when ../shared has it. */
class NerCrossValidationTest {
  @Test
  void crossValidatedF1StaysAboveWhatWasMeasured() throws Exception {
    Path file =
        Path.of(System.getProperty("marsad.shared", "../shared"), "data/ner/anercorp-camel-train.txt");
    assumeTrue(Files.isRegularFile(file), "ANERcorp training file absent: " + file + "; skipped");
    List<NerSentence> data = NerCorpus.read(file);
    var outcome =
        NerCrossValidation.run(
            data, 5, NerTrainer.Settings.defaults(), NerTagger.standard().model().lexicon(), null);
    // measured 76.6 (docs/BENCHMARKS.md); a drop of more than a point is a regression
    assertThat(outcome.total().overall().f1()).isGreaterThan(75.5);
    assertThat(outcome.total().byType()).extracting(NerEvaluation.Counts::type)
        .containsExactly("LOC", "MISC", "ORG", "PERS");
  }
}
