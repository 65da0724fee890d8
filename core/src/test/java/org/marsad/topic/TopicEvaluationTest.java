package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicEvaluationTest {
  @Test
  void scoresAConfusionMatrix() {
    TopicEvaluation e = new TopicEvaluation(List.of("economy", "sport"));
    e.add("economy", "economy");
    e.add("economy", "economy");
    e.add("economy", "sport");
    e.add("sport", "sport");
    assertThat(e.accuracy()).isEqualTo(0.75);
    // economy P 1, R 2/3, F1 0.8; sport P 1/2, R 1, F1 2/3
    assertThat(e.macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-9));
    assertThat(e.report()).contains("macro-F1  0.7333").contains("confusion");
  }

  @Test
  void aLabelPredictedButNeverGoldCountsInMacroF1() {
    TopicEvaluation e = new TopicEvaluation(List.of("economy", "sport", "technology"));
    e.add("economy", "economy");
    e.add("economy", "sport");
    // economy P 1, R 1/2, F1 2/3; sport P 0, F1 0; technology neither gold nor predicted
    assertThat(e.macroF1()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-9));
  }

  @Test
  void goldLabelsOutsideTheModelAreShownApartAndNotScored() {
    TopicEvaluation e = new TopicEvaluation(List.of("economy", "sport"));
    e.add("sport", "sport");
    e.add("localNews", "economy");
    assertThat(e.scored()).isEqualTo(1);
    assertThat(e.accuracy()).isEqualTo(1.0);
    assertThat(e.outside()).containsEntry("localNews", 1);
    assertThat(e.report()).contains("not scored: gold labels outside the model's set").contains("localNews 1");
  }
}
