package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnalyzedTest {
  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
    "2018-02-18T21:35:43+04:00, 1518975343000",
    "2018-02-18T17:35:43Z, 1518975343000",
    "2018-02-18T17:35:43, 1518975343000",
    "2018-02-18, 1518912000000",
    "null, 9223372036854775807",
    "'أمس', 9223372036854775807",
  })
  void publicationTimes(String published, long millis) {
    assertThat(Analyzed.time(published)).isEqualTo(millis);
  }

  @Test
  void publicationOrderThenPathThenRecordUndatedLast() {
    List<Analyzed.OrderKey> keys = new ArrayList<>(List.of(
        new Analyzed.OrderKey(Long.MAX_VALUE, "a", 0),
        new Analyzed.OrderKey(2, "a", 5),
        new Analyzed.OrderKey(2, "a", 1),
        new Analyzed.OrderKey(1, "z", 9),
        new Analyzed.OrderKey(2, "0", 7)));
    keys.sort(null);
    assertThat(keys).containsExactly(
        new Analyzed.OrderKey(1, "z", 9),
        new Analyzed.OrderKey(2, "0", 7),
        new Analyzed.OrderKey(2, "a", 1),
        new Analyzed.OrderKey(2, "a", 5),
        new Analyzed.OrderKey(Long.MAX_VALUE, "a", 0));
  }

  @Test
  void seqRangesAreContiguousAndCoverEveryPartition() {
    SeqPartitioner p = new SeqPartitioner(4, 10);
    int[] parts = new int[10];
    for (int i = 0; i < 10; i++) parts[i] = p.getPartition((long) i);
    assertThat(parts).containsExactly(0, 0, 0, 1, 1, 2, 2, 2, 3, 3);
  }

  @Test
  void connectionsSetInTheJsonEqualWritingTheRecordAgain() {
    org.marsad.model.Article a = org.marsad.model.Article.builder("x1").source("s")
        .title("\"duplicate_of\":null,\"story\":null,\"origin\": عنوان").text("نص \"duplicate_of\":null")
        .origin("f.txt").contentHash("h").build();
    String json = org.marsad.json.ArticleJson.write(a);
    for (String[] c : new String[][] {{null, "story-x1"}, {"x0", "story-x0"}, {"a\"b", "story-\"q"}}) {
      assertThat(AnalyzeJob.connected(json, c[0], c[1])).isEqualTo(org.marsad.json.ArticleJson.write(
          a.toBuilder().duplicateOf(c[0]).story(c[1]).build()));
    }
  }
}
