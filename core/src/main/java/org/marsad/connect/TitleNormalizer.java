package org.marsad.connect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * A headline without what the outlet wraps it in: the site's name after a dash or a bar ("... -
 * بي بي سي عربي", BBC Arabic; "... | سكاي نيوز عربية", Sky News Arabia) and the markers before a
 * colon ("عاجل:", breaking; "بالفيديو:", on video; "شاهد:", watch). What the editor wrote stays: a
 * place or a name before a colon ("سوريا: ...") is part of the headline.
 *
 * <p>A suffix is removed when it names a known outlet, or when it is short (five words at most)
 * and carries an outlet word (عربي, نيوز, news, موقع "site", صحيفة "newspaper", قناة "channel", a
 * domain). Rules apply repeatedly: "عاجل: بالفيديو: ... - الجزيرة نت" loses all three.
 */
public final class TitleNormalizer {
  private TitleNormalizer() {}

  /** Outlets whose names end headlines in Arabic news sites and feeds. */
  private static final List<String> OUTLETS = List.of(
      "بي بي سي عربي", "bbc عربي", "bbc arabic", "bbc news عربي", "سكاي نيوز عربية",
      "sky news arabia", "الجزيرة نت", "الجزيرة", "العربية نت", "العربية.نت", "العربية",
      "فرانس 24", "france 24", "سي ان ان بالعربية", "cnn بالعربية", "cnn arabic", "روسيا اليوم",
      "rt arabic", "rt عربي", "هسبريس", "اليوم السابع", "المصري اليوم", "الشروق", "الشرق الأوسط",
      "عربي21", "عربي 21", "القدس العربي", "الحرة", "يورونيوز", "euronews", "دويتشه فيله",
      "dw عربية", "أخبارنا المغربية", "موزاييك أف أم", "جوهرة أف أم", "jawhara fm", "mosaique fm",
      "هبة بريس", "الأيام 24", "le360", "رؤيا", "سبوتنيك", "وكالة الأناضول", "الأناضول");

  private static final Pattern OUTLET_WORD = Pattern.compile(
      "(?:^|\\s)(?:عربي|عربية|بالعربية|نيوز|news|موقع|صحيفة|جريدة|قناة|بوابة|وكالة|اف ام|أف أم|fm"
          + "|tv|تي في)(?:\\s|$)|\\.(?:com|net|org|ma|tn|dz|eg)\\b|www\\.",
      Pattern.CASE_INSENSITIVE);

  /** " - X", " | X", " – X", " — X", " :: X" at the end. */
  private static final Pattern SUFFIX = Pattern.compile("\\s+(?:[-|–—]|::)\\s+([^-|–—]{1,60})$");

  /** Markers before a colon or a dash at the start, with what follows them. */
  private static final Pattern PREFIX = Pattern.compile(
      "^\\s*[\\[(]?(عاجل|عاجلة|خبر عاجل|بالفيديو|فيديو|بالصور|صور|شاهد|شاهدوا|مباشر|بث مباشر|"
          + "حصري|خاص|تحديث|محدث|جديد|انفوغرافيك|إنفوغرافيك|breaking|video|live|update|exclusive)"
          + "[\\])]?\\s*(?:[:：|\\-–—]|\\.\\.)\\s*",
      Pattern.CASE_INSENSITIVE);

  /** The headline as the editor wrote it: no site suffix, no breaking or media marker. */
  public static String normalize(String title) {
    if (title == null) return "";
    String t = title.strip().replaceAll("\\s+", " ");
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      Matcher m = PREFIX.matcher(t);
      if (m.find() && m.end() < t.length()) {
        t = t.substring(m.end()).strip();
        changed = true;
      }
      m = SUFFIX.matcher(t);
      if (m.find() && m.start() > 0 && isOutlet(m.group(1))) {
        t = t.substring(0, m.start()).strip();
        changed = true;
      }
    }
    return t;
  }

  /** The headline's matching key: normalized, Arabic key, no punctuation, spaces collapsed. */
  public static String key(String title) {
    String key = ArabicNormalizer.searchKey(normalize(title).toLowerCase(Locale.ROOT));
    return key.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static boolean isOutlet(String suffix) {
    String s = suffix.strip().toLowerCase(Locale.ROOT);
    for (String outlet : OUTLETS) if (s.equals(outlet)) return true;
    return s.split("\\s+").length <= 5 && OUTLET_WORD.matcher(s).find();
  }
}
