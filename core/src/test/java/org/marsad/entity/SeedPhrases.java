package org.marsad.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.marsad.extract.Extractors;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * The five seeds read through a pipeline with the entity stages, over a {@link PhraseFinder} that
 * marks what a tagger should find in each: the names the seeds' readers expect.
 */
final class SeedPhrases {
  private SeedPhrases() {}

  static final PhraseFinder FINDER = PhraseFinder.of(
      // 000: the Arab Maghreb Union's workshop
      "PERS", "الطيب البكوش",
      "ORG", "الاتحاد المغاربي", "ORG", "اتحاد البلدان المغاربية", "ORG", "اتحاد المغرب العربي",
      "ORG", "البنك الإفريقي للتنمية", "ORG", "النيباد",
      "ORG", "المجلس الوزاري المغاربي المكلف بالبريد وتكنولوجيات الاتصال والمعلومات",
      "ORG", "وكالة التخطيط والتنسيق للنيباد",
      // 001: the Arab telecom ministers' council
      "PERS", "عمرو طلعت", "PERS", "كمال حسن على",
      "ORG", "مجلس الوزراء العرب للاتصالات والمعلومات", "ORG", "جامعة الدول العربية",
      "ORG", "الجامعة العربية", "ORG", "مجلس وزراء الاتصالات العرب", "ORG", "الاتحاد الدولي للاتصالات",
      "ORG", "الاتحاد البريدي العالمي", "LOC", "جمهورية مصر العربية", "LOC", "مصر",
      "LOC", "السعودية", "LOC", "الجزائر", "LOC", "تونس", "LOC", "فلسطين", "LOC", "اليمن",
      "LOC", "موريتانيا", "LOC", "الصين", "LOC", "روسيا", "LOC", "الإمارات", "LOC", "قطر",
      "LOC", "مسقط", "LOC", "سلطنة عمان",
      // 002: Morocco and Gabon
      "PERS", "ليليان ماسالا", "PERS", "يليان ماسالا", "PERS", "ماسالا", "PERS", "العربي بوربعة",
      "PERS", "هشام أمدي", "ORG", "وزارة البريد والنهوض بالاقتصاد الرقمي", "ORG", "مغرب تصدير",
      "ORG", "جمعية الشركات التكنولوجية", "LOC", "الغابون", "LOC", "ليبروفيل",
      // 003: the Arab internet governance forum
      "PERS", "أسامة هامل", "PERS", "مجدوبي محمد", "PERS", "هدى بلقاسم", "PERS", "محمد السادس",
      "ORG", "حركة المهندسين", "ORG", "حزب الحركة الشعبية", "ORG", "المنتدى العربي لحوكمة الانترنت",
      "ORG", "وزارة الاتصالات اللبنانية", "ORG", "OGERO", "ORG", "ESCWA", "LOC", "بيروت",
      // 004: the head of government and the IT federation
      "PERS", "سعد الدين العثماني", "PERS", "العثماني", "PERS", "أمين زروق", "PERS", "زروق",
      "PERS", "مهدي علوي", "PERS", "حاتم بنجلون",
      "ORG", "فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات",
      "ORG", "وزارة الصناعة والتجارة والاقتصاد الأخضر والرقمي", "ORG", "رئاسة الحكومة",
      "ORG", "الفيدرالية", "LOC", "المغرب");

  static final Pipeline PIPELINE =
      new Pipeline(Extractors.standard(), List.of(new EntitiesStage(FINDER), new QuotesStage()));

  static Path shared() {
    return Path.of(System.getProperty("marsad.shared", "../shared"));
  }

  /** The seed whose file name starts with {@code prefix}, analyzed; skips when absent. */
  static Article seed(String prefix) throws IOException {
    Path dir = shared().resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no seeds at " + dir + "; skipped");
    try (Stream<Path> files = Files.list(dir)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      Assumptions.assumeTrue(p != null, "no seed " + prefix + " in " + dir + "; skipped");
      return PIPELINE.analyze(RawDocument.textPage(p.toString(), Files.readString(p)));
    }
  }
}
