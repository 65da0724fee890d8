package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

  private static List<String> found(String phrase, String text) {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add(phrase, "x").build();
    return m.find(Tokenizer.news().tokenize(text)).stream()
        .map(x -> text.substring(x.start(), x.end()))
        .toList();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الألياف البصرية|بواسطة الألياف البصرية.|الألياف البصرية",
        "الألياف البصرية|مشروع للألياف البصرية|للألياف البصرية", // ل + ال
        "شراكة|وإقامة شراكة مثمرة|شراكة",
        "شراكة|عدة شراكات جديدة|شراكات", // ة -> ات
        "اتفاقية|وقعت اتفاقيتين|اتفاقيتين", // dual
        "استقبال|خلال استقباله اليوم|استقباله", // pronoun enclitic
        "استقبل|استقبلت الوزيرة وفدا|استقبلت", // verb ending
        "الاقتصاد الرقمي|بالاقتصاد الرقمي بالغابون|بالاقتصاد الرقمي",
        "رقمي|المنصات الرقمية|الرقمية", // feminine of the nisba
        "حوكمة الإنترنت|المبادرة العربية لحوكمة الإنترنت|لحوكمة الإنترنت",
        "التعليم عن بعد|منصات رقمية للتعليم عن بعد استجابة|للتعليم عن بعد",
        "fibre optique|la Fibre Optique arrive|Fibre Optique", // case
        "cybersécurité|la cybersecurite et l'IA|cybersecurite", // accents
        "câble sous-marin|les câbles sous-marins|câbles sous-marins", // plural, hyphen
        "État|l'État a décidé|l'État", // elided article
        "5G|شبكة 5G الجديدة|5G",
        "بيانا$|أصدرت الوزارة بيانا أمس|بيانا",
        "بيان$|وقال في بيانه إن|بيانه",
      })
  void findsInflectedForms(String phrase, String text, String expected) {
    assertThat(found(phrase, text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0} does not find {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "اجتماع|التنمية الاجتماعية", // ية is no ending: "social" is not "meeting"
        "ورشة|ورش التحول الرقمي", // ورش "works" is not ورشة "workshop"
        "بيان$|حماية البيانات", // exact: "data" is not "statement"
        "بيانا$|تعيينه وليا للعهد", // exact: not any word the segmenter cuts to the same stem
        "الإطار التنظيمي|الإطار القانوني والتنظيمي", // a phrase is contiguous
        "الذكاء الاصطناعي|الذكاء، الاصطناعي", // nor runs across a comma
      })
  void keepsApartWhatDiffers(String phrase, String text) {
    assertThat(found(phrase, text)).isEmpty();
  }

  @Test
  void reportsEveryPhraseLongestFirstAtEachToken() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder()
            .add("البريد", "postal")
            .add("البريد الإلكتروني", "email")
            .add("الإلكتروني", "e")
            .build();
    String text = "عبر البريد الإلكتروني";
    assertThat(m.find(Tokenizer.news().tokenize(text)))
        .extracting(PhraseMatcher.Match::value)
        .containsExactly("email", "postal", "e");
  }

  @Test
  void aPhraseWithoutWordsIsAnError() {
    assertThatThrownBy(() -> PhraseMatcher.builder().add("  ", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
