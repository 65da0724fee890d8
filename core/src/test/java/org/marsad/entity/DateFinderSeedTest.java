package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Seeds;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.pipeline.Pipeline;

/** The seeds through the whole pipeline: their dates and amounts (skipped without ../shared). */
class DateFinderSeedTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static Article analyze(String prefix, String containerDate) throws IOException {
    String page = Seeds.seed(prefix);
    return PIPELINE.analyze(
        new RawDocument(prefix, "text", RawDocument.Kind.TEXT_PAGE, page, null, null, null, null,
            containerDate));
  }

  @Test
  void seed004DatesResolveAgainstThePrintedPublicationDate() throws IOException {
    Article a = analyze("004_", null);
    assertThat(a.published()).isEqualTo("2021-02-22T16:18");
    assertThat(DateFinderTest.render(a.dates()))
        .isEqualTo(
            "اليوم الاثنين (22 فبراير)=2021-02-22~; نهاية شهر دجنبر 2020=2020-12;"
                + " فاتح يناير 2021=2021-01-01");
    for (DateMention d : a.dates()) {
      assertThat(a.text().substring(d.start(), d.end())).isEqualTo(d.text());
    }
    // "مئات الآلاف من مناصب الشغل" (hundreds of thousands of jobs) and كوفيد-19 are no amounts
    assertThat(a.amounts()).isEmpty();
  }

  @Test
  void seed000AmountAndYears() throws IOException {
    Article a = analyze("000_", null);
    assertThat(AmountFinderTest.render(a.amounts()))
        .isEqualTo("30 مليون دولار أمريكي=30000000 USD");
    assertThat(DateFinderTest.render(a.dates()))
        .isEqualTo("سنة 2011=2011; سنة 2017=2017; سنة 2011=2011");
  }

  @Test
  void seed001NumericDatesAndYears() throws IOException {
    Article a = analyze("001_", null);
    assertThat(a.dates())
        .extracting(DateMention::value)
        .containsExactly("2022", "2021", "2021-06-03", "2021-07-12");
  }

  @Test
  void seed002YesterdayNeedsAPublicationDate() throws IOException {
    // the page prints no date: "أمس الثلاثاء" (yesterday, Tuesday) stays unresolved
    assertThat(analyze("002_", null).dates()).isEmpty();
    // with a container date (a Wednesday), yesterday is that Tuesday
    Article a = analyze("002_", "2017-05-17");
    assertThat(DateFinderTest.render(a.dates())).isEqualTo("أمس الثلاثاء=2017-05-16~");
    // published on a Thursday, the weekday wins over "yesterday": still Tuesday the 16th
    assertThat(analyze("002_", "2017-05-18").dates())
        .extracting(DateMention::value)
        .containsExactly("2017-05-16");
  }
}
