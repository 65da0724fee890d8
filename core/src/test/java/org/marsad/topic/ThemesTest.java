package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.model.Theme;
import org.marsad.pipeline.SeedArticles;

class ThemesTest {
  private final Themes themes = Themes.standard();

  private List<String> ids(String text) {
    return themes.find(text).stream().map(Theme::id).toList();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // two strong mentions
        "أطلقت الشركة شبكة الجيل الخامس في الدار البيضاء، بعد ربط المدن بالألياف"
            + " البصرية.|infrastructure",
        "حذرت المديرية من الهجمات السيبرانية وطالبت بتعزيز الأمن السيبراني للمؤسسات.|cybersecurity",
        "يعرف الذكاء الاصطناعي تطورا سريعا، وتعتمد تطبيقات التعلم الآلي على"
            + " البيانات.|artificial-intelligence",
        "نمت التجارة الإلكترونية بالمغرب، وأصبح الاقتصاد الرقمي رافعة للتشغيل.|digital-economy",
        "قررت الوزارة تعميم التعليم عن بعد على التلاميذ عبر منصة تعليمية وطنية.|distance-learning",
        "يوفر قطاع ترحيل الخدمات آلاف مناصب الشغل في مراكز النداء.|offshoring",
        "أطلقت اللجنة حملة حول حماية المعطيات الشخصية والحق في الخصوصية.|data-protection",
        "وقع بريد المغرب اتفاقية لتطوير الخدمات البريدية في العالم القروي.|postal",
        "تعمل الحكومة على رقمنة الإدارة وتعميم الإدارة الإلكترونية عبر الإنترنت.|digitization",
        "ناقش المنتدى حوكمة الإنترنت وحياد الشبكة في المنطقة العربية.|internet-governance",
        "تسعى البرامج إلى سد الفجوة الرقمية ومحاربة الأمية الرقمية في القرى.|digital-inclusion",
        "انتشر الأداء الإلكتروني والدفع عبر الهاتف المحمول مع نمو التكنولوجيا المالية.|fintech",
        "جمعت الشركات الناشئة في التكنولوجيا والتطبيقات الرقمية تمويلا من صناديق رأس المال المخاطر"
            + " وحاضنات الأعمال.|startups-investment",
        "صادق المجلس على مشروع قانون يحدد الإطار القانوني لقطاع الاتصالات والإنترنت والخدمات"
            + " الرقمية.|regulation",
        "دعا وزراء الاتصالات إلى تعزيز التعاون المغاربي في مجال الإنترنت والاقتصاد الرقمي وتسريع"
            + " الاندماج الاقتصادي بين البلدان المغاربية.|regional-cooperation",
        // French and English, as Maghreb news mixes them
        "La fibre optique et le très haut débit arrivent au Maroc.|infrastructure",
        "Le rapport sur la cybersécurité alerte contre les cyberattaques.|cybersecurity",
      })
  void findsTheThemeOfASentence(String text, String theme) {
    assertThat(ids(text)).contains(theme);
  }

  @ParameterizedTest(name = "none in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a single passing mention is no theme
        "وذلك بتطبيق سياسة العمل من المنزل والتعليم عن بعد خلال الجائحة.",
        // e-mail is not the post
        "راسل المواطنون الوزارة عبر البريد الإلكتروني وعبر البريد الإلكتروني للجماعة.",
        // supporting words alone do not make a theme
        "عاد التلاميذ إلى المدارس والجامعات بعد العطلة، واستأنف الطلبة التعليم.",
      })
  void aPassingMentionIsNoTheme(String text) {
    assertThat(themes.find(text)).isEmpty();
  }

  @Test
  void aThemeCommonOutsideIctNeedsAnArticleOfTheField() {
    // a law on citizenship is no ICT regulation; the same words in an ICT article are
    String law =
        "وافق مجلس النواب على مشروع قانون يعدل القانون رقم 89 بشأن الجنسية، وأحال مشروع القانون على"
            + " الحكومة.";
    assertThat(ids(law)).doesNotContain("regulation");
    assertThat(ids(law + " ويشمل النص خدمات الاتصالات والإنترنت والتطبيقات الرقمية."))
        .contains("regulation");
  }

  @Test
  void fifthGenerationNeedsItsNetworks() {
    assertThat(ids("تعد سو 57 مقاتلة من الجيل الخامس، وهي أحدث مقاتلات الجيل الخامس الروسية."))
        .isEmpty();
    assertThat(ids("أطلقت الشركة شبكة الجيل الخامس، بعد تعميم شبكات الجيل الرابع في المدن."))
        .contains("infrastructure");
  }

  @Test
  void everyPieceOfEvidenceIsASpanOfTheText() {
    String text =
        "قال الوزير إن الأمن السيبراني أولوية. وأضاف أن الأمن السيبراني يتطلب تكوين الخبراء في مجال"
            + " أمن المعلومات.";
    Theme cyber = themes.find(text).get(0);
    assertThat(cyber.id()).isEqualTo("cybersecurity");
    assertThat(cyber.label()).isEqualTo("Cybersecurity");
    assertThat(cyber.evidence())
        .extracting(Span::text)
        .containsExactly("الأمن السيبراني", "الأمن السيبراني", "أمن المعلومات");
    for (Span s : cyber.evidence())
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThat(cyber.score()).isBetween(0.0, 1.0);
  }

  @Test
  void theSameEvidenceCountsForLessInALongerArticle() {
    String short_ = "الأمن السيبراني والجرائم الإلكترونية.";
    String filler = " وتحدث المسؤول عن أمور أخرى كثيرة في الاجتماع.".repeat(200);
    double inShort = themes.find(short_).get(0).score();
    double inLong = themes.find(short_ + filler).get(0).score();
    assertThat(inLong).isLessThan(inShort);
  }

  @Test
  void aUserFileAddsThemesAndTerms(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("my-themes.tsv");
    Files.writeString(
        extra,
        String.join(
            "\n",
            "# space and satellites, as a newsroom wants them",
            "theme\tspace\tSpace\tالفضاء\tEspace",
            "space\tوكالة الفضاء\t2",
            "space\tإطلاق صاروخ\t2",
            "fintech\tالمحفظة الرقمية\t2",
            ""));
    Themes mine = Themes.standard(extra);
    assertThat(mine.definitions())
        .extracting(Themes.Definition::id)
        .contains("space", "infrastructure");
    assertThat(mine.find("أعلنت وكالة الفضاء عن إطلاق صاروخ جديد."))
        .extracting(Theme::id)
        .containsExactly("space");
    assertThat(mine.find("انتشرت المحفظة الرقمية والأداء الإلكتروني."))
        .extracting(Theme::id)
        .contains("fintech");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "space\\tوكالة الفضاء|bad.tsv:1: unknown theme 'space'",
        "theme\\tspace|bad.tsv:1: a theme line is",
        "theme\\tspace\\tSpace\\n"
            + "space\\tوكالة الفضاء\\theavy|bad.tsv:2: the weight must be a number",
        "theme\\tspace\\tSpace\\tالفضاء\\tEspace\\tsometimes|bad.tsv:1: the sixth column is"
            + " 'needs-field'",
      })
  void aMalformedFileSaysWhereAndWhat(String content, String message, @TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, content.replace("\\t", "\t").replace("\\n", "\n"));
    assertThatThrownBy(() -> Themes.standard(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void everyShippedThemeHasItsThreeLabels() {
    assertThat(themes.definitions()).hasSize(15);
    for (Themes.Definition d : themes.definitions()) {
      assertThat(d.english()).isNotBlank();
      assertThat(d.arabic()).isNotBlank();
      assertThat(d.french()).isNotBlank();
    }
  }

  // the seeds get the themes a reader gives them

  private List<String> seedThemes(String prefix) throws Exception {
    Article a = SeedArticles.article(prefix);
    return new ThemesStage().apply(a).themes().stream().map(Theme::id).toList();
  }

  @Test
  void seed000IsInfrastructureRegionalCooperationAndRegulation() throws Exception {
    assertThat(seedThemes("000"))
        .containsExactlyInAnyOrder("infrastructure", "regional-cooperation", "regulation");
  }

  @Test
  void seed001IsCybersecurityAiGovernancePostalAndDigitalEconomy() throws Exception {
    assertThat(seedThemes("001"))
        .contains(
            "cybersecurity",
            "artificial-intelligence",
            "internet-governance",
            "postal",
            "digital-economy")
        .doesNotContain("distance-learning", "infrastructure", "offshoring", "fintech");
  }

  @Test
  void seed004IsOffshoringDistanceLearningAndDigitization() throws Exception {
    assertThat(seedThemes("004"))
        .containsExactlyInAnyOrder("offshoring", "distance-learning", "digitization");
  }

  @Test
  void seeds002And003GetTheirOwn() throws Exception {
    assertThat(seedThemes("002"))
        .containsExactly("regional-cooperation"); // Morocco-Gabon partnership
    assertThat(seedThemes("003")).containsExactly("internet-governance", "digital-economy");
  }
}
