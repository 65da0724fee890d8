package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.ingest.RawDocument;

class ExtractorsTest {
  private static final Extractors EXTRACTORS = Extractors.standard();

  @Test
  void choosesByKind() {
    assertThat(EXTRACTORS.forKind(RawDocument.Kind.TEXT_PAGE)).isInstanceOf(TextPageExtractor.class);
    assertThat(EXTRACTORS.forKind(RawDocument.Kind.HTML)).isInstanceOf(HtmlExtractor.class);
  }

  @Test
  void cleanTextIsTrimmedAndKeepsTheContainersTitleAndTime() {
    RawDocument doc =
        new RawDocument(
            "ant.jsonl#line 1", "jsonl", RawDocument.Kind.CLEAN_TEXT,
            "  يبدو أن الصراع بين المدربين الأربعة سيشهد تحدياً من نوع خاص.\n\n\nوشهدت حلقة السبت تكوين \"عصابة نسائية\".  \n",
            "AL-culture-1", null, "alarabia", " هكذا تحالفت أحلام وإليسا ", "Sun, 18 Feb 2018 21:35:43 +0400");
    Extraction x = EXTRACTORS.extract(doc);
    assertThat(x.text())
        .isEqualTo("يبدو أن الصراع بين المدربين الأربعة سيشهد تحدياً من نوع خاص.\n\nوشهدت حلقة السبت تكوين \"عصابة نسائية\".");
    assertThat(x.title()).isEqualTo("هكذا تحالفت أحلام وإليسا");
    assertThat(x.published()).isEqualTo("2018-02-18T21:35:43+04:00");
    assertThat(x.boilerplate()).isEmpty();
  }
}
