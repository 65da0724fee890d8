package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Boilerplate;

class TextPageExtractorTest {
  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor();

  private static Extraction read(String content) {
    return EXTRACTOR.extract(RawDocument.textPage("test", content));
  }

  private static Map<String, String> reasons(Extraction x) {
    return x.boilerplate().stream()
        .collect(Collectors.toMap(Boilerplate::text, Boilerplate::reason, (a, b) -> a + "," + b));
  }

  @Test
  void seed004TitleTimestampAndBody() throws IOException {
    Extraction x = read(Seeds.seed("004_"));
    assertThat(x.title()).isEqualTo("العثماني: الظرفية الحالية تستوجب تطويرا أكبر لتكنولوجيا المعلومات والاتصال");
    assertThat(x.published()).isEqualTo("2021-02-22T16:18");
    assertThat(x.text()).startsWith("أكد رئيس الحكومة سعد الدين العثماني");
    assertThat(x.text()).endsWith("وإلى تعريف المحطات المرتبطة بها.");
    assertThat(x.text().split("\n\n")).hasSize(7);
    Map<String, String> reasons = reasons(x);
    assertThat(reasons)
        .containsEntry("عاجل", "breaking-marker")
        .containsEntry("الإثنين 22 فبراير 2021 على الساعة 16:18", "timestamp")
        .containsEntry("• عاجل.. المغرب يقطع علاقاته المؤسساتية مع ألمانيا (وثيقة)", "other-headline")
        .containsEntry(x.title(), "title,duplicate-title");
    assertThat(x.boilerplate()).hasSize(9);
  }

  @Test
  void seed002BylineTitleAndBodyBetweenHeadlinesAndCommentForm() throws IOException {
    Extraction x = read(Seeds.seed("002_"));
    assertThat(x.title())
        .isEqualTo("المغرب والغابون يرغبان في تطوير شراكة مثمرة في قطاع التكنولوجيات الجديدة للإعلام والاتصال");
    assertThat(x.byline()).contains("و م ع");
    assertThat(x.text()).startsWith("أكد المغرب والغابون").endsWith("في هذا المجال .");
    assertThat(x.text().split("\n\n")).hasSize(10);
    Map<String, String> reasons = reasons(x);
    assertThat(reasons)
        .containsEntry("أول تعليق من \"الركراكي\" على مجموعة المغرب في نهائيات كأس إفريقيا", "other-headline")
        .containsEntry("أخبارنا المغربية - و م ع", "byline")
        .containsEntry("هل ترغب بالتعليق على الموضوع؟", "comment-form")
        .containsEntry("• التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع", "site-note");
    assertThat(x.boilerplate()).noneMatch(b -> b.score() < 0 || b.score() > 1);
  }

  @ParameterizedTest(name = "seed {0} comes out whole")
  @CsvSource({"000_", "001_", "003_"})
  void pagesWithoutBoilerplateComeOutWhole(String prefix) throws IOException {
    String page = Seeds.seed(prefix);
    Extraction x = read(page);
    List<String> lines =
        Arrays.stream(page.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(x.text()).isEqualTo(String.join("\n\n", lines));
    assertThat(x.boilerplate()).isEmpty();
    assertThat(x.title()).isNull();
  }

  /** Invented pages in other sites' shapes: file, title, published, byline, dateline, first, last, paragraphs. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          levant-dateline.txt      | بلدية طرابلس تطلق خطة لإعادة تأهيل الأسواق القديمة | 2021-03-04T09:40 | null              | بيروت   | بيروت - أعلنت بلدية طرابلس | بالتعاون مع غرفة التجارة والصناعة. | 4
          byline-first-tunisia.txt | تونس تحتضن المعرض الدولي للكتاب في دورته الجديدة   | 2020-06-12T09:30 | بقلم: سعاد بن عمر | null    | تنطلق يوم الجمعة المقبل     | رحلوا خلال السنة الماضية.          | 3
          no-title-related.txt     | null                                                 | null             | null              | null    | أعلنت وزارة الصحة           | ابتداء من الأسبوع المقبل.          | 3
          cairo-agency.txt         | مصر تفتتح أكبر محطة لمعالجة المياه في الشرق الأوسط | 2020-08-15T11:20 | أ ش أ             | القاهرة | القاهرة (أ ش أ) - افتتح     | نحو أربعمائة ألف فدان في سيناء.    | 2
          """)
  void inventedPages(
      String file, String title, String published, String byline, String dateline, String first,
      String last, int paragraphs) throws IOException {
    Extraction x = read(resource("pages/" + file));
    assertThat(x.title()).isEqualTo(title);
    assertThat(x.published()).isEqualTo(published);
    assertThat(x.byline()).isEqualTo(byline);
    assertThat(x.dateline()).isEqualTo(dateline);
    assertThat(x.text()).startsWith(first).endsWith(last);
    assertThat(x.text().split("\n\n")).hasSize(paragraphs);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          أضف تعليقك                                            | comment-form
          البريد الإلكتروني                                      | comment-form
          جميع الحقوق محفوظة © 2021                              | site-note
          اقرأ أيضا                                              | navigation
          الحكومة تمدد حالة الطوارئ الصحية لشهر إضافي           | other-headline
          """)
  void linesAfterTheBodyGetTheirReason(String line, String reason) {
    String body =
        "أعلنت وزارة الصحة، مساء أمس الأحد، تسجيل انخفاض ملحوظ في عدد الإصابات الجديدة، داعية"
            + " المواطنين إلى مواصلة الالتزام بالتدابير الوقائية.\n"
            + "وأوضح بلاغ للوزارة أن نسبة ملء أسرة الإنعاش تراجعت إلى أقل من عشرين في المائة.\n";
    Extraction x = read(body + line + "\n");
    Map<String, String> reasons =
        x.boilerplate().stream().collect(Collectors.toMap(Boilerplate::text, Boilerplate::reason));
    assertThat(reasons).containsEntry(line, reason);
    assertThat(x.text().split("\n\n")).hasSize(2);
  }

  @Test
  void emptyPageGivesEmptyText() {
    Extraction x = read(" \n\n");
    assertThat(x.text()).isEmpty();
    assertThat(x.boilerplate()).isEmpty();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = TextPageExtractorTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
