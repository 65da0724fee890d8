package org.marsad.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Currency names in Arabic news and how each one becomes an ISO 4217 code.
 *
 * <p>A name belongs to a family (دولار, دينار, ريال...); the country comes from, in this order:
 *
 * <ol>
 *   <li>the adjective after the name: دينار كويتي (Kuwaiti dinar) KWD, دولار كندي CAD, جنيه
 *       إسترليني GBP;
 *   <li>for the families several countries share (درهم, دينار, ريال, جنيه, ليرة, روبية), the
 *       country named nearest in the text, as a name or an adjective (تونس, التونسية, الكويت,
 *       عمان...): an article about Iraq counts in Iraqi dinars;
 *   <li>the family's default where one country dominates Arabic news: دولار USD, درهم MAD (the
 *       Moroccan dirham: Marsad's home press), جنيه EGP, ريال SAR, روبية INR, فرنك CHF. The dinar
 *       and the lira have no such country (seven dinars and three liras are in the news), so an
 *       unplaced one gets the family's name, {@code DINAR} or {@code LIRA}: not ISO codes, and
 *       saying so rather than guessing.
 * </ol>
 *
 * All names and cues are in the folded spelling of {@link FoldedText} (ة as ه, أ as ا).
 */
final class Currencies {
  private Currencies() {}

  enum Family {
    DOLLAR("USD"),
    EURO("EUR"),
    DIRHAM("MAD"),
    DINAR("DINAR"),
    RIYAL("SAR"),
    POUND("EGP"),
    STERLING("GBP"),
    LIRA("LIRA"),
    YEN("JPY"),
    YUAN("CNY"),
    RUBLE("RUB"),
    RUPEE("INR"),
    SHEKEL("ILS"),
    FRANC("CHF");

    final String fallback;

    Family(String fallback) {
      this.fallback = fallback;
    }
  }

  /** Currency words (singular, accusative, plural) to their family. */
  static final Map<String, Family> NAMES = new LinkedHashMap<>();

  /** Adjective stems (without ال and the feminine or plural ending) to a code, per family. */
  private static final Map<Family, Map<String, String>> ADJECTIVES = new EnumMap<>(Family.class);

  /** Country names and adjective stems that place a shared family's amounts, per family. */
  private static final Map<Family, Map<String, String>> CUES = new EnumMap<>(Family.class);

  private static final Map<Family, Pattern> CUE_PATTERNS = new EnumMap<>(Family.class);

  static {
    names(Family.DOLLAR, "دولار", "دولارا", "دولارات");
    names(Family.EURO, "يورو", "اورو", "يوروهات");
    names(Family.DIRHAM, "درهم", "درهما", "دراهم");
    names(Family.DINAR, "دينار", "دينارا", "دنانير");
    names(Family.RIYAL, "ريال", "ريالا", "ريالات");
    names(Family.POUND, "جنيه", "جنيها", "جنيهات");
    names(Family.STERLING, "استرليني");
    names(Family.LIRA, "ليره", "ليرات");
    names(Family.YEN, "ين");
    names(Family.YUAN, "يوان");
    names(Family.RUBLE, "روبل", "روبلا", "روبلات");
    names(Family.RUPEE, "روبيه", "روبيات");
    names(Family.SHEKEL, "شيكل", "شيقل", "شيكلا", "شيقلا", "شواكل");
    names(Family.FRANC, "فرنك", "فرنكا", "فرنكات");

    adjectives(Family.DOLLAR, "امريكي USD", "اميركي USD", "كندي CAD", "استرالي AUD",
        "نيوزيلندي NZD", "سنغافوري SGD", "هونغ كونغ HKD", "هونج كونج HKD", "تايواني TWD",
        "ليبيري LRD", "زيمبابوي ZWL");
    adjectives(Family.DIRHAM, "مغربي MAD", "اماراتي AED");
    adjectives(Family.DINAR, "تونسي TND", "جزائري DZD", "كويتي KWD", "اردني JOD",
        "بحريني BHD", "عراقي IQD", "ليبي LYD", "صربي RSD");
    adjectives(Family.RIYAL, "سعودي SAR", "قطري QAR", "عماني OMR", "يمني YER", "ايراني IRR",
        "برازيلي BRL");
    adjectives(Family.POUND, "مصري EGP", "استرليني GBP", "سوداني SDG", "لبناني LBP",
        "سوري SYP");
    adjectives(Family.LIRA, "تركي TRY", "لبناني LBP", "سوري SYP");
    adjectives(Family.YEN, "ياباني JPY");
    adjectives(Family.YUAN, "صيني CNY");
    adjectives(Family.RUBLE, "روسي RUB");
    adjectives(Family.RUPEE, "هندي INR", "باكستاني PKR", "اندونيسي IDR", "سريلانكي LKR");
    adjectives(Family.SHEKEL, "اسرائيلي ILS");
    adjectives(Family.FRANC, "سويسري CHF", "افريقي XOF", "غيني GNF", "كونغولي CDF");

    cues(Family.DIRHAM, "المغرب MAD", "مغربي MAD", "الامارات AED", "اماراتي AED", "ابوظبي AED",
        "ابو ظبي AED", "دبي AED", "الشارقه AED");
    cues(Family.DINAR, "تونس TND", "تونسي TND", "الجزائر DZD", "جزائري DZD", "الكويت KWD",
        "كويتي KWD", "الاردن JOD", "اردني JOD", "عمان JOD", "البحرين BHD", "بحريني BHD",
        "العراق IQD", "عراقي IQD", "بغداد IQD", "ليبيا LYD", "ليبي LYD",
        // Tunisian radio copy names the governorate, not the country: صفاقس, نابل...
        "صفاقس TND", "سوسه TND", "نابل TND", "بنزرت TND", "القيروان TND", "قفصه TND", "قابس TND",
        "مدنين TND", "المنستير TND", "المهديه TND", "جندوبه TND", "سليانه TND", "باجه TND",
        "زغوان TND", "القصرين TND", "سيدي بوزيد TND", "توزر TND", "تطاوين TND", "منوبه TND",
        "اريانه TND", "بن عروس TND", "وهران DZD", "قسنطينه DZD", "عنابه DZD", "البصره IQD",
        "الموصل IQD", "اربيل IQD", "بنغازي LYD", "مصراته LYD");
    cues(Family.RIYAL, "السعوديه SAR", "سعودي SAR", "الرياض SAR", "قطر QAR", "قطري QAR",
        "الدوحه QAR", "سلطنه عمان OMR", "عماني OMR", "مسقط OMR", "اليمن YER", "يمني YER",
        "صنعاء YER", "ايران IRR", "ايراني IRR", "طهران IRR");
    cues(Family.POUND, "مصر EGP", "مصري EGP", "القاهره EGP", "السودان SDG", "سوداني SDG",
        "الخرطوم SDG", "بريطانيا GBP", "بريطاني GBP", "لندن GBP");
    cues(Family.LIRA, "تركيا TRY", "تركي TRY", "انقره TRY", "اسطنبول TRY", "لبنان LBP",
        "لبناني LBP", "بيروت LBP", "سوريا SYP", "سوريه SYP", "سوري SYP", "دمشق SYP");
    cues(Family.RUPEE, "الهند INR", "هندي INR", "باكستان PKR", "باكستاني PKR",
        "اندونيسيا IDR", "اندونيسي IDR");
  }

