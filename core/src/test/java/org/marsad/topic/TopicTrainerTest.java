package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Topic;

class TopicTrainerTest {
  @TempDir Path dir;

  private static List<NewsRecord> corpus() {
    List<NewsRecord> records = new ArrayList<>(SyntheticNews.articles(30, 20180301, "TR", 1));
    records.addAll(SyntheticNews.articles(10, 20180801, "DV", 2));
    return records;
  }

  @Test
  void learnsTheDesksOfAToyCorpusAndRecordsWhereItComesFrom() {
    TopicTrainer.Result r = TopicTrainer.train(corpus(), null, 20180701,
        TopicSettings.defaults().with("keep=0"), true, List.of("toy sha256=0"), line -> {});
    assertThat(r.dev().accuracy()).isEqualTo(1.0);
    TopicModel m = r.model();
    assertThat(m.labels()).containsExactly("economy", "sport", "technology");
    assertThat(m.provenance()).anyMatch(l -> l.startsWith("data: toy sha256=0"))
        .anyMatch(l -> l.startsWith("dev: macro-F1 1.0000")).anyMatch(l -> l.startsWith("settings: "));
    // "the club signed the striker after the match"
    assertThat(m.classify("النادي يتعاقد مع المهاجم", "أعلن النادي التعاقد مع المهاجم بعد المباراة", null)
        .label()).isEqualTo("sport");
  }

  @Test
  void exactDuplicatesAreDroppedWhateverTheirLabel() {
    List<NewsRecord> records = new ArrayList<>(SyntheticNews.articles(5, 20180301, "TR", 1));
    NewsRecord first = records.get(0);
    records.add(new NewsRecord("TR-sport-99-20180801", "s", "sport", null, first.title(), null,
        first.text(), first.id(), "test")); // ANT's dup_of
    records.add(new NewsRecord("TR-sport-98-20180801", "s", "sport", null, first.title(), null,
        first.text(), null, "test")); // the same text, unmarked
    TopicTrainer.Corpus c = TopicTrainer.prepare(records, null, 20180701);
    assertThat(c.dev()).isEmpty();
    assertThat(c.notes()).contains("dropped 2 exact duplicates");
  }

  @Test
  void aWrittenModelReadsBackWithTheSameScores() throws Exception {
    TopicModel m = TopicTrainer.train(corpus(), null, 20180701, TopicSettings.defaults(), false,
        List.of(), line -> {}).model();
    Path file = dir.resolve("m.tsv.gz");
    m.write(file);
    TopicModel back = TopicModel.read(file);
    assertThat(back.labels()).isEqualTo(m.labels());
    assertThat(back.settings()).isEqualTo(m.settings());
    assertThat(back.provenance()).isEqualTo(m.provenance());
    String title = "هاتف ذكي جديد", text = "أطلقت الشركة هاتفا ذكيا جديدا بكاميرا متطورة.";
    double[] a = m.probabilities(title, text, "synthetic"), b = back.probabilities(title, text, "synthetic");
    for (int c = 0; c < a.length; c++) assertThat(b[c]).isCloseTo(a[c], within(1e-3));
    Topic t = back.classify(title, text, null);
    assertThat(t.label()).isEqualTo("technology");
    assertThat(t.score()).isBetween(1.0 / 3, 1.0);
  }

  @Test
  void everyLearnerLearnsTheToyCorpus() {
    for (String learner : List.of("svm", "nbsvm", "lr", "cnb")) {
      TopicTrainer.Result r = TopicTrainer.train(corpus(), null, 20180701,
          TopicSettings.defaults().with("learner=" + learner), false, List.of(), line -> {});
      assertThat(r.dev().macroF1()).as(learner).isGreaterThan(0.9);
    }
  }
}
