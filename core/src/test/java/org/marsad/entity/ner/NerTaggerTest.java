package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityMention;

/** The shipped model on real news sentences (from the seeds and Moroccan and Gulf press). */
class NerTaggerTest {
  private final NerTagger tagger = NerTagger.standard();

  @Test
  void findsPeopleBodiesAndPlacesWithTheirOffsets() {
    String text =
        "استقبل رئيس الحكومة سعد الدين العثماني، يوم الإثنين بالرباط، وفدا عن فيدرالية تكنولوجيا"
            + " المعلومات والاتصالات. وأكد العثماني أن المغرب يراهن على الرقمنة.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found)
        .extracting(EntityMention::text, EntityMention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("سعد الدين العثماني", "PERS"),
            org.assertj.core.groups.Tuple.tuple("المغرب", "LOC"));
    for (EntityMention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    // the family name alone refers back to the full name
    assertThat(found).anyMatch(m -> m.text().equals("العثماني") && m.type().equals("PERS"));
  }

  @Test
  void readsTheCityOfAnAgencyDatelineAfterTheWeekday() {
    // a rare city the tagger does not know, hidden behind ب; a frequent word after ب is not one
    String text = "وقع البلدان، أمس الأربعاء بنواكشوط، اتفاقية للتعاون الرقمي. وأصدرت الوزارة"
        + " الخميس بيانا حول الاتفاقية، وقتل شاب الجمعة برصاص مجهولين.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).anyMatch(m -> m.text().equals("نواكشوط") && m.type().equals("LOC"));
    assertThat(found).noneMatch(m -> m.text().equals("يانا") || m.text().equals("رصاص"));
    for (EntityMention m : found) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
  }

  @Test
  void aBracketedBodyAfterATitleAndItsHolder() {
    String text = "وقاد الوفد المدير العام ل ( تونس رقمية ) المنصف بلخوجة خلال الزيارة.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).anyMatch(m -> m.text().equals("تونس رقمية") && m.type().equals("ORG"));
    assertThat(found).noneMatch(m -> m.text().equals("تونس"));
    assertThat(found).anyMatch(m -> m.text().equals("المنصف بلخوجة") && m.type().equals("PERS"));
  }

  @Test
  void aBodyInAPlaceIsNamedWithoutThePlace() {
    String text = "وشارك في اللقاء مسؤولون عن وزارة الاتصالات والاقتصاد الرقمي بالسنغال.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).anyMatch(m -> m.text().equals("وزارة الاتصالات والاقتصاد الرقمي")
        && m.type().equals("ORG"));
    assertThat(found).anyMatch(m -> m.text().equals("السنغال") && m.type().equals("LOC"));
  }

  @Test
  void currenciesAndBareHeadNounsAreNotNames() {
    String text = "بتمويل قدره 30 مليون دولار من هيئة 'OGERO' و منظمة 'ESCWA' في بيروت.";
    assertThat(tagger.find(text))
        .noneMatch(m -> m.text().equals("دولار") || m.text().equals("منظمة") || m.text().equals("هيئة"));
  }

  @Test
  void aBodysNameStopsWhereANewPhraseBegins() {
    // coordination after a head and its adjectives alone, and a quantifier, start a new phrase
    String text = "وبحث الوزراء ملفات الاتحاد البريدي العالمي والترشيحات المقبلة لمناصبه، كما اجتمع"
        + " مجلس الوزراء العرب للاتصالات والمعلومات وكافة الهيئات التابعة له.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).anyMatch(m -> m.text().equals("الاتحاد البريدي العالمي") && m.type().equals("ORG"));
    assertThat(found).anyMatch(m -> m.text().equals("مجلس الوزراء العرب للاتصالات والمعلومات")
        && m.type().equals("ORG"));
    assertThat(found).noneMatch(m -> m.text().contains("الترشيحات") || m.text().contains("كافة"));
    // a genitive chain still takes its coordinated nouns
    assertThat(tagger.find("وأعلنت وزارة الصناعة والتجارة والاقتصاد الرقمي عن برنامج جديد."))
        .anyMatch(m -> m.text().equals("وزارة الصناعة والتجارة والاقتصاد الرقمي"));
  }

  @Test
  void aNisbaAfterADefiniteHeadIsTheBodysAdjectiveNotAPerson() {
    String text = "وشارك الوفد في أشغال الدورة الثالثة للمنتدى العربي لحوكمة الانترنت بتونس،"
        + " وألقى الأمين العام للاتحاد الطيب البكوش كلمة.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).anyMatch(m -> m.text().endsWith("المنتدى العربي لحوكمة الانترنت".substring(2))
        && m.type().equals("ORG"));
    assertThat(found).noneMatch(m -> m.type().equals("PERS") && m.text().startsWith("العربي"));
    assertThat(found).anyMatch(m -> m.text().equals("الطيب البكوش") && m.type().equals("PERS"));
  }

  @Test
  void aNameAfterIbnIsAPerson() {
    String text = "ويربط مشروع خط ابن خلدون للألياف البصرية بين عواصم المنطقة.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).noneMatch(m -> m.text().equals("خلدون"));
    for (EntityMention m : found) {
      if (m.text().contains("خلدون")) assertThat(m.type()).isEqualTo("PERS");
    }
  }

  @Test
  void aStatesOfficialNameKeepsItsFirstWord() {
    String text = "وشارك في الاجتماع وزير الاتصالات بجمهورية مصر العربية إلى جانب ممثلين عن تونس.";
    List<EntityMention> found = tagger.find(text);
    assertThat(found).anyMatch(m -> m.text().equals("جمهورية مصر العربية") && m.type().equals("LOC"));
    assertThat(found).anyMatch(m -> m.text().equals("تونس") && m.type().equals("LOC"));
    String qatar = "قالت دولة قطر", visit = "زار الوفد قطر";
    int q = qatar.indexOf("قطر"), v = visit.indexOf("قطر");
    assertThat(NerTagger.afterStateWord(qatar, new EntityMention("قطر", "LOC", q, q + 3, null, null)).text())
        .isEqualTo("دولة قطر");
    // a place after an ordinary word stays as it is
    assertThat(NerTagger.afterStateWord(visit, new EntityMention("قطر", "LOC", v, v + 3, null, null)).text())
        .isEqualTo("قطر");
  }

  @Test
  void tagsEveryTokenWithAValidBioSequence() throws Exception {
    var sentences =
        NerCorpus.read(
            new BufferedReader(
                new StringReader("وزار\nالأمين\nالعام\nللأمم\nالمتحدة\nأنطونيو\nغوتيريش\nالدوحة\n")),
            "test");
    List<String> tags = tagger.tag(sentences.get(0).tokens());
    assertThat(tags).hasSize(8);
    for (int i = 0; i < tags.size(); i++) {
      String t = tags.get(i);
      assertThat(NerModel.TAGS).contains(t);
      if (t.startsWith("I-")) assertThat(tags.get(i - 1)).endsWith(t.substring(1));
    }
    assertThat(tags.get(7)).isEqualTo("B-LOC");
    assertThat(tags.get(5)).isEqualTo("B-PERS");
  }

  @Test
  void modelCarriesItsProvenance() {
    assertThat(tagger.model().provenance()).contains("data_sha256").contains("cv_f1");
    assertThat(tagger.model().featureCount()).isGreaterThan(10_000);
  }

  @Test
  void emptyAndPunctuationOnlyTextsGiveNothing() {
    assertThat(tagger.find("")).isEmpty();
    assertThat(tagger.find("... ، ؟ !")).isEmpty();
  }
}
