package org.marsad.entity;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.extract.ArabicDates;
import org.marsad.model.DateMention;

/**
 * Finds the dates an Arabic news text mentions and resolves them to ISO 8601.
 *
 * <p>What it reads, in the order it prefers them when two readings overlap:
 *
 * <ol>
 *   <li>day, month name and year in the four families of {@link ArabicDates} (Maghreb دجنبر,
 *       Levantine كانون الأول, Egyptian and Gulf ديسمبر, Tunisian and Algerian ديسمبر/جوان), with a
 *       second name after a slash or in brackets ("22 شباط (فبراير) 2021"), "فاتح يناير" and
 *       "الأول من يناير" (the first of January), and day ranges ("3 و4 مارس": both days). Without
 *       a year ("22 فبراير") the year is the one that puts the date nearest to the publication
 *       date, or the last before or the first after it with الماضي (last) or المقبل (next);
 *   <li>numeric dates, day first as Arab papers write them (3/6/2021, 22-02-2021, 22.02.2021) and
 *       year first (2021-02-22);
 *   <li>Hijri dates ("15 رمضان 1442 هـ", "6 جمادى الآخرة 1439هـ"), converted to the Gregorian
 *       day by ICU's Umm al-Qura calendar ({@link IslamicCalendar.CalculationType#ISLAMIC_UMALQURA},
 *       Saudi Arabia's official calendar): countries that start months by sighting the moon may
 *       differ by a day. Without a year ("28 شوال") the Hijri year nearest the publication date;
 *       صفر (Safar, also "zero") only with a year;
 *   <li>month and year ("دجنبر 2020", "نهاية شهر دجنبر 2020", the end of December 2020) as
 *       {@code 2020-12}; a month without a year only with a cue ("شهر مارس", "مارس الماضي",
 *       "مطلع يناير") since مارس is also a verb (practised);
 *   <li>a year alone only after a cue: a noun ("سنة 2021", "عام 2020", "للعام 2022", the noun is
 *       part of the mention) or a preposition ("خلال 2019", "منذ 2011", "بحلول 2030", "في أفق
 *       2030", the year alone is), never a bare number;
 *   <li>expressions relative to the publication date, with {@code relative} set: أمس
 *       (yesterday), أمس الأول (the day before), اليوم (today: only with a weekday or a time of
 *       day, since alone it mostly means "nowadays"), غدا (tomorrow), بعد غد, with a time of day
 *       before them (صباح، مساء، ليلة، يوم); weekday names ("الثلاثاء", "يوم الأحد", "الخميس
 *       المقبل"); الأسبوع/الشهر/العام الماضي, المقبل, الجاري and هذا العام.
 * </ol>
 *
 * <p>How relative expressions resolve: a bare weekday is the last such day on or before the
 * publication date (wire copy writes "قال الاثنين" for a Monday just past); with الماضي the last
 * one strictly before, with المقبل/القادم the first one strictly after. When a weekday comes with
 * أمس, اليوم or غدا ("أمس الثلاثاء") and disagrees with the computed day (a publication time in
 * another time zone, a late edit), the weekday wins: its last date on or before the publication
 * date, or for غدا its first date on or after. A weekday right before an absolute date is part of
 * that mention ("الإثنين 22 فبراير 2021", "اليوم الاثنين (22 فبراير)") and the written date wins.
 *
 * <p>Values are ISO 8601: {@code 2021-02-22}, {@code 2020-12}, {@code 2021}, and for weeks the ISO
 * week {@code 2021-W07} (Monday to Sunday). When {@code published} is null, whatever needs it
 * (relative expressions, dates without a year) is skipped: a value is never a guess from the
 * reading day. Mentions never overlap; offsets are UTF-16 into the text. Thread-safe and
 * stateless; the patterns are compiled once.
 */
