package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "أكد رئيس الحكومة على ضرورة تطوير تكنولوجيا المعلومات والاتصال | ar",
    "Le ministre de la transition numérique a annoncé le lancement de la 5G dans les villes | fr",
    "The ministry said the new data centre will open in the capital next year | en",
    // Arabic with a Latin acronym and a French brand name stays Arabic
    "أعلنت شركة Orange Maroc عن إطلاق خدمات الجيل الخامس 5G في الدار البيضاء | ar",
    "2021 - 12 | und",
  })
  void identifiesTheLanguageOfAText(String text, String language) {
    assertThat(LanguageIdentifier.identify(text)).isEqualTo(language);
  }

  @Test
  void identifiesEachParagraphOfAMixedPage() {
    String page = "وقعت الوكالة الوطنية لتقنين المواصلات اتفاقية جديدة.\n\n"
        + "L'Agence nationale de réglementation des télécommunications a signé une convention.\n"
        + "   \n"
        + "The agreement covers the rollout of fibre in rural areas.";
    var paragraphs = LanguageIdentifier.paragraphs(page);
    assertThat(paragraphs).extracting(LanguageIdentifier.Paragraph::language)
        .containsExactly("ar", "fr", "en");
    var french = paragraphs.get(1);
    assertThat(page.substring(french.start(), french.end())).startsWith("L'Agence").endsWith("convention.");
  }
}
