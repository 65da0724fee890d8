package org.marsad.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small labelled news records for tests: each article draws its sentences from its desk's phrases
 * and from phrases every desk uses, with a fixed seed.
 */
final class SyntheticNews {
  private SyntheticNews() {}

  static final String[][] DESKS = {
    {"economy",
      "ارتفعت أسعار النفط في الأسواق العالمية", "أعلن البنك المركزي رفع سعر الفائدة",
      "تراجع مؤشر البورصة في ختام التداولات", "سجل التضخم أعلى مستوى منذ سنوات",
      "وقعت الحكومة اتفاقية استثمار مع شركات أجنبية", "انخفض سعر صرف الدولار أمام اليورو"},
    {"sport",
      "فاز الفريق بالمباراة بهدفين دون رد", "سجل المهاجم هدف الفوز في الدقيقة الأخيرة",
      "تأهل المنتخب إلى نهائيات كأس العالم", "أعلن النادي التعاقد مع مدرب جديد",
      "يتصدر الفريق ترتيب الدوري بفارق نقطتين", "أصيب اللاعب في التدريبات قبل المباراة"},
    {"technology",
      "أطلقت الشركة هاتفا ذكيا جديدا بكاميرا متطورة", "حدث التطبيق نظامه لحماية بيانات المستخدمين",
      "كشف الباحثون عن تقنية جديدة للذكاء الاصطناعي", "أعلنت غوغل عن تحديث لمحرك البحث",
      "تعرضت شبكة الإنترنت لهجوم إلكتروني واسع", "طورت الشركة معالجا أسرع للحواسيب"},
  };

  static final String[] COMMON = {
    "وقال المتحدث في بيان اليوم", "وأضاف أن الأيام المقبلة ستشهد تطورات", "وذكرت وكالات الأنباء",
  };

  /** {@code perDesk} articles of each desk dated {@code day} (yyyymmdd), ids from {@code prefix}. */
  static List<NewsRecord> articles(int perDesk, int day, String prefix, long seed) {
    Random random = new Random(seed);
    List<NewsRecord> out = new ArrayList<>();
    for (String[] desk : DESKS) {
      for (int i = 0; i < perDesk; i++) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 5; k++) {
          text.append(desk[1 + random.nextInt(desk.length - 1)]).append(". ");
          if (random.nextInt(3) == 0) text.append(COMMON[random.nextInt(COMMON.length)]).append(". ");
        }
        String id = prefix + "-" + desk[0] + "-" + i + "-" + day;
        out.add(new NewsRecord(id, "synthetic", desk[0], null, desk[1 + random.nextInt(desk.length - 1)],
            null, text.toString().strip(), null, "test"));
      }
    }
    return out;
  }
}
