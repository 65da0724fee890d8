package org.marsad.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lexical cues of the lines that surround an article on a flattened news page, by kind. Each cue is
 * matched against the folded line ({@link ArabicDates#fold}); a cue is a phrase sites print, not a
 * rule for one page: "هل ترغب بالتعليق على الموضوع؟" (do you want to comment on this?) is a
 * comment-form line on many Moroccan sites, "جميع الحقوق محفوظة" (all rights reserved) a site note
 * everywhere.
 */
final class LineCues {
  private LineCues() {}

  enum Kind {
    BREAKING("breaking-marker"),
    COMMENT_FORM("comment-form"),
    SITE_NOTE("site-note"),
    NAVIGATION("navigation"),
    BYLINE("byline");

    final String reason;

    Kind(String reason) {
      this.reason = reason;
    }
  }

  private static Pattern words(String... phrases) {
    StringBuilder sb = new StringBuilder("(?:^|[^\\p{L}])(?:");
    for (int i = 0; i < phrases.length; i++) {
      if (i > 0) sb.append('|');
      sb.append(ArabicDates.fold(phrases[i]).replace(" ", "\\s+"));
    }
    return Pattern.compile(sb.append(")(?:$|[^\\p{L}])").toString(), Pattern.CASE_INSENSITIVE);
  }

  static final Pattern BREAKING = words("عاجل", "خبر عاجل", "عاجل جدا", "breaking", "urgent");

  static final Pattern COMMENT_FORM =
      words(
          "هل ترغب بالتعليق", "هل ترغب في التعليق", "أضف تعليق", "اضف تعليقك", "أضف تعليقك",
          "اترك تعليقا", "اترك تعليق", "التعليقات", "تعليقات", "تعليق", "علق", "الاسم", "الإسم",
          "اسمك", "البريد الإلكتروني", "البريد الالكتروني", "بريدك الإلكتروني", "إرسال", "ارسال",
          "أرسل", "نشر التعليق", "رمز التحقق", "الحقول المطلوبة", "مطلوب", "comment", "comments",
          "submit", "email", "name");

  static final Pattern SITE_NOTE =
      words(
          "ملحوظة", "ملاحظة", "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر",
          "لا تعبر بالضرورة", "لا يعبر بالضرورة", "شروط النشر", "شروط الاستخدام", "سياسة الخصوصية",
          "الآراء الواردة", "يمنع نسخ", "يرجى الالتزام", "copyright", "all rights reserved", "©");

  static final Pattern NAVIGATION =
      words(
          "الرئيسية", "الصفحة الرئيسية", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد",
          "المزيد", "شارك", "شاركها", "مشاركة", "تابعونا", "تابعنا", "ذات صلة", "مقالات ذات صلة",
          "أخبار ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "آخر الأخبار", "أخبار متعلقة", "فيسبوك",
          "تويتر", "واتساب", "واتس اب", "انستغرام", "يوتيوب", "طباعة", "حجم الخط", "facebook",
          "twitter", "whatsapp", "print", "telegram", "تلغرام", "تيليجرام", "الوسوم", "كلمات مفتاحية",
          "وسوم", "اشترك", "النشرة البريدية", "إعلان");

  /** Agencies and byline verbs: "و م ع" (MAP), "واس" (SPA), "أ ف ب" (AFP), "بقلم" (by). */
  static final Pattern BYLINE =
      words(
          "و م ع", "و.م.ع", "ومع", "واس", "وام", "قنا", "كونا", "بنا", "بترا", "سانا", "واج", "وأج",
          "وات", "تاب", "الأناضول", "رويترز", "أ ف ب", "أ.ف.ب", "ا ف ب", "فرانس برس", "د ب أ",
          "د.ب.أ", "أ ب", "شينخوا", "وكالات", "بقلم", "كتب", "كتبت", "حاوره", "حاورته", "إعداد",
          "اعداد", "تحرير", "مراسل", "مراسلة", "متابعة", "ترجمة", "تصوير", "المحرر", "صحافي",
          "صحفي", "by");

  static final List<Kind> ORDER =
      List.of(Kind.BREAKING, Kind.SITE_NOTE, Kind.COMMENT_FORM, Kind.NAVIGATION, Kind.BYLINE);

  static Pattern pattern(Kind kind) {
    return switch (kind) {
      case BREAKING -> BREAKING;
      case COMMENT_FORM -> COMMENT_FORM;
      case SITE_NOTE -> SITE_NOTE;
      case NAVIGATION -> NAVIGATION;
      case BYLINE -> BYLINE;
    };
  }
}
