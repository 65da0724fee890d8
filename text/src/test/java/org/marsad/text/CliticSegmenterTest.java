package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticSegmenterTest {
  private final CliticSegmenter segmenter = CliticSegmenter.news();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وبالتالي|و+ب+ال+تالي", // and + by + the + following: "consequently"
        "لأوباما|ل+أوباما", // for Obama
        "وزير|وزير", // minister: the waw is a root letter
        "كتابهم|كتاب+هم", // their book
        "والحكومة|و+ال+حكومة", // and the government
        "للسلطة|ل+ل+سلطة", // for the authority: ل + ال, the alef dropped
        "وقال|و+قال", // and he said
        "سيكون|س+يكون", // will be
        "بشكلٍ|ب+شكلٍ", // in a way (tanween rides with the stem)
        "حكومتها|حكومت+ها", // her government
        "عليه|علي+ه", // on him
        "لها|ل+ها", // for her
        "كلها|كل+ها", // all of it
        "لكنه|لكن+ه", // but he
        "فإن|ف+إن", // so indeed
        "بريطانيا|بريطانيا", // Britain: no ب
        "كبير|كبير", // big: no ك
        "كما|كما", // as: one word in UD Arabic
        "عندما|عندما", // when
        "لكن|لكن", // but
        "الذي|الذي", // which: a relative pronoun, no article
        "أحياناً|أحياناً", // sometimes: tanween, so no pronoun
        "رسمي|رسمي", // official: the nisba yeh, not "my"
        "بحيرة|بحيرة", // lake: البحيرة and لبحيرة say the ب is its own, though حيرة is a word
        "فنون|فنون", // arts: الفنون
        "بطاقات|بطاقات", // cards: البطاقات
        "لتحضير|ل+تحضير", // for preparing: للتحضير is ل + التحضير, no evidence for a stem in ل
        "بالحكومة|ب+ال+حكومة" // with the government
      })
  void segments(String word, String expected) {
    assertThat(segmenter.explain(word)).isEqualTo(expected);
  }

  @Test
  void segmentsCarryKindsFormsAndOffsetsIntoTheText() {
    String text = "قالت إن للسلطة";
    List<Segment> s = segmenter.segment(text, 8, 14);
    assertThat(s)
        .containsExactly(
            new Segment("ل", Segment.Kind.PREPOSITION, 8, 9),
            new Segment("ال", Segment.Kind.ARTICLE, 9, 10),
            new Segment("سلطة", Segment.Kind.STEM, 10, 14));
  }

  @Test
  void stemFormRestoresTheLetterThePronounHid() {
    List<Segment> s = segmenter.segment("حكومتها", 0, 7);
    assertThat(s.get(0).form()).isEqualTo("حكومة");
    assertThat(s.get(0).surface("حكومتها")).isEqualTo("حكومت");
  }

  @Test
  void diacriticsRideWithTheLetterBeforeThem() {
    String word = "لِأوباما";
    List<Segment> s = segmenter.segment(word, 0, word.length());
    assertThat(s.get(0).surface(word)).isEqualTo("لِ");
    assertThat(s.get(1).surface(word)).isEqualTo("أوباما");
  }
}
