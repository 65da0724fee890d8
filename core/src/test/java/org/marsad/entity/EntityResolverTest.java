package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.EntityMention;

/** One actor, one entity: canonical ids within an article and across articles. */
class EntityResolverTest {
  private final EntityResolver resolver = EntityResolver.standard();

  /** Mentions of one article, as {@code type, text, ...}, in order. */
  static List<EntityMention> mentions(String... typeAndText) {
    List<EntityMention> out = new ArrayList<>();
    for (int i = 0, at = 0; i < typeAndText.length; i += 2, at += 100) {
      out.add(new EntityMention(typeAndText[i + 1], typeAndText[i], at, at + typeAndText[i + 1].length(), null, null));
    }
    return out;
  }

  static Arguments row(List<String> ids, String... typeAndText) {
    return Arguments.of(mentions(typeAndText), ids);
  }

  static Stream<Arguments> articles() {
    return Stream.of(
        // seed 004: the family name alone is the head of government; the alias table gives the id
        row(List.of("pers:سعد_الدين_العثماني", "pers:سعد_الدين_العثماني", "pers:امين_زروق", "pers:امين_زروق"),
            "PERS", "سعد الدين العثماني", "PERS", "العثماني", "PERS", "أمين زروق", "PERS", "زروق"),
        // seed 002: a misspelt repetition (a letter dropped) and the family name alone
        row(List.of("pers:ليليان_ماسالا", "pers:ليليان_ماسالا", "pers:ليليان_ماسالا"),
            "PERS", "ليليان ماسالا", "PERS", "يليان ماسالا", "PERS", "ماسالا"),
        // first and last name of a three-word name
        row(List.of("pers:سعد_الدين_العثماني", "pers:سعد_الدين_العثماني"),
            "PERS", "سعد الدين العثماني", "PERS", "سعد العثماني"),
        // ANT: two people who share a family name stay two; the name alone is the nearest before
        row(List.of("pers:محمد_بن_زايد", "pers:عبدالله_بن_زايد", "pers:عبدالله_بن_زايد", "pers:محمد_بن_زايد"),
            "PERS", "محمد بن زايد", "PERS", "عبد الله بن زايد", "PERS", "بن زايد", "PERS", "محمد بن زايد"),
        row(List.of("pers:مهدي_علوي", "pers:محمد_علوي", "pers:محمد_علوي"),
            "PERS", "مهدي علوي", "PERS", "محمد علوي", "PERS", "علوي"),
        // one letter apart, but two given names, or two family names: two people
        row(List.of("pers:عبدالرحمن_العلوي", "pers:عبدالرحيم_العلوي"),
            "PERS", "عبد الرحمن العلوي", "PERS", "عبد الرحيم العلوي"),
        row(List.of("pers:محمد_العلمي", "pers:محمد_العلوي"),
            "PERS", "محمد العلمي", "PERS", "محمد العلوي"),
        // transliteration slips of a foreign name: a dropped vowel, س/ص
        row(List.of("pers:إيمانويل_ماكرون", "pers:إيمانويل_ماكرون"), "PERS", "إيمانويل ماكرون", "PERS", "ماكرن"),
        row(List.of("pers:ليليان_ماسالا", "pers:ليليان_ماسالا"), "PERS", "ليليان ماسالا", "PERS", "ليليان ماصالا"),
        // the alias table: three names of the Arab Maghreb Union (seed 000), two of the Arab League
        row(List.of("org:اتحاد_المغرب_العربي", "org:اتحاد_المغرب_العربي", "org:اتحاد_المغرب_العربي"),
            "ORG", "الاتحاد المغاربي", "ORG", "اتحاد البلدان المغاربية", "ORG", "اتحاد المغرب العربي"),
        row(List.of("org:جامعة_الدول_العربية", "org:جامعة_الدول_العربية"),
            "ORG", "جامعة الدول العربية", "ORG", "الجامعة العربية"),
        // seed 004: the federation named by its first word; a country tagged as a body
        row(List.of("org:فيدرالية_تكنولوجيا_المعلومات_والاتصالات_وترحيل_الخدمات",
                "org:فيدرالية_تكنولوجيا_المعلومات_والاتصالات_وترحيل_الخدمات", "loc:المغرب"),
            "ORG", "فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات", "ORG", "الفيدرالية",
            "ORG", "المغرب"),
        // seed 002: Morocco is not Maroc Export; Gabon with and without the article
        row(List.of("loc:المغرب", "org:مغرب_تصدير", "loc:الغابون", "loc:الغابون"),
            "LOC", "المغرب", "ORG", "مغرب تصدير", "LOC", "الغابون", "LOC", "غابون"),
        // a name without alias: the same key whatever the tagger's type
        row(List.of("loc:ليبروفيل", "loc:ليبروفيل"), "LOC", "ليبروفيل", "ORG", "ليبروفيل"),
        // a state's official name: the table's id, else the place's own (with the place alone)
        row(List.of("loc:مصر", "loc:ليبيا", "loc:ليبيا"),
            "LOC", "جمهورية مصر العربية", "LOC", "دولة ليبيا", "LOC", "ليبيا"),
        // ... and its adjectives stay: the Democratic Republic of the Congo is not the Congo
        row(List.of("loc:كونغو_الديمقراطيه", "loc:كونغو"),
            "LOC", "جمهورية الكونغو الديمقراطية", "LOC", "الكونغو"),
        // two ministries start alike: the word alone names neither
        row(List.of("org:وزاره_الصحه", "org:وزاره_الماليه", "org:وزاره"),
            "ORG", "وزارة الصحة", "ORG", "وزارة المالية", "ORG", "الوزارة"));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void resolvesWithinAnArticle(List<EntityMention> mentions, List<String> ids) {
    assertThat(resolver.resolve(mentions)).extracting(EntityMention::canonical).containsExactlyElementsOf(ids);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      أمين زروق                | PERS | pers:امين_زروق
      امين زروق                | PERS | pers:امين_زروق
      عبد الإله بنكيران        | PERS | pers:عبدالاله_بنكيران
      عبدالإله بنكيران         | PERS | pers:عبدالاله_بنكيران
      سعدالدين العثماني        | PERS | pers:سعد_الدين_العثماني
      سعد الدين العثمانى       | PERS | pers:سعد_الدين_العثماني
      Saad Eddine El Othmani   | PERS | pers:سعد_الدين_العثماني
      هدى بلقاسم               | PERS | pers:هدي_بلقاسم
      الغابون                  | LOC  | loc:الغابون
      Gabon                    | LOC  | loc:الغابون
      ليبروفيل                 | LOC  | loc:ليبروفيل
      المملكة المغربية          | LOC  | loc:المغرب
      إتحاد المغرب العربى       | ORG  | org:اتحاد_المغرب_العربي
      الجامعه العربيه           | ORG  | org:جامعة_الدول_العربية
      Arab League              | ORG  | org:جامعة_الدول_العربية
      ESCWA                    | ORG  | org:الإسكوا
      حركة المهندسين           | ORG  | org:حركه_المهندسين
      OGERO                    | ORG  | org:ogero
      """)
  void givesTheSameIdToEverySpellingAcrossArticles(String name, String type, String id) {
    assertThat(resolver.canonical(name, type)).isEqualTo(id);
  }

  @Test
  void aPersonNeverTakesTheIdOfABodyOrAPlace() {
    assertThat(resolver.canonical("المغرب", "PERS")).isEqualTo("pers:المغرب");
    assertThat(resolver.canonical("سعد الدين العثماني", "ORG")).isEqualTo("org:سعدالدين_العثماني");
  }

  @Test
  void candidateIdsCoverAliasesDerivedIdsAndIds() {
    assertThat(resolver.candidateIds("Arab League")).contains("org:جامعة_الدول_العربية");
    assertThat(resolver.candidateIds("أمين زروق")).contains("pers:امين_زروق", "org:امين_زروق");
    assertThat(resolver.candidateIds("pers:امين_زروق")).first().isEqualTo("pers:امين_زروق");
    assertThat(resolver.candidateIds(" ، ")).isEmpty();
  }

  @Test
  void aUserTableAddsAliasesAndOverridesShippedOnes() throws Exception {
    Aliases mine = Aliases.read(new StringReader("""
        # mine
        pers:أمين_زروق	Amine Zarrouk|أمين زروك
        org:الاتحاد_المغاربي_للاتصالات	الاتحاد المغاربي
        """), "mine.tsv");
    EntityResolver r = new EntityResolver(Aliases.shipped().with(mine));
    assertThat(r.canonical("Amine Zarrouk", "PERS")).isEqualTo("pers:أمين_زروق");
    assertThat(r.canonical("أمين زروك", "PERS")).isEqualTo("pers:أمين_زروق");
    assertThat(r.canonical("الاتحاد المغاربي", "ORG")).isEqualTo("org:الاتحاد_المغاربي_للاتصالات");
    assertThat(r.canonical("اتحاد المغرب العربي", "ORG")).isEqualTo("org:اتحاد_المغرب_العربي");
  }

  @Test
  void aMalformedTableSaysWhere() {
    assertThatThrownBy(() -> Aliases.read(new StringReader("country:مصر\tEgypt\n"), "mine.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mine.tsv:1: ");
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ليليان  | يليان   | true
      ماكرون  | ماكرن   | true
      ماسالا  | ماصالا  | true
      العلوي  | العلمي  | false
      محمود   | محمد    | false
      عبدالرحمن | عبدالرحيم | false
      بنجلون  | بنجلون  | false
      زروق    | زروك    | false
      """)
  void misspellingsAreOneSlipBetweenLongWords(String a, String b, boolean same) {
    assertThat(EntityResolver.misspelt(Keys.key(a), Keys.key(b))).isEqualTo(same);
  }
}
