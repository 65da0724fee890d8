package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.Topic;

/** The shipped model. */
class TopicClassifierTest {
  private final TopicClassifier classifier = TopicClassifier.standard();

  @Test
  void theShippedModelHasTheAntV21LabelsAndSaysWhereItComesFrom() {
    TopicModel m = classifier.model();
    assertThat(m.labels())
        .containsExactly("culture", "economy", "internationalNews", "middleEast", "sport", "technology");
    assertThat(m.provenance())
        .anyMatch(l -> l.matches("data: ant-v2\\.1-train\\.jsonl\\.gz sha256=[0-9a-f]{64}"))
        .anyMatch(l -> l.startsWith("split: ") && l.contains("dev"))
        .anyMatch(l -> l.startsWith("dev: macro-F1 0."))
        .anyMatch(l -> l.startsWith("trained: "));
  }

  /** Each line: headline, first sentence, the desk. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // "Real Madrid beats Barcelona in the Clasico"
    "ريال مدريد يفوز على برشلونة في الكلاسيكو; سجل المهاجم هدفين في الشوط الثاني من المباراة.; sport",
    // "Oil prices rise after the OPEC decision"
    "أسعار النفط ترتفع بعد قرار أوبك; ارتفعت أسعار خام برنت في الأسواق العالمية مع تراجع المخزونات.; economy",
    // "Apple unveils a new iPhone"
    "آبل تكشف عن آيفون جديد; كشفت شركة آبل عن هاتفها الذكي الجديد بكاميرا وشاشة أكبر ومعالج أسرع.; technology",
    // "Syrian army advances in the Eastern Ghouta"
    "الجيش السوري يتقدم في الغوطة الشرقية; قال المرصد السوري لحقوق الإنسان إن قوات النظام سيطرت على بلدات جديدة.; middleEast",
  })
  void clearCasesGetTheirDesk(String title, String text, String desk) {
    Topic t = classifier.classify(title, text);
    assertThat(t.label()).isEqualTo(desk);
    assertThat(t.score()).isBetween(1.0 / 6, 1.0);
  }

  @Test
  void anUnknownSourceIsTheSameAsNone() {
    String title = "أسعار النفط ترتفع", text = "ارتفعت أسعار خام برنت في الأسواق العالمية.";
    assertThat(classifier.classify(title, text, "example.org")).isEqualTo(classifier.classify(title, text));
    assertThat(classifier.model().sourceKey("www.skynewsarabia.com")).isEqualTo("skynews");
    assertThat(classifier.model().sourceKey("BBC")).isEqualTo("bbc");
  }

  @Test
  void manyThreadsGetTheSameAnswers() {
    List<String> titles = List.of("ريال مدريد يفوز", "أسعار النفط ترتفع", "آبل تكشف عن آيفون جديد",
        "الجيش السوري يتقدم", "مهرجان كان السينمائي يفتتح دورته");
    List<Topic> serial = titles.stream().map(t -> classifier.classify(t, t)).toList();
    IntStream.range(0, 200).parallel().forEach(i -> {
      String t = titles.get(i % titles.size());
      assertThat(classifier.classify(t, t)).isEqualTo(serial.get(i % titles.size()));
    });
  }

  @Test
  void theStageFillsTheTopicOfArabicArticlesOnly() {
    TopicsStage stage = new TopicsStage(classifier);
    Article arabic = Article.builder("a").language("ar").title("ريال مدريد يفوز على برشلونة")
        .text("سجل المهاجم هدفين في الشوط الثاني من المباراة.").build();
    assertThat(stage.apply(arabic).topics()).extracting(Topic::label).containsExactly("sport");
    Article english = Article.builder("b").language("en").title("Real Madrid wins")
        .text("The striker scored twice.").build();
    assertThat(stage.apply(english).topics()).isEmpty();
    assertThat(stage.apply(Article.builder("c").language("ar").build()).topics()).isEmpty();
  }
}
