package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  /** Tokens as TYPE:text, space-separated. */
  private static String tokens(String text) {
    return Tokenizer.news().tokenize(text).stream()
        .map(t -> t.type() + ":" + t.text())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الأمين العا،م|ARABIC:الأمين ARABIC:العا،م",
        "قال: \"نعم\".|ARABIC:قال PUNCTUATION:: PUNCTUATION:\" ARABIC:نعم PUNCTUATION:\" PUNCTUATION:.",
        "ارتفع 3.5% عام ٢٠٢١|ARABIC:ارتفع NUMBER:3.5 PUNCTUATION:% ARABIC:عام NUMBER:٢٠٢١",
        "30 مليون دولار|NUMBER:30 ARABIC:مليون ARABIC:دولار",
        "الساعة 23:45 و1,365|ARABIC:الساعة NUMBER:23:45 ARABIC:و NUMBER:1,365",
        "الـ84 ال53|ARABIC:الـ84 ARABIC:ال53",
        "الإحصاء ـ ربما|ARABIC:الإحصاء PUNCTUATION:ـ ARABIC:ربما",
        "جـميل|ARABIC:جـميل",
        "ماذا...؟|ARABIC:ماذا PUNCTUATION:... PUNCTUATION:؟",
        "زوروا https://www.aljazeera.net/news.|ARABIC:زوروا URL:https://www.aljazeera.net/news PUNCTUATION:.",
        "info@marsad.org|EMAIL:info@marsad.org",
        "#عاجل @marsad|HASHTAG:#عاجل MENTION:@marsad",
        "فاتح يناير 2021|ARABIC:فاتح ARABIC:يناير NUMBER:2021",
        "l'État français|WORD:l'État WORD:français",
        "أمين-عام|ARABIC:أمين PUNCTUATION:- ARABIC:عام"
      })
  void surfaceTokens(String text, String expected) {
    assertThat(tokens(text)).isEqualTo(expected);
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  كتبت كوري شولمان، المساعدة الخاصة لأوباما.";
    for (Token t : Tokenizer.news().tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      if (t.type() == Token.Type.ARABIC) {
        assertThat(t.segments().get(0).start()).isEqualTo(t.start());
        assertThat(t.segments().get(t.segments().size() - 1).end()).isEqualTo(t.end());
        for (int i = 1; i < t.segments().size(); i++)
          assertThat(t.segments().get(i).start()).isEqualTo(t.segments().get(i - 1).end());
      } else {
        assertThat(t.segments()).isEmpty();
      }
    }
  }

  @Test
  void arabicWordsCarryTheirSegments() {
    List<Token> t = Tokenizer.news().tokenize("وبالتالي لأوباما وزير");
    assertThat(t).extracting(Token::isSplit).containsExactly(true, true, false);
    assertThat(t.get(0).segments())
        .extracting(Segment::kind)
        .containsExactly(
            Segment.Kind.CONJUNCTION, Segment.Kind.PREPOSITION, Segment.Kind.ARTICLE, Segment.Kind.STEM);
  }
}
