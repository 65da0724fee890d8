package org.marsad.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.entity.Currencies.Cue;
import org.marsad.entity.Currencies.Family;
import org.marsad.model.Amount;

/**
 * Finds amounts of money, percentages and large round numbers in Arabic news text and normalizes
 * their values: "30 مليون دولار أمريكي" (30 million US dollars) is 3.0E7 USD, "8.16 مليار دينار
 * تونسي" 8.16E9 TND, "20 في المائة" 20 %, "مليار و200 مليون دولار" 1.2E9 USD.
 *
 * <p>What counts as an amount: a number with a currency (a name with its adjective, {@code $ € £},
 * or an ISO code: {@link Currencies} says how the country is chosen), a percentage ({@code % ٪}, في
 * المائة, بالمئة...), or a number with a scale word (ألف thousand, مليون million, مليار/بليون
 * billion, تريليون trillion; unit null: "3 ملايين نسمة", 3 million people). A bare number is not an
 * amount, so years, dates, times, phone numbers, scores and law numbers never come out. Numbers may
 * be in Western or Arabic-Indic digits, with a decimal point or comma (3.5, 3,5, ٣٫٥) and thousands
 * separators (1,200,000, ١٬٢٠٠, 1.200.000); a comma followed by exactly three digits is a thousands
 * separator ("2,500 دولار" is 2500), otherwise a decimal comma ("3,5 تريليون", and the Arabic comma
 * of Tunisian copy, "10،5 بالمائة"), except before Tunisian dinars, which have three decimals and
 * are written "274,559 دينارا" (274 dinars 559 millimes). Common number words
 * count before a scale or a unit ("ثلاثة ملايين دينار", "عشرين في المئة", "نصف مليون"), and so does
 * a scale word alone for one unit of it ("مليون دولار", "ملياري دولار" two billion dollars); a
 * plural scale alone is vague and skipped ("ملايين الدولارات", millions of dollars), as is ألف
 * alone unless money follows (ألف is also a verb, "he wrote").
 *
 * <p>Known gaps: the first number of a range ("بين 5 و7 ملايين"), number words of more than two
 * parts, and numbers spelled out entirely in words without a scale or unit after them. Offsets are UTF-16
 * into the text; amounts never overlap. Thread-safe and stateless; the patterns are compiled once.
 */
public final class AmountFinder {

  private static final Map<String, BigDecimal> SCALES = new HashMap<>();
  /** Plural scales: "ملايين" alone is "millions", not a number. */
  private static final Set<String> PLURAL_SCALES =
      Set.of("الاف", "ملايين", "مليارات", "بلايين", "تريليونات", "ترليونات");
  /** Number words before a scale or a unit. */
  private static final Map<String, BigDecimal> NUMBER_WORDS = new HashMap<>();

