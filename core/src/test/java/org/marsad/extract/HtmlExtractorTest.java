package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.RawDocument;

class HtmlExtractorTest {
  private static final Clock FETCHED = Clock.fixed(Instant.parse("2021-03-01T00:00:00Z"), ZoneOffset.UTC);
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor(FETCHED);

  private static Extraction read(String html) {
    return EXTRACTOR.extract(
        new RawDocument("test.html", "html", RawDocument.Kind.HTML, html, null, "https://example.ma/a/1", null, null, null));
  }

  private static final String PAGE =
      """
      <!doctype html><html lang="ar" dir="rtl"><head>
      <title>العثماني يستقبل فيدرالية تكنولوجيا المعلومات | موقع</title>
      <link rel="canonical" href="https://example.ma/news/123">
      <meta property="article:published_time" content="2021-02-22T16:18:00+01:00">
      <meta name="author" content="سعاد العلوي">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"العثماني: الظرفية الحالية تستوجب تطويرا أكبر لتكنولوجيا المعلومات","datePublished":"2021-02-22T16:18:00+01:00","author":{"@type":"Person","name":"سعاد العلوي"}}</script>
      </head><body>
      <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></nav>
      <div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/1">المغرب يقطع علاقاته المؤسساتية مع ألمانيا</a></li><li><a href="/2">تطوان تغرق بعد السيول</a></li></ul></div>
      <article class="article"><h1>العثماني: الظرفية الحالية تستوجب تطويرا أكبر لتكنولوجيا المعلومات</h1>
      <div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
      <div class="article-body">
      <p>أكد رئيس الحكومة سعد الدين العثماني، على ضرورة تطوير تكنولوجيا المعلومات والاتصال وترحيل الخدمات بالمغرب، خصوصا مع ما فرضته جائحة كورونا من تحديات في مجالات التواصل والرقمنة.</p>
      <p>وأوضح بلاغ لرئاسة الحكومة أن العثماني قال، خلال استقباله اليوم الاثنين، لرئيس فيدرالية تكنولوجيا المعلومات والاتصالات، إن القطاع يكتسي أهمية بالغة.</p>
      <h2>مقترحات الفيدرالية</h2>
      <p>وأضاف البلاغ أن رئيس الفيدرالية أوضح أنه رغم فقدان مئات الآلاف من مناصب الشغل بسبب تداعيات الجائحة، يمكن تدارك الوضع من خلال إجراءات جريئة.</p>
      <div class="related"><h3>اقرأ أيضا</h3><ul><li><a href="/3">الحكومة تمدد حالة الطوارئ الصحية</a></li><li><a href="/4">حملة التلقيح تتواصل</a></li></ul></div>
      </div></article>
      <div id="comments"><h3>التعليقات</h3><div class="comment"><p>تعليق طويل لقارئ يقول فيه إن هذا القطاع يحتاج إلى دعم أكبر من الحكومة، وإن الشباب ينتظرون فرص الشغل منذ سنوات طويلة.</p></div></div>
      <footer><p>جميع الحقوق محفوظة © 2021</p></footer>
      </body></html>
      """;

  @Test
  void readsBodyAndMetadata() {
    Extraction x = read(PAGE);
    assertThat(x.text())
        .startsWith("أكد رئيس الحكومة سعد الدين العثماني")
        .contains("مقترحات الفيدرالية")
        .endsWith("من خلال إجراءات جريئة.")
        .doesNotContain("اقرأ أيضا", "فيسبوك", "الرئيسية", "تعليق طويل", "جميع الحقوق");
    assertThat(x.title()).isEqualTo("العثماني: الظرفية الحالية تستوجب تطويرا أكبر لتكنولوجيا المعلومات");
    assertThat(x.published()).isEqualTo("2021-02-22T16:18+01:00");
    assertThat(x.byline()).isEqualTo("سعاد العلوي");
    assertThat(x.language()).isEqualTo("ar");
    assertThat(x.canonicalUrl()).isEqualTo("https://example.ma/news/123");
  }

  @Test
  void refusesDatesAfterTheFetch() {
    String html = PAGE.replace("2021-02-22T16:18:00+01:00", "2031-02-22T16:18:00+01:00");
    Extraction x = read(html);
    assertThat(x.published()).isNull();
  }

  @Test
  void fallsBackToAVisibleArabicDate() {
    String html =
        """
        <html><body><div class="post"><span class="date">الإثنين 22 فبراير 2021 على الساعة 16:18</span>
        <p>أكد رئيس الحكومة سعد الدين العثماني، على ضرورة تطوير تكنولوجيا المعلومات والاتصال وترحيل الخدمات بالمغرب، خصوصا مع ما فرضته جائحة كورونا من تحديات.</p>
        </div></body></html>
        """;
    assertThat(read(html).published()).isEqualTo("2021-02-22T16:18");
  }

  @Test
  void textHeldDirectlyByADivBetweenBreaks() {
    String html =
        """
        <html><body><div class="menu"><a href="/">Home</a> <a href="/x">World</a></div>
        <div class="content">The first paragraph of the story runs long enough, with commas, clauses, and facts to count.<br><br>
        The second paragraph follows after two line breaks, as some sites still write it, with more words.<br><br>
        The third paragraph closes the story with a quote, a number, 42, and a final full stop.</div>
        </body></html>
        """;
    assertThat(read(html).text())
        .startsWith("The first paragraph")
        .endsWith("a final full stop.")
        .doesNotContain("Home");
  }
}
