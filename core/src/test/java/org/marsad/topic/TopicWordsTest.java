package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicWordsTest {
  /** Each line: text, then the words the model sees ('|' where a phrase ends). */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // "and with the governments" and "the government": one word
    "وبالحكومات الحكومة; حكوم حكوم",
    // a sentence end stops word pairs
    "فاز الفريق. ارتفع النفط; فاز فريق | ارتفع نفط",
    // numbers are one word; Latin words lower-cased; currency signs are words
    "ارتفع 5G بنسبة 30 $; ارتفع 5g نسب <n> $",
    // a hashtag gives its words
    "#عاصي_الحلاني يغني; عاص حلان | يغن",
    // the matching key repairs a comma typed inside a word (المؤتمر العا،م, "the general congress")
    "المؤتمر العا،م; مؤتمر عام",
  })
  void wordsOfATextTable(String text, String expected) {
    List<String> words = TopicWords.of(text, 400, true);
    List<String> shown = words.stream().map(w -> w == null ? "|" : w).toList();
    assertThat(shown).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
  }

  @ParameterizedTest
  @CsvSource({"2, 2", "400, 7"})
  void theLeadStopsAtMaxWords(int max, int expected) {
    List<String> words = TopicWords.of("قال الوزير إن الحكومة ستدعم الشركات الناشئة", max, true);
    assertThat(words.stream().filter(w -> w != null).count()).isEqualTo(expected);
  }
}
