package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أحمد|احمد", // hamza above alef
        "إسلام|اسلام", // hamza below
        "آخر|اخر", // madda
        "ٱلله|الله", // wasla
        "مستشفى|مستشفي", // alef maqsura -> yeh
        "الحكومة|الحكومه", // teh marbuta -> heh
        "الأنظمةً|الانظمه", // tanween fath on the last letter
        "مُحَمَّدٌ|محمد", // harakat, shadda, tanween
        "جـــميل|جميل", // tatweel
        "جمييييل|جميل", // elongation: 3+ repeats to one
        "الله|الله", // two lams stay two
        "الأمين العا،م|الامين العام", // Arabic comma typed inside a word
        "نعم، لا|نعم، لا", // the same comma between words stays
        "٢٠٢١|2021", // Arabic-Indic digits
        "۱۴۰۰|1400", // Persian digits
        "ﻻ|لا", // lam-alef ligature (presentation form B)
        "ﺍﻟﻌﺮﺑﻴﺔ|العربيه", // contextual presentation forms
        "1000 Hello|1000 Hello" // digits and Latin untouched
      })
  void searchKey(String text, String key) {
    assertThat(ArabicNormalizer.searchKey(text)).isEqualTo(key);
  }

  @Test
  void foldWorksInPlaceAndShortens() {
    char[] buf = "الأنظمةً xyz".toCharArray();
    int len = ArabicNormalizer.fold(buf, 8); // only the first word
    assertThat(new String(buf, 0, len)).isEqualTo("الانظمه");
  }

  @Test
  void foldExpandsLigaturesOnlyWhereTheBufferHasRoom() {
    char[] full = {'ﻻ'};
    assertThat(ArabicNormalizer.fold(full, 1)).isEqualTo(1);
    assertThat(full[0]).isEqualTo('ﻻ');

    char[] roomy = {'ﻻ', 0, 0};
    int len = ArabicNormalizer.fold(roomy, 1);
    assertThat(new String(roomy, 0, len)).isEqualTo("لا");
  }
}
