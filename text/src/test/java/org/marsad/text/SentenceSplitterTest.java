package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  /** Sentences joined by " | ". */
  private static String sentences(String text) {
    return SentenceSplitter.split(text).stream()
        .map(s -> s.text(text))
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "وصل الوزير. بدأ الاجتماع. => وصل الوزير. | بدأ الاجتماع.",
        "هل انتهى؟ نعم! => هل انتهى؟ | نعم!",
        "قال الوزير ذلك؛ ثم غادر. => قال الوزير ذلك؛ | ثم غادر.",
        "قال د. أحمد ز. أمين إن النمو بلغ 3.5 بالمئة. => قال د. أحمد ز. أمين إن النمو بلغ 3.5 بالمئة.",
        "عام 49 ق.م, قرأ مارك أنطونيو التصريح. => عام 49 ق.م, قرأ مارك أنطونيو التصريح.",
        "إن ما تقوله... في الواقع أمر لا يصدق. => إن ما تقوله... في الواقع أمر لا يصدق.",
        "قال: «انتهى الأمر.» ثم صمت. => قال: «انتهى الأمر.» | ثم صمت.",
        "قال: \"نسير على الدرب. الاتفاق سيبطئ التغير\". => قال: \"نسير على الدرب. الاتفاق سيبطئ التغير\".",
        "زوروا www.marsad.org. شكرا => زوروا www.marsad.org. | شكرا"
      })
  void splits(String text, String expected) {
    assertThat(sentences(text)).isEqualTo(expected);
  }

  @Test
  void aLineBreakEndsASentence() {
    assertThat(sentences("العنوان\nالنص الأول")).isEqualTo("العنوان | النص الأول");
  }
}
