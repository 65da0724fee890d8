package org.marsad.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DedupTest {
  static final String ARTICLE = """
      أعلنت وزارة الاقتصاد الرقمي يوم الاثنين عن إطلاق منصة رقمية جديدة لفائدة المقاولات الصغرى \
      والمتوسطة، تهدف إلى تبسيط الإجراءات الإدارية وتقليص آجال معالجة الملفات.
      وقال الوزير في ندوة صحفية بالرباط إن المنصة ستمكن أكثر من مئة ألف مقاولة من إيداع طلباتها \
      عبر الإنترنت دون الحاجة إلى التنقل إلى الإدارات العمومية.
      وأضاف أن الحكومة رصدت لهذا المشروع غلافا ماليا قدره ثلاثون مليون دولار أمريكي على مدى ثلاث \
      سنوات، في إطار الاستراتيجية الوطنية للتحول الرقمي.
      ومن المنتظر أن تدخل المنصة حيز الخدمة مطلع السنة المقبلة بعد مرحلة تجريبية في ثلاث جهات.""";

  static final String OTHER = """
      فاز المنتخب المغربي على نظيره البرتغالي بهدف دون رد في المباراة التي جمعتهما مساء السبت \
      على ملعب الثمامة بالدوحة، ليتأهل إلى نصف نهائي كأس العالم لأول مرة في تاريخه.
      وسجل يوسف النصيري هدف المباراة الوحيد برأسية في الدقيقة الثانية والأربعين من الشوط الأول.""";

  @Test
  void shinglesIgnoreDiacriticsHamzaAndLineBreaks() {
    String retyped = ARTICLE.replace("أعلنت", "اعلنت").replace("\n", " ").replace("منصة", "مِنصّة");
    assertThat(Shingles.of(retyped)).isEqualTo(Shingles.of(ARTICLE));
  }

  @Test
  void aCopyWithItsParagraphsReorderedAndAWordEditedIsANearDuplicate() {
    String[] p = ARTICLE.split("\n");
    String copy = p[2] + "\n" + p[0] + "\n" + p[1].replace("بالرباط", "في العاصمة") + "\n" + p[3]
        + "\nتابعونا على فيسبوك وتويتر لمزيد من الأخبار.";
    long[] a = shingled(ARTICLE), b = shingled(copy);
    assertThat(near(a, b, "إطلاق منصة رقمية", "عاجل: إطلاق منصة رقمية - بي بي سي عربي")).isTrue();
    assertThat(near(a, b, "عنوان", "عنوان آخر تماما")).isTrue(); // on the text alone
  }

  @Test
  void differentArticlesAreNot() {
    assertThat(near(Shingles.of(ARTICLE), Shingles.of(OTHER), "منصة", "منصة")).isFalse();
  }

  @Test
  void aCopyWithHalfItsTextGoneIsOnlyADuplicateUnderTheSameTitle() {
    String[] p = ARTICLE.split("\n");
    String half = p[0] + "\n" + p[1].substring(0, p[1].length() / 2);
    long[] a = shingled(ARTICLE), b = shingled(half);
    assertThat(Shingles.jaccard(a, b)).isBetween(0.3, 0.5);
    assertThat(near(a, b, "إطلاق منصة رقمية جديدة", "عاجل: إطلاق منصة رقمية جديدة")).isTrue();
    assertThat(near(a, b, "إطلاق منصة رقمية جديدة", "الحكومة تعلن عن ميزانية")).isFalse();
  }

  /** {@code later} a near copy of {@code earlier}? (Both given as text shingles.) */
  static boolean near(long[] later, long[] earlier, String laterTitle, String earlierTitle) {
    return Dedup.nearDuplicate(later, LEADS.getOrDefault(later, new long[0]), earlier, laterTitle,
        earlierTitle);
  }

  /** Leads of the texts these tests shingle, by their shingle arrays (identity). */
  static final java.util.Map<long[], long[]> LEADS = new java.util.IdentityHashMap<>();

  static long[] shingled(String text) {
    long[] s = Shingles.of(text);
    LEADS.put(s, Shingles.lead(text, Dedup.LEAD_WORDS));
    return s;
  }

  @Test
  void aFollowUpThatCarriesAnEarlierReportAsBackgroundIsNotACopy() {
    // a new development under a new headline, with the earlier report below it as background:
    // close by text (J 0.5-0.85), but its lead is nowhere in the earlier report
    String followUp = """
        قررت الحكومة مساء الخميس تأجيل إطلاق المنصة الرقمية الموجهة للمقاولات إلى أجل غير مسمى،         بعد أن رصدت لجنة تقنية ثغرات أمنية خطيرة في نظام حماية المعطيات الشخصية للمستخدمين.
        وأوضح بيان رسمي أن الوزارة ستعيد طرح صفقة تطوير المنصة على شركات جديدة خلال الأشهر المقبلة.
        """ + ARTICLE;
    long[] later = shingled(followUp), earlier = shingled(ARTICLE);
    assertThat(Shingles.jaccard(later, earlier)).isBetween(0.5, 0.85);
    assertThat(near(later, earlier, "تأجيل إطلاق المنصة الرقمية بسبب ثغرات أمنية",
        "إطلاق منصة رقمية جديدة للمقاولات")).isFalse();
    // the same text under a headline that tells the same news is a copy
    assertThat(near(later, earlier, "إطلاق منصة رقمية جديدة للمقاولات",
        "إطلاق منصة رقمية جديدة للمقاولات")).isTrue();
    // and the earlier report re-posted after it (its lead is in the follow-up) is one too
    assertThat(near(earlier, later, "إطلاق منصة رقمية جديدة للمقاولات",
        "تأجيل إطلاق المنصة الرقمية بسبب ثغرات أمنية")).isTrue();
  }

  @Test
  void tooShortTextsAreNeverNearDuplicates() {
    long[] a = Shingles.of("المصدر: وكالات"), b = Shingles.of("المصدر: وكالات الأنباء");
    assertThat(near(a, b, "x", "x")).isFalse();
  }

  @Test
  void minHashEstimatesJaccardAndIsTheSameInEveryRun() {
    long[] a = Shingles.of(ARTICLE);
    NearDuplicateGenerator.Copy c = NearDuplicateGenerator.copy("t", ARTICLE, OTHER, new Random(7));
    long[] b = Shingles.of(c.text());
    MinHash m = new MinHash(40, 3);
    double estimate = MinHash.estimate(m.signature(a), m.signature(b));
    assertThat(estimate).isCloseTo(Shingles.jaccard(a, b), org.assertj.core.data.Offset.offset(0.15));
    assertThat(new MinHash(40, 3).bandKeys(a)).containsExactly(m.bandKeys(a));
    assertThat(m.bandKeys(a)[0]).matches("m1\\.b00\\.[0-9a-f]{12}");
  }

  @Test
  void bandKeysAreWrittenAsTheyAlwaysWere() {
    for (long h : new long[] {0, 1, 0xABCDEF012345L, 0xFFFF_FFFF_FFFFL}) {
      for (int band : new int[] {0, 7, 39, 99}) {
        assertThat(MinHash.key(band, h)).isEqualTo(String.format("m1.b%02d.%012x", band, h));
      }
    }
  }

  @Test
  void theGeneratorIsDeterministicForASeed() {
    var x = NearDuplicateGenerator.copy("عنوان", ARTICLE, OTHER, new Random(42));
    var y = NearDuplicateGenerator.copy("عنوان", ARTICLE, OTHER, new Random(42));
    assertThat(x).isEqualTo(y);
    assertThat(x.edits()).hasSizeGreaterThanOrEqualTo(1);
  }
}
