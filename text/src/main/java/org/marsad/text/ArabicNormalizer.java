package org.marsad.text;

import java.text.Normalizer;

/**
 * Arabic normalization in two layers: the article keeps its original characters for display and
 * offsets, and this class computes the matching key used for search, dedup and features.
 *
 * <p>The key:
 *
 * <ul>
 *   <li>maps presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their letters, as NFKC does
 *       (ﻻ to لا);
 *   <li>folds alef forms (أ إ آ ٱ to ا), alef maqsura to yeh (ى to ي), teh marbuta to heh (ة to ه);
 *   <li>removes tatweel and diacritics (harakat, tanween as in الأنظمةً, shadda, sukun, superscript
 *       alef);
 *   <li>maps Arabic-Indic and Persian digits to ASCII (٢٠٢١ to 2021);
 *   <li>drops an Arabic comma typed inside a word, between two letters with no space (الأمين العا،م,
 *       "the secretary-general", keys as العام);
 *   <li>reduces a letter repeated three times or more to one, the way social media elongates words
 *       (جمييييل, "beautiful", to جميل); no Arabic word has a letter three times in a row.
 * </ul>
 *
 * The letter folding follows Larkey, Ballesteros and Connell (2002), "Improving stemming for Arabic
 * information retrieval", as Lucene's {@code ArabicNormalizer} does; the rest is ours.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** NFKC of each presentation form, computed once; null where NFKC leaves the char alone. */
  private static final char[][] PRESENTATION = new char[0xFEFF - 0xFB50 + 1][];

  static {
    for (int c = 0xFB50; c <= 0xFEFF; c++) {
      String s = String.valueOf((char) c);
      String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
      if (!n.equals(s)) PRESENTATION[c - 0xFB50] = n.toCharArray();
    }
  }

  /** The matching key of a word or a text: never longer, except where ligatures expand. */
  public static String searchKey(CharSequence s) {
    int n = s.length();
    char[] buf = new char[n + 4];
    for (int i = 0; i < n; i++) buf[i] = s.charAt(i);
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c >= 0xFB50 && c <= 0xFEFF && PRESENTATION[c - 0xFB50] != null) {
        // ligatures expand (ﷲ is four letters): give fold all the room it may need
        buf = java.util.Arrays.copyOf(buf, n * 18 + 4);
        break;
      }
    }
    int len = fold(buf, n);
    return new String(buf, 0, len);
  }

  /**
   * Folds {@code buf[0..len)} in place, without allocating. The result is usually shorter; a
   * presentation ligature that stands for several letters (ﻻ) expands only where {@code buf} has
   * room beyond {@code len}, and is otherwise kept as it is.
   *
   * @return the new length
   */
  public static int fold(char[] buf, int len) {
    // pass 1: presentation forms, expanding ligatures into the free capacity
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c < 0xFB50 || c > 0xFEFF) continue;
      char[] m = PRESENTATION[c - 0xFB50];
      if (m == null) continue;
      if (m.length == 1) {
        buf[i] = m[0];
      } else if (len + m.length - 1 <= buf.length) {
        System.arraycopy(buf, i + 1, buf, i + m.length, len - i - 1);
        System.arraycopy(m, 0, buf, i, m.length);
        len += m.length - 1;
        i += m.length - 1;
      }
    }
    // pass 2: letters, marks, digits, stray commas, elongation
    int out = 0;
    char collapsed = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> c = '\u0627'; // أ إ آ ٱ -> ا
        case '\u0649' -> c = '\u064A'; // ى -> ي
        case '\u0629' -> c = '\u0647'; // ة -> ه
        case '\u0640' -> c = 0; // tatweel
        case '\u060C' -> { // ، between two letters of one word: a typing slip
          if (out > 0 && isArabicLetter(buf[out - 1]) && i + 1 < len && isArabicLetter(buf[i + 1]))
            c = 0;
        }
        default -> {
          if (isDiacritic(c)) c = 0;
          else if (c >= '\u0660' && c <= '\u0669') c = (char) ('0' + (c - '\u0660'));
          else if (c >= '\u06F0' && c <= '\u06F9') c = (char) ('0' + (c - '\u06F0'));
        }
      }
      if (c == 0) continue;
      if (c == collapsed && buf[out - 1] == c) continue; // the rest of an elongated run
      buf[out++] = c;
      collapsed = 0;
      // a third identical letter in a row is elongation: keep one
      if (out >= 3 && buf[out - 2] == c && buf[out - 3] == c && isArabicLetter(c)) {
        out -= 2;
        collapsed = c;
      }
    }
    return out;
  }

  /** Arabic letters proper (hamza to yeh, and the extended letters of Persian and Urdu). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A')
        || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5'
        || (c >= '\u06EE' && c <= '\u06EF')
        || (c >= '\u06FA' && c <= '\u06FC')
        || c == '\u06FF';
  }

  /** Harakat, tanween, shadda, sukun, Quranic marks and the superscript alef. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
  }
}
