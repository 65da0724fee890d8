package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicGuidelinesTest {
  private static final List<String> LABELS =
      List.of("culture", "economy", "internationalNews", "middleEast", "sport", "technology");

  /** Each line: category, title, first sentence, the label trained on. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // "Ministry of Communications: we aim at a prosperous, digital economy"
    "economy; وزارة الاتصالات: نهدف لاقتصاد مزدهر ورقمي; قالت الوزارة إن الخطة تشمل كل القطاعات.; technology",
    // "plan to develop education with information and communication technology"
    "middleEast; خطة لتطوير التعليم; أعلنت الحكومة خطة لتطوير التعليم بتكنولوجيا المعلومات والاتصال.; technology",
    // an oil story stays economy
    "economy; ارتفاع أسعار النفط; ارتفعت أسعار النفط اليوم بعد قرار أوبك.; economy",
    // sport and culture keep their desk even when they name the sector
    "sport; شركات الاتصالات ترعى الدوري; وقعت شركات الاتصالات عقد رعاية الدوري.; sport",
  })
  void theIctSectorIsTechnology(String category, String title, String lead, String expected) {
    NewsRecord r = new NewsRecord("x-1-20180301", "s", category, null, title, null,
        lead + "\nثم تابع الخبر بتفاصيل أخرى.", null, "test");
    assertThat(TopicGuidelines.trainingLabel(r, LABELS)).isEqualTo(expected);
  }
}
