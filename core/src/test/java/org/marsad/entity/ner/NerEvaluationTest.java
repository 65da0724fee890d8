package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CoNLL entity-level scoring: exact type and boundaries, conlleval's chunk rules. */
class NerEvaluationTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "B-PERS I-PERS O B-LOC | PERS:0-2 LOC:3-4",
        "I-ORG I-ORG O         | ORG:0-2", // I- without B- opens a chunk, as conlleval does
        "B-LOC B-LOC           | LOC:0-1 LOC:1-2",
        "B-PERS I-LOC          | PERS:0-1 LOC:1-2",
        "O O                   | ''",
      })
  void chunks(String tags, String expected) {
    List<String> got =
        NerEvaluation.chunks(List.of(tags.trim().split("\\s+"))).stream()
            .map(c -> c.type() + ":" + c.start() + "-" + c.end())
            .toList();
    assertThat(String.join(" ", got)).isEqualTo(expected.trim());
  }

  @Test
  void partialBoundaryIsBothAFalsePositiveAndAMiss() {
    var r =
        NerEvaluation.score(
            List.of(List.of("B-PERS", "I-PERS", "I-PERS", "O", "B-LOC")),
            List.of(List.of("B-PERS", "I-PERS", "O", "O", "B-LOC")));
    assertThat(r.overall().gold()).isEqualTo(2);
    assertThat(r.overall().predicted()).isEqualTo(2);
    assertThat(r.overall().correct()).isEqualTo(1);
    assertThat(r.overall().f1()).isEqualTo(50.0);
    assertThat(r.byType()).extracting(NerEvaluation.Counts::type).containsExactly("LOC", "PERS");
    assertThat(r.over(List.of("PERS")).correct()).isZero();
  }

  @Test
  void tagMapping() {
    assertThat(NerCorpus.mapTag("B-PER")).isEqualTo("B-PERS");
    assertThat(NerCorpus.mapTag("I-GPE")).isEqualTo("I-LOC");
    assertThat(NerCorpus.mapTag("B-DATE")).isEqualTo("O");
    assertThat(NerCorpus.mapTag("X-LOC")).isNull();
  }
}
