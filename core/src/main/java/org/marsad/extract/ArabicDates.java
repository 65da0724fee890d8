package org.marsad.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print for readers: "الإثنين 22 فبراير 2021 على الساعة 16:18" (Monday
 * 22 February 2021 at 16:18), "فاتح يناير 2021" (the first of January 2021), "3 آذار 2020",
 * "22/02/2021 - 16:18", "2021-02-22 16:18".
 *
 * <p>Month names come in four families, all accepted: Maghreb (يناير ... ماي يوليوز غشت شتنبر نونبر
 * دجنبر), Levantine (كانون الثاني شباط آذار ...), Egyptian and Gulf (مايو يوليو أغسطس ...) and
 * Tunisian/Algerian (جانفي فيفري أفريل جوان جويلية أوت). The lists match CLDR's Arabic month names
 * for the locales ar-MA, ar-LB, ar-EG and ar-DZ/ar-TN. Thread-safe.
 */
public final class ArabicDates {
  private ArabicDates() {}

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] families = {
      {"يناير", "فبراير", "مارس", "ابريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "اكتوبر", "نونبر",
        "دجنبر"},
      {"كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول",
        "تشرين الاول", "تشرين الثاني", "كانون الاول"},
      {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
        "نوفمبر", "ديسمبر"},
      {"جانفي", "فيفري", "مارس", "افريل", "ماي", "جوان", "جويليه", "اوت", "سبتمبر", "اكتوبر",
        "نوفمبر", "ديسمبر"},
    };
    for (String[] family : families) {
      for (int m = 0; m < 12; m++) MONTHS.put(family[m], m + 1);
    }
    // Common variants: يوليوز/يوليو spelled with one waw, أبريل/إبريل folded above, نونبر/نوفمبر.
    MONTHS.put("يوليوز", 7);
    MONTHS.put("غشت", 8);
    MONTHS.put("سبتمبر", 9);
    MONTHS.put("يوليه", 7);
    MONTHS.put("يونيه", 6);
  }

  private static final String MONTH_ALT;

  /**
   * A regex alternation of every Gregorian month name as it reads after {@link #fold}, longest
   * first, with {@code \s+} between the words of two-word names (كانون الثاني): for other readers
   * of dates ({@code org.marsad.entity.DateFinder}). Put a word boundary after it: آب (August)
   * folds to اب, a prefix of ابريل (April) and of many words.
   */
  public static final String MONTH_NAMES;

  static {
    StringBuilder sb = new StringBuilder();
    MONTHS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(
            m -> {
              if (!sb.isEmpty()) sb.append('|');
              sb.append(m.replace(" ", "\\s+"));
            });
    MONTH_ALT = sb.toString();
    MONTH_NAMES = MONTH_ALT;
  }

  /** Every Gregorian month name, folded. */
  public static Set<String> monthNames() {
    return Collections.unmodifiableSet(MONTHS.keySet());
  }

  /** The month (1 to 12) of a name matched by {@link #MONTH_NAMES}, or 0. */
  public static int month(String foldedName) {
    Integer m = MONTHS.get(foldedName.replaceAll("\\s+", " "));
    return m == null ? 0 : m;
  }

  /** Day, month name (optionally "فبراير/شباط"), year, then an optional time nearby. */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2}|فاتح)\\s*(?:من\\s+)?(?:شهر\\s+)?("
              + MONTH_ALT
              + ")(?:\\s*[/(-]\\s*(?:"
              + MONTH_ALT
              + ")\\s*\\)?)?\\s*,?\\s*(\\d{4})(?!\\d)"
              + "(?:[^\\d\\n]{0,24}?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?(\\s*(?:م|مساء|pm|PM)(?![\\p{L}]))?)?");

  /** 22/02/2021, 22-02-2021, 22.02.2021 with an optional time. */
  private static final Pattern DMY =
      Pattern.compile(
          "(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)"
              + "(?:[^\\d\\n]{0,16}?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  /** 2021-02-22 or 2021/02/22 with an optional time. */
  private static final Pattern YMD =
      Pattern.compile(
          "(?<!\\d)(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?!\\d)"
              + "(?:[^\\d\\n]{0,16}?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  /** A date found in text. */
  public record Found(String iso, int start, int end) {}

  /**
   * The first date written in {@code text}, as ISO 8601 ("2021-02-22T16:18" or "2021-02-22"), or
   * null when there is none.
   */
  public static String parse(String text) {
    Found f = find(text);
    return f == null ? null : f.iso();
  }

  /** The first date written in {@code text}, with where it is, or null. */
  public static Found find(String text) {
    if (text == null || text.isEmpty()) return null;
    String key = fold(text);
    Found best = null;
    Matcher m = NAMED.matcher(key);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2).replaceAll("\\s+", " "));
      String hour = m.group(4);
      // "04:30 م" (p.m.): the afternoon marker moves the hour by twelve.
      if (hour != null && m.group(7) != null && Integer.parseInt(hour) < 12) {
        hour = String.valueOf(Integer.parseInt(hour) + 12);
      }
      // "فاتح يناير" (the first of January) is how Moroccan papers write day one.
      String day = m.group(1).equals("فاتح") ? "1" : m.group(1);
      String iso = month == null ? null : iso(m.group(3), month, day, hour, m.group(5), m.group(6));
      if (iso != null) best = new Found(iso, m.start(), m.end());
    }
    for (Pattern p : new Pattern[] {YMD, DMY}) {
      Matcher n = p.matcher(key);
      while (n.find()) {
        if (best != null && n.start() >= best.start()) break;
        String iso =
            p == YMD
                ? iso(n.group(1), Integer.parseInt(n.group(2)), n.group(3), n.group(4), n.group(5), n.group(6))
                : iso(n.group(3), Integer.parseInt(n.group(2)), n.group(1), n.group(4), n.group(5), n.group(6));
        if (iso != null) {
          best = new Found(iso, n.start(), n.end());
          break;
        }
      }
    }
    return best;
  }

  private static String iso(String year, int month, String day, String hour, String minute, String second) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      if (date.getYear() < 1900 || date.getYear() > 2200) return null;
      if (hour == null) return date.toString();
      int h = Integer.parseInt(hour);
      int mi = Integer.parseInt(minute);
      int s = second == null ? 0 : Integer.parseInt(second);
      return LocalDateTime.of(date.getYear(), month, date.getDayOfMonth(), h, mi, s).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null; // 31 February, 25:00: not a date
    }
  }

  /**
   * Folds alef forms, teh marbuta, alef maqsura and Arabic-Indic digits, keeping the length, so
   * that match offsets are offsets in the original text.
   */
  public static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) c[i] = fold(c[i]);
    return new String(c);
  }

  /** The fold of one char: alef forms to ا, ى to ي, ة to ه, digits to ASCII, odd spaces to space. */
  public static char fold(char ch) {
    if (ch == 'أ' || ch == 'إ' || ch == 'آ' || ch == 'ٱ') return 'ا';
    if (ch == 'ى') return 'ي';
    if (ch == 'ة') return 'ه';
    if (ch >= '٠' && ch <= '٩') return (char) ('0' + ch - '٠');
    if (ch >= '۰' && ch <= '۹') return (char) ('0' + ch - '۰');
    if (ch == '\u00a0' || ch == '\u200f' || ch == '\u200e') return ' ';
    return ch;
  }
}