  static {
    scale("1e3", "الف", "الفا", "الاف");
    scale("1e6", "مليون", "مليونا", "ملايين");
    scale("1e9", "مليار", "مليارا", "مليارات", "بليون", "بليونا", "بلايين");
    scale("1e12", "تريليون", "تريليونا", "تريليونات", "ترليون", "ترليونات");
    // duals: "ملياري دولار", two billion dollars
    scale("2e3", "الفي", "الفين");
    scale("2e6", "مليوني", "مليونين");
    scale("2e9", "ملياري", "مليارين", "بليوني", "بليونين");
    scale("2e12", "تريليوني", "تريليونين");
    String[][] words = {
      {"0.25", "ربع"}, {"0.5", "نصف"}, {"1", "واحد"}, {"3", "ثلاث", "ثلاثه"}, {"4", "اربع", "اربعه"},
      {"5", "خمس", "خمسه"}, {"6", "ست", "سته"}, {"7", "سبع", "سبعه"},
      {"8", "ثمان", "ثماني", "ثمانيه"}, {"9", "تسع", "تسعه"}, {"10", "عشر", "عشره"},
      {"20", "عشرين", "عشرون"}, {"30", "ثلاثين", "ثلاثون"}, {"40", "اربعين", "اربعون"},
      {"50", "خمسين", "خمسون"}, {"60", "ستين", "ستون"}, {"70", "سبعين", "سبعون"},
      {"80", "ثمانين", "ثمانون"}, {"90", "تسعين", "تسعون"}, {"100", "مئه", "مائه"},
      {"200", "مئتي", "مئتا", "مائتي", "مائتا", "مئتين", "مائتين"},
    };
    for (String[] w : words) {
      for (int i = 1; i < w.length; i++) NUMBER_WORDS.put(w[i], new BigDecimal(w[0]));
    }
    String[] units = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int i = 0; i < units.length; i++) {
      BigDecimal v = BigDecimal.valueOf((i + 3) * 100L);
      NUMBER_WORDS.put(units[i] + "مئه", v);
      NUMBER_WORDS.put(units[i] + "مائه", v);
    }
  }

  private static void scale(String value, String... words) {
    for (String w : words) SCALES.put(w, new BigDecimal(value));
  }

  private static final String SINGLE_SCALE =
      Currencies.alternation(
          SCALES.keySet().stream().filter(s -> SCALES.get(s).toString().startsWith("1")).toList());
  private static final String ANY_SCALE = Currencies.alternation(SCALES.keySet());
  private static final String NUMBER_WORD = Currencies.alternation(NUMBER_WORDS.keySet());

  /** A percent sign or words, a currency sign, an ISO code, or a currency name and adjective. */
  private static final String UNIT =
      "(?:\\s*(?<pct>%|٪|(?:في\\s+|ب)(?:المائه|المئه|الميه)(?![\\p{L}]))"
          + "|\\s*(?<sym>US\\$|\\$|€|£)"
          + "|\\s*(?<code>USD|EUR|GBP|MAD|EGP|SAR|AED|TND|DZD|KWD|QAR|JOD|CHF)(?![A-Za-z])"
          + "|\\s*(?<cur>"
          + Currencies.alternation(Currencies.NAMES.keySet())
          + ")(?![\\p{L}])(?!\\s+(?:مدريد|بيتيس|سوسيداد|مايوركا|فالادوليد|سرقسطه|اوفييدو))"
          + "(?:\\s+(?:ال)?(?<adj>"
          + Currencies.alternation(Currencies.adjectiveStems())
          + ")(?:ه|ين|يه|يين)?(?![\\p{L}]))?)?";

  /** A number in digits, with an optional sign before it, scale word and unit after it. */
  private static final Pattern DIGITS =
      Pattern.compile(
          "(?:(?<pre>US\\$|\\$|€|£)\\s?)?(?<![\\d.,،٫٬/:A-Za-z_\\-])"
              + "(?<num>\\d{1,3}(?<groups>[,٬]\\d{3})+(?!\\d)"
              + "|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d)|\\d+)"
              + "(?:[.,،٫](?<frac>\\d+))?(?![\\d/:])"
              + "(?:\\s*(?<scale>"
              + SINGLE_SCALE
              + ")(?![\\p{L}]))?"
              + UNIT);

  /**
   * A number word (or two: ستة وخمسين, fifty-six) and a scale word, or a scale word alone, or a
   * number word and a unit.
   */
  private static final Pattern WORDS =
      Pattern.compile(
          "(?<![\\p{L}\\d])[وفبل]?(?<x>(?:(?<word>"
              + NUMBER_WORD
              + ")(?![\\p{L}])(?:\\s+و(?<word2>"
              + NUMBER_WORD
              + ")(?![\\p{L}]))?(?:\\s*(?<scale>"
              + ANY_SCALE
              + ")(?![\\p{L}]))?|(?<scale2>"
              + ANY_SCALE
              + ")(?![\\p{L}]))"
              + UNIT
              + ")");

  private static final int R_DIGITS = 0, R_WORDS = 1;
  private static final Pattern[] RULES = {DIGITS, WORDS};
  private static final Triggers TRIGGERS =
      new Triggers()
          .digits(R_DIGITS)
          .sign(R_DIGITS, '$')
          .sign(R_DIGITS, '€')
          .sign(R_DIGITS, '£')
          .words(R_DIGITS, "US")
          .words(R_WORDS, NUMBER_WORDS.keySet())
          .words(R_WORDS, SCALES.keySet());

  private static final Pattern AND = Pattern.compile("\\s*و\\s*");

  /** A reading before overlaps and compounds are settled. */
  private static final class Raw {
    int start, end;
    BigDecimal value;
    BigDecimal scale; // the scale word's multiplier, or null
    String unit; // null, "%", a code
    Family family; // for a currency name whose country is still to be placed
    int familyAt;
    boolean millimes; // "X,ddd" with no scale: thousands, or for Tunisian dinars a decimal comma
    boolean emit;
  }

  /** The amounts in {@code text}, in text order. */
  public List<Amount> find(String text) {
    if (text == null || text.isEmpty()) return List.of();
    FoldedText folded = new FoldedText(text);
    String key = folded.key;
    List<Raw> raws = new ArrayList<>();
    TRIGGERS.scan(
        key,
        RULES,
        (rule, m) -> {
          if (rule == R_DIGITS) digits(m, key, raws);
          else words(m, key, raws);
        });
    if (raws.isEmpty()) return List.of();
    raws.sort(Comparator.comparingInt((Raw r) -> r.start).thenComparingInt(r -> -r.end));
    List<Raw> kept = new ArrayList<>();
    for (Raw r : raws) {
      if (!kept.isEmpty() && r.start < kept.get(kept.size() - 1).end) continue;
      kept.add(r);
    }
    compounds(key, kept);
    Map<Family, List<Cue>> cues = new EnumMap<>(Family.class);
    List<Amount> amounts = new ArrayList<>();
    for (Raw r : kept) {
      if (!r.emit) continue;
      String unit = r.unit;
      if (unit == null && r.family != null) unit = place(r, key, cues);
      if (r.millimes && r.scale == null && "TND".equals(unit)) {
        r.value = r.value.movePointLeft(3); // Tunisia writes 15,080 for 15 dinars 80 millimes
      }
      int start = folded.start(r.start);
      int end = folded.end(r.end);
      amounts.add(new Amount(text.substring(start, end), r.value.doubleValue(), unit, start, end));
    }
    return amounts;
  }

  private static void digits(Matcher m, String key, List<Raw> out) {
    Raw r = new Raw();
    String num = m.group("num").replace(",", "").replace("٬", "").replace(".", "");
    String frac = m.group("frac");
    r.value = new BigDecimal(frac == null ? num : num + "." + frac);
    // "274,559 دينارا": one comma and three digits may be Tunisian millimes (see place)
    r.millimes = frac == null && m.group("groups") != null && m.group("num").length() <= 7
        && m.group("num").indexOf(',') > 0;
    r.start = m.group("pre") != null ? m.start("pre") : m.start("num");
    r.end = m.end();
    String scale = m.group("scale");
    if (scale != null) {
      r.scale = SCALES.get(scale);
      r.value = r.value.multiply(r.scale);
    }
    boolean unit = unit(m, r);
    if (!unit && m.group("pre") != null) {
      r.unit = symbol(m.group("pre"));
      unit = true;
    }
    if (!unit && percentBefore(key, m.start("num"), r)) unit = true;
    r.emit = unit || scale != null;
    out.add(r);
  }

  private static void words(Matcher m, String key, List<Raw> out) {
    Raw r = new Raw();
    r.start = m.start("x");
    r.end = m.end();
    String word = m.group("word");
    String scale = m.group("scale") != null ? m.group("scale") : m.group("scale2");
    boolean unit = unit(m, r);
    r.value = word != null ? NUMBER_WORDS.get(word) : BigDecimal.ONE;
    if (m.group("word2") != null) r.value = r.value.add(NUMBER_WORDS.get(m.group("word2")));
    if (scale != null) {
      r.scale = SCALES.get(scale);
      r.value = r.value.multiply(r.scale);
    }
    if (word == null) {
      // "ملايين" alone is vague; "ألف" alone is also a verb: only with money after it
      if (PLURAL_SCALES.contains(scale)) return;
      boolean thousand = r.scale.compareTo(BigDecimal.valueOf(2000)) <= 0;
      r.emit = !thousand || (unit && !"%".equals(r.unit));
    } else {
      r.emit = scale != null || unit;
    }
    if (r.emit && numberBefore(key, m.start())) return; // "خمسة وعشرين ألف": not ours
    out.add(r);
  }

  /** Reads the unit groups of a match into {@code r}; true when there is one. */
  private static boolean unit(Matcher m, Raw r) {
    if (m.group("pct") != null) {
      r.unit = "%";
    } else if (m.group("sym") != null) {
      r.unit = symbol(m.group("sym"));
    } else if (m.group("code") != null) {
      r.unit = m.group("code");
    } else if (m.group("cur") != null) {
      Family family = Currencies.NAMES.get(m.group("cur"));
      String adj = m.group("adj");
      r.unit = adj == null ? null : Currencies.byAdjective(family, adj);
      if (r.unit == null) {
        r.family = family;
        r.familyAt = m.start("cur");
      }
    } else {
      return false;
    }
    return true;
  }

  private static String symbol(String s) {
    return switch (s) {
      case "€" -> "EUR";
      case "£" -> "GBP";
      default -> "USD";
    };
  }

  /** "بنسبة %50": a percent sign typed before the number, as right-to-left copy often has it. */
  private static boolean percentBefore(String key, int numStart, Raw r) {
    int i = numStart - 1;
    if (i >= 0 && key.charAt(i) == ' ') i--;
    if (i < 0 || (key.charAt(i) != '%' && key.charAt(i) != '٪')) return false;
    int j = i - 1;
    if (j >= 0 && key.charAt(j) == ' ') j--;
    if (j >= 0 && Character.isDigit(key.charAt(j))) return false; // "20% 30": the sign is 20's
    r.unit = "%";
    r.start = i;
    return true;
  }

  /** Whether the word before {@code at} is a number: then a number word here is its tail. */
  private static boolean numberBefore(String key, int at) {
    int e = at;
    while (e > 0 && key.charAt(e - 1) == ' ') e--;
    int s = e;
    while (s > 0 && (Character.isLetterOrDigit(key.charAt(s - 1)))) s--;
    if (s == e) return false;
    String word = key.substring(s, e);
    if (Character.isDigit(word.charAt(word.length() - 1))) return true;
    if (word.startsWith("و") && NUMBER_WORDS.containsKey(word.substring(1))) return true;
    return NUMBER_WORDS.containsKey(word);
  }

  /** "مليار و200 مليون دولار": a scale, و, then a smaller amount: one amount, the unit of the last. */
  private static void compounds(String key, List<Raw> kept) {
    for (int i = 0; i + 1 < kept.size(); i++) {
      Raw a = kept.get(i);
      Raw b = kept.get(i + 1);
      if (a.scale == null || a.unit != null || a.family != null) continue;
      if (b.value.compareTo(a.scale) >= 0) continue;
      Matcher and = AND.matcher(key).region(a.end, b.start);
      if (!and.matches()) continue;
      a.value = a.value.add(b.value);
      a.end = b.end;
      a.unit = b.unit;
      a.family = b.family;
      a.familyAt = b.familyAt;
      a.scale = b.scale;
      a.emit = true;
      kept.remove(i + 1);
      i--; // "مليار و200 مليون و500 ألف دولار"
    }
  }

  /** The code of a currency name whose adjective did not tell: the nearest country, or default. */
  private static String place(Raw r, String key, Map<Family, List<Cue>> cache) {
    if (!Currencies.hasCues(r.family)) return r.family.fallback;
    List<Cue> cues = cache.computeIfAbsent(r.family, f -> Currencies.cues(f, key));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : cues) {
      int d = Math.abs(c.at() - r.familyAt);
      if (d < bestDistance) {
        bestDistance = d;
        best = c.code();
      }
    }
    return best != null ? best : r.family.fallback;
  }
}