  private static void names(Family family, String... words) {
    for (String w : words) NAMES.put(w, family);
  }

  private static void adjectives(Family family, String... pairs) {
    ADJECTIVES.put(family, table(pairs));
  }

  private static void cues(Family family, String... pairs) {
    Map<String, String> t = table(pairs);
    CUES.put(family, t);
    // ال, a proclitic, then the name or stem, then an adjective ending: التونسية, وبغداد
    CUE_PATTERNS.put(
        family,
        Pattern.compile(
            "(?<![\\p{L}])(?:[وفبل]?ال|لل|[وفبل])?("
                + alternation(t.keySet())
                + ")(?:ه|يه|ين|ون|يين)?(?![\\p{L}])"));
  }

  private static Map<String, String> table(String... pairs) {
    Map<String, String> t = new LinkedHashMap<>();
    for (String p : pairs) {
      int space = p.lastIndexOf(' ');
      t.put(p.substring(0, space), p.substring(space + 1));
    }
    return t;
  }

  /** A regex alternation of {@code words}, longest first, spaces as {@code \s+}. */
  static String alternation(Iterable<String> words) {
    List<String> list = new ArrayList<>();
    words.forEach(list::add);
    list.sort((a, b) -> b.length() - a.length());
    StringBuilder sb = new StringBuilder();
    for (String w : list) {
      if (!sb.isEmpty()) sb.append('|');
      sb.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.toString();
  }

  /** Every adjective stem, for the pattern that reads "دينار كويتي". */
  static List<String> adjectiveStems() {
    List<String> all = new ArrayList<>();
    for (Map<String, String> t : ADJECTIVES.values()) all.addAll(t.keySet());
    return all;
  }

  /** The code an adjective gives a family, or null when it does not fit ("ريال مصري"). */
  static String byAdjective(Family family, String stem) {
    Map<String, String> t = ADJECTIVES.get(family);
    return t == null ? null : t.get(stem.replaceAll("\\s+", " "));
  }

  static boolean hasCues(Family family) {
    return CUE_PATTERNS.containsKey(family);
  }

  /** A country named in a text, placing a shared family's amounts. */
  record Cue(int at, String code) {}

  /** Where a shared family's countries are named in a text, in order. */
  static List<Cue> cues(Family family, String key) {
    List<Cue> found = new ArrayList<>();
    Map<String, String> t = CUES.get(family);
    Matcher m = CUE_PATTERNS.get(family).matcher(key);
    while (m.find()) found.add(new Cue(m.start(), t.get(m.group(1).replaceAll("\\s+", " "))));
    return found;
  }
}