public final class DateFinder {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String S = "(?<![\\p{L}\\d])[وفلب]?"; // word start, one proclitic allowed
  private static final String E = "(?![\\p{L}\\d])"; // word end
  private static final String MONTHS = "(?:" + ArabicDates.MONTH_NAMES + ")";
  /** A month's name in a second family: "فبراير/شباط", "شباط (فبراير)", "يناير كانون الثاني". */
  private static final String SECOND_MONTH =
      "(?:(?:\\s*[/(-]\\s*|\\s+)" + MONTHS + "(?![\\p{L}])\\s*\\)?)?";
  private static final String YEAR_NOUN = "(?:(?:من\\s+)?(?:ال|لل)?(?:عام|سنه)\\s+)?";
  private static final String AD = "(?:\\s*م(?![\\p{L}]))?"; // 2021م: the Gregorian year
  private static final String PAST = "الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته";
  private static final String NEXT = "المقبل|المقبله|القادم|القادمه";
  private static final String CURRENT = "الجاري|الجاريه|الحالي|الحاليه";
  private static final String PART_OF_MONTH = "نهايه|بدايه|مطلع|منتصف|اواخر|اوائل|اواسط|مستهل";

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "الاحد", DayOfWeek.SUNDAY,
          "الاثنين", DayOfWeek.MONDAY,
          "الثلاثاء", DayOfWeek.TUESDAY,
          "الاربعاء", DayOfWeek.WEDNESDAY,
          "الخميس", DayOfWeek.THURSDAY,
          "الجمعه", DayOfWeek.FRIDAY,
          "السبت", DayOfWeek.SATURDAY);
  private static final String WEEKDAY = "(?:" + String.join("|", WEEKDAYS.keySet()) + ")";

  /** Hijri month names after folding (ذو/ذي: nominative and genitive), to 1..12. */
  private static final Map<String, Integer> HIJRI_MONTHS = new HashMap<>();
  /** The same, keyed without spaces: ذوالحجة is written both ways. */
  private static final Map<String, Integer> HIJRI_BY_LETTERS = new HashMap<>();

  static {
    String[][] names = {
      {"محرم"}, {"صفر"}, {"ربيع الاول"}, {"ربيع الاخر", "ربيع الثاني"},
      {"جمادي الاولي", "جمادي الاول"}, {"جمادي الاخره", "جمادي الثانيه", "جمادي الاخر"},
      {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذو القعده", "ذي القعده"},
      {"ذو الحجه", "ذي الحجه"},
    };
    for (int m = 0; m < 12; m++) for (String n : names[m]) HIJRI_MONTHS.put(n, m + 1);
    for (int m = 0; m < 12; m++) for (String n : names[m]) HIJRI_BY_LETTERS.put(n.replace(" ", ""), m + 1);
  }

  private static final String HIJRI =
      "(?:"
          + String.join(
              "|",
              HIJRI_MONTHS.keySet().stream()
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .map(n -> n.replace(" ", "\\s*"))
                  .toList())
          + ")";

  /** A weekday, or a time of day, just before an absolute date: part of its mention. */
  private static final Pattern WEEKDAY_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}\\d])[وف]?((?:(?:يوم|اليوم|امس|غدا|صباح|مساء|ليله)\\s+)?"
              + WEEKDAY
              + "|يوم)\\s*[,،]?\\s*(\\(?)\\s*$");

  /** Day (or فاتح, الأول من), month name, optional second name, then a year or الماضي/المقبل. */
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d.,/])[وفلب]?(?<x>(?:(?<d1>\\d{1,2})\\s*(?:-|–|و|الى|حتى|او)\\s*)?"
              + "(?:(?<day>\\d{1,2})|(?<first>(?:ال)?فاتح(?:\\s+من)?|الاول\\s+من))"
              + "\\s*(?:من\\s+)?(?:شهر\\s+)?(?<mon>"
              + MONTHS
              + ")"
              + SECOND_MONTH
              + "(?:\\s*[,،]?\\s*"
              + YEAR_NOUN
              + "(?<year>\\d{4})"
              + AD
              + "|\\s+(?<dir>"
              + PAST
              + "|"
              + NEXT
              + "|"
              + CURRENT
              + "))?)"
              + E);

  /** 3/6/2021, 22-02-2021, 22.02.2021: day first, the same separator twice. */
  private static final Pattern DMY =
      Pattern.compile(
          "(?<![\\d/.\\-])(?<x>(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}))"
              + "(?![\\d/\\-]|\\.\\d)");

  /** 2021-02-22, 2021/02/22. */
  private static final Pattern YMD =
      Pattern.compile(
          "(?<![\\d/.\\-])(?<x>(?<y>\\d{4})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2}))"
              + "(?![\\d/\\-]|\\.\\d)");

  private static final Pattern HIJRI_DATE =
      Pattern.compile(
          "(?<![\\d.,/])(?<x>(?<day>\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(?<mon>"
              + HIJRI
              + ")(?:\\s*[,،]?\\s*"
              + YEAR_NOUN
              + "(?<year>1[345]\\d\\d)(?:\\s*(?:ه|هجري|هجريه|للهجره)(?![\\p{L}]))?)?)"
              + E);

  /** Month and year, or a month with a cue: شهر, الماضي/المقبل/الجاري, نهاية/مطلع... */
  private static final Pattern MONTH =
      Pattern.compile(
          S
              + "(?<x>(?:(?<part>"
              + PART_OF_MONTH
              + ")\\s+(?:من\\s+)?)?(?:(?<shahr>شهر)\\s+)?(?<mon>"
              + MONTHS
              + ")"
              + SECOND_MONTH
              + "(?:\\s*[,،]?\\s*"
              + YEAR_NOUN
              + "(?<year>\\d{4})"
              + AD
              + "|\\s+(?<dir>"
              + PAST
              + "|"
              + NEXT
              + "|"
              + CURRENT
              + "))?)"
              + E);

  /** A year after a noun (part of the mention) or a preposition (not part of it). */
  private static final Pattern YEAR =
      Pattern.compile(
          S
              + "(?:(?<noun>(?:ال|لل)?(?:عام|سنه)|موسم)|(?:خلال|منذ|بحلول|افق|حتى))\\s+"
              + "(?<year>(?:19|20|21)\\d\\d)"
              + AD
              + E
              + "(?!\\s*(?:عام|سنه|سنوات|شخص|الف|مليون|مليار|دولار|يورو|درهم|دينار|ريال|جنيه))");

  /** أمس, اليوم, غدا with an optional weekday; a weekday with an optional الماضي/المقبل. */
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?<![\\p{L}\\d])[وف]?(?<x>(?<tod>(?:(?:صباح|مساء|ظهر|عصر|ليله|فجر|صبيحه|ظهيره|يوم)\\s+){0,2})"
              + "(?:(?<anchor>اول\\s+من\\s+امس|اول\\s+امس|امس\\s+الاول|بعد\\s+غد|امس|بالامس|اليوم|غدا|غد|الغد)"
              + "(?:\\s*[,،]?\\s*(?<wd1>"
              + WEEKDAY
              + "))?"
              + "|(?<wd2>"
              + WEEKDAY
              + ")(?:\\s+(?<dir>"
              + PAST
              + "|"
              + NEXT
              + "))?))"
              + E);

  /** الأسبوع/الشهر/العام الماضي، المقبل، الجاري; هذا العام. */
  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile(
          "(?<![\\p{L}\\d])[وفب]?(?<x>(?:(?<this>هذا|هذه)\\s+)?(?:ال|لل)(?<unit>اسبوع|شهر|عام|سنه)"
              + "(?:\\s+(?<dir>"
              + PAST
              + "|"
              + NEXT
              + "|"
              + CURRENT
              + "))?)"
              + E);

  /** The word just before a bare weekday name. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{L}+)\\s+$");

  private static final int R_DAY_MONTH = 0, R_DMY = 1, R_YMD = 2, R_HIJRI = 3, R_MONTH = 4,
      R_YEAR = 5, R_RELATIVE_DAY = 6, R_RELATIVE_PERIOD = 7;
  private static final Pattern[] RULES = {
    DAY_MONTH, DMY, YMD, HIJRI_DATE, MONTH, YEAR, RELATIVE_DAY, RELATIVE_PERIOD
  };
  private static final String[] TIMES_OF_DAY = {
    "صباح", "مساء", "ظهر", "عصر", "ليله", "فجر", "صبيحه", "ظهيره", "يوم"
  };
  private static final String[] PERIOD_STARTS = {
    "هذا", "هذه", "الاسبوع", "الشهر", "العام", "السنه", "للاسبوع", "للشهر", "للعام", "للسنه"
  };

  /** The words each pattern can start at (see {@link Triggers}). */
  private static final Triggers TRIGGERS =
      new Triggers()
          .digits(R_DAY_MONTH)
          .words(R_DAY_MONTH, "فاتح", "الفاتح", "الاول")
          .digits(R_DMY)
          .digits(R_YMD)
          .digits(R_HIJRI)
          .words(R_MONTH, ArabicDates.monthNames())
          .words(R_MONTH, PART_OF_MONTH.split("\\|"))
          .words(R_MONTH, "شهر")
          .words(R_YEAR, "عام", "العام", "للعام", "سنه", "السنه", "للسنه", "موسم")
          .words(R_YEAR, "خلال", "منذ", "بحلول", "افق", "حتى")
          .words(R_RELATIVE_DAY, TIMES_OF_DAY)
          .words(R_RELATIVE_DAY, "اول", "امس", "بعد", "بالامس", "اليوم", "غدا", "غد", "الغد")
          .words(R_RELATIVE_DAY, WEEKDAYS.keySet())
          .words(R_RELATIVE_PERIOD, PERIOD_STARTS);

  /** Priority when two readings overlap: lower wins, then the longer one. */
  private static final int ABSOLUTE = 0, NUMERIC = 1, HIJRI_RANK = 2, MONTH_RANK = 3,
      YEAR_RANK = 4, RELATIVE = 5;

  private record Candidate(int start, int end, String value, boolean relative, int rank) {
    int length() {
      return end - start;
    }
  }

  /**
   * The dates mentioned in {@code text}, in text order.
   *
   * @param published the publication date that relative expressions resolve against, or null to
   *     skip them
   */
  public List<DateMention> find(String text, LocalDate published) {
    if (text == null || text.isEmpty()) return List.of();
    FoldedText folded = new FoldedText(text);
    String key = folded.key;
    List<Candidate> found = new ArrayList<>();
    TRIGGERS.scan(
        key,
        RULES,
        (rule, m) -> {
          switch (rule) {
            case R_DAY_MONTH -> dayMonth(m, key, published, found);
            case R_DMY, R_YMD -> numeric(m, key, found);
            case R_HIJRI -> hijri(m, key, published, found);
            case R_MONTH -> month(m, published, found);
            case R_YEAR -> year(m, found);
            case R_RELATIVE_DAY -> {
              if (published != null) relativeDay(m, key, published, found);
            }
            default -> {
              if (published != null) relativePeriod(m, published, found);
            }
          }
        });
    return choose(found, folded);
  }

  // ---- absolute dates ----

  private static void dayMonth(Matcher m, String key, LocalDate published, List<Candidate> out) {
    int month = ArabicDates.month(m.group("mon"));
    int day = m.group("day") != null ? Integer.parseInt(m.group("day")) : 1;
    String year = m.group("year");
    boolean relative = year == null;
    LocalDate date;
    if (year != null) {
      date = date(Integer.parseInt(year), month, day);
    } else {
      date = nearestYear(published, month, day, direction(m.group("dir")));
    }
    if (date == null) return;
    int start = m.start("x");
    String d1 = m.group("d1");
    if (d1 != null) { // "3 و4 مارس 2021": the first day is a mention of its own
      LocalDate first = date(date.getYear(), month, Integer.parseInt(d1));
      if (first != null) {
        out.add(new Candidate(m.start("d1"), m.end("d1"), first.toString(), relative, ABSOLUTE));
      }
      start = m.start("day") >= 0 ? m.start("day") : m.start("first");
    }
    absolute(key, start, m.end("x"), date.toString(), relative, ABSOLUTE, out);
  }

  private static void numeric(Matcher m, String key, List<Candidate> out) {
    int y = Integer.parseInt(m.group("y"));
    LocalDate date = date(y, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    if (date == null) return;
    absolute(key, m.start("x"), m.end("x"), date.toString(), false, NUMERIC, out);
  }

  private static void hijri(Matcher m, String key, LocalDate published, List<Candidate> out) {
    int month = HIJRI_BY_LETTERS.get(SPACES.matcher(m.group("mon")).replaceAll(""));
    int day = Integer.parseInt(m.group("day"));
    LocalDate date;
    boolean relative = m.group("year") == null;
    if (!relative) {
      date = fromHijri(Integer.parseInt(m.group("year")), month, day);
    } else {
      if (published == null || month == 2) return; // صفر alone is "zero" as often as Safar
      int year = hijriYear(published);
      date = null;
      for (int y = year - 1; y <= year + 1; y++) {
        LocalDate c = fromHijri(y, month, day);
        if (c != null && (date == null || distance(c, published) < distance(date, published))) {
          date = c;
        }
      }
    }
    if (date == null) return;
    absolute(key, m.start("x"), m.end("x"), date.toString(), relative, HIJRI_RANK, out);
  }

  private static void month(Matcher m, LocalDate published, List<Candidate> out) {
    int month = ArabicDates.month(m.group("mon"));
    String year = m.group("year");
    if (year != null) {
      int y = Integer.parseInt(year);
      if (y < 1000 || y > 2199) return;
      out.add(new Candidate(m.start("x"), m.end("x"), YearMonth.of(y, month).toString(), false,
          MONTH_RANK));
      return;
    }
    boolean cue = m.group("shahr") != null || m.group("dir") != null || m.group("part") != null;
    if (!cue || published == null) return;
    YearMonth ym = nearestMonth(published, month, direction(m.group("dir")));
    out.add(new Candidate(m.start("x"), m.end("x"), ym.toString(), true, MONTH_RANK));
  }

  private static void year(Matcher m, List<Candidate> out) {
    int start = m.group("noun") != null ? m.start("noun") : m.start("year");
    out.add(new Candidate(start, m.end(), m.group("year"), false, YEAR_RANK));
  }

  /** Adds an absolute date, taking in a weekday or time of day written just before it. */
  private static void absolute(
      String key, int start, int end, String value, boolean relative, int rank,
      List<Candidate> out) {
    Matcher w = WEEKDAY_BEFORE.matcher(key);
    w.useTransparentBounds(true);
    w.region(Math.max(0, start - 40), start);
    if (w.find()) {
      if (!w.group(2).isEmpty()) { // "اليوم الاثنين (22 فبراير)": take the closing bracket too
        int close = end;
        while (close < key.length() && key.charAt(close) == ' ') close++;
        if (close < key.length() && key.charAt(close) == ')') end = close + 1;
      }
      start = w.start(1);
    }
    out.add(new Candidate(start, end, value, relative, rank));
  }

  // ---- relative expressions ----

  private static void relativeDay(Matcher m, String key, LocalDate published, List<Candidate> out) {
    boolean timeOfDay = !m.group("tod").isEmpty();
    String anchor = m.group("anchor");
    LocalDate date;
    if (anchor != null) {
      String weekdayName = m.group("wd1");
      DayOfWeek weekday = weekdayName == null ? null : WEEKDAYS.get(weekdayName);
      int offset;
      switch (SPACES.matcher(anchor).replaceAll(" ")) {
        case "اول من امس", "اول امس", "امس الاول" -> offset = -2;
        case "امس", "بالامس" -> offset = -1;
        case "اليوم" -> {
          if (!timeOfDay && weekday == null) return; // اليوم alone: mostly "nowadays"
          offset = 0;
        }
        case "غدا" -> offset = 1;
        case "بعد غد" -> offset = 2;
        default -> { // غد, الغد: only "يوم غد", "صباح الغد"
          if (!timeOfDay) return;
          offset = 1;
        }
      }
      date = published.plusDays(offset);
      if (weekday != null && date.getDayOfWeek() != weekday) {
        date =
            published.with(
                offset > 0
                    ? TemporalAdjusters.nextOrSame(weekday)
                    : TemporalAdjusters.previousOrSame(weekday));
      }
    } else {
      DayOfWeek weekday = WEEKDAYS.get(m.group("wd2"));
      int dir = direction(m.group("dir"));
      if (dir == 0 && !timeOfDay && !isWeekday(key, m)) return;
      date =
          published.with(
              dir < 0
                  ? TemporalAdjusters.previous(weekday)
                  : dir > 0
                      ? TemporalAdjusters.next(weekday)
                      : TemporalAdjusters.previousOrSame(weekday));
    }
    out.add(new Candidate(m.start("x"), m.end("x"), date.toString(), true, RELATIVE));
  }

  /**
   * A bare weekday name that reads as one: not كل جمعة (every Friday), الأحد عشر (eleven), بين
   * الاثنين (between the two) or اللاعبين الاثنين (the two players); but المحتجين الفلسطينيين
   * الاثنين، (Palestinian protesters, on Monday,) is a Monday: wire copy sets the day off by commas
   * or ends the sentence with it.
   */
  private static boolean isWeekday(String key, Matcher m) {
    String name = m.group("wd2");
    if (name.equals("الاحد") && key.startsWith(" عشر", m.end("x"))) return false;
    Matcher before = WORD_BEFORE.matcher(key);
    before.useTransparentBounds(true);
    before.region(Math.max(0, m.start() - 24), m.start());
    if (!before.find()) return true;
    String word = before.group(1);
    if (word.equals("كل") || word.equals("ايام")) return false;
    if (!name.equals("الاثنين")) return true;
    if (word.equals("بين") || word.equals("كلا") || word.startsWith("هذ")) return false;
    if (word.startsWith("ال") && word.endsWith("ين")) {
      int after = m.end("x");
      return after < key.length() && "،,.".indexOf(key.charAt(after)) >= 0;
    }
    return true;
  }

  private static void relativePeriod(Matcher m, LocalDate published, List<Candidate> out) {
    String dirWord = m.group("dir");
    if (dirWord == null && m.group("this") == null) return;
    int dir = direction(dirWord);
    String value =
        switch (m.group("unit")) {
          case "اسبوع" -> isoWeek(published.plusWeeks(dir));
          case "شهر" -> YearMonth.from(published).plusMonths(dir).toString();
          default -> String.valueOf(published.getYear() + dir);
        };
    out.add(new Candidate(m.start("x"), m.end("x"), value, true, RELATIVE));
  }

  // ---- resolution ----

  /** -1 for الماضي (last), 1 for المقبل (next), 0 for none or الجاري (this). */
  private static int direction(String word) {
    if (word == null) return 0;
    if (word.startsWith("الماضي") || word.startsWith("المنصرم") || word.startsWith("الفائت")) {
      return -1;
    }
    if (word.startsWith("المقبل") || word.startsWith("القادم")) return 1;
    return 0;
  }

  /** The date with this month and day nearest to {@code published}, or last before, first after. */
  private static LocalDate nearestYear(LocalDate published, int month, int day, int dir) {
    if (published == null) return null;
    LocalDate best = null;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      LocalDate c = date(y, month, day);
      if (c == null) continue;
      if (dir < 0 && !c.isBefore(published)) continue;
      if (dir > 0 && !c.isAfter(published)) continue;
      if (best == null
          || distance(c, published) < distance(best, published)
          || (distance(c, published) == distance(best, published) && c.isBefore(best))) {
        best = c;
      }
    }
    return best;
  }

  private static YearMonth nearestMonth(LocalDate published, int month, int dir) {
    YearMonth now = YearMonth.from(published);
    YearMonth best = null;
    for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
      YearMonth c = YearMonth.of(y, month);
      if (dir < 0 && !c.isBefore(now)) continue;
      if (dir > 0 && !c.isAfter(now)) continue;
      long d = Math.abs(ChronoUnit.MONTHS.between(now, c));
      if (best == null || d < Math.abs(ChronoUnit.MONTHS.between(now, best))) best = c;
    }
    return best;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < 1000 || year > 2199 || month < 1) return null;
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // 31 February, 13/13: not a date
    }
  }

  static String isoWeek(LocalDate d) {
    return String.format(
        "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The Gregorian day of a Hijri date (Umm al-Qura), or null when there is no such day. */
  static LocalDate fromHijri(int year, int month, int day) {
    if (year < 1300 || year > 1500 || day < 1 || day > 30) return null;
    IslamicCalendar cal = umalqura();
    cal.clear();
    cal.set(Calendar.EXTENDED_YEAR, year);
    cal.set(Calendar.MONTH, month - 1);
    cal.set(Calendar.DAY_OF_MONTH, 1);
    if (day > cal.getActualMaximum(Calendar.DAY_OF_MONTH)) return null;
    cal.set(Calendar.DAY_OF_MONTH, day);
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, cal.get(Calendar.JULIAN_DAY));
  }

  private static int hijriYear(LocalDate date) {
    IslamicCalendar cal = umalqura();
    cal.clear();
    cal.set(Calendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
    return cal.get(Calendar.EXTENDED_YEAR);
  }

  private static IslamicCalendar umalqura() {
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return cal;
  }

  // ---- overlaps ----

  /** Keeps the best of overlapping readings (lower rank, then longer, then earlier). */
  private static List<DateMention> choose(List<Candidate> found, FoldedText folded) {
    if (found.isEmpty()) return List.of();
    found.sort(
        Comparator.comparingInt(Candidate::rank)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      boolean overlaps = false;
      for (Candidate k : kept) {
        if (c.start() < k.end() && k.start() < c.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) kept.add(c);
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    List<DateMention> mentions = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      int start = folded.start(c.start());
      int end = folded.end(c.end());
      mentions.add(
          new DateMention(folded.original.substring(start, end), c.value(), start, end,
              c.relative()));
    }
    return mentions;
  }
}
