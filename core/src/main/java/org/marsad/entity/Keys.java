package org.marsad.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * Matching keys of names and of single words, shared by roles, quotes and resolution.
 *
 * <p>A name's key is its {@link ArabicNormalizer#searchKey} (hamza forms, alef maqsura, teh
 * marbuta, diacritics and tatweel folded), Latin letters lower-cased without accents, anything that
 * is not a letter or a digit turned into a space, and the compounds that are written both with and
 * without a space joined: عبد الإله and عبدالإله ("Abdelilah"), سعد الدين and سعدالدين. The
 * <em>match key</em> also drops the article of the first word (الغابون = غابون, "Gabon"), the way
 * {@code LuceneStore.entityKey} does; person ids keep it, since a family name keeps its article.
 */
final class Keys {
  private Keys() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** The folded key of a word or a phrase, as {@link ArabicNormalizer#searchKey}. */
  static String key(CharSequence s) {
    return ArabicNormalizer.searchKey(s);
  }

  /** The key of a name with the first word's article dropped: the key aliases are matched on. */
  static String matchKey(String name) {
    return nameKey(name, true);
  }

  /** The key a derived canonical id is made of: persons keep their article. */
  static String idKey(String name, boolean person) {
    return nameKey(name, !person);
  }

  private static String nameKey(String name, boolean dropFirstArticle) {
    String s = name.strip();
    boolean latin = false;
    for (int i = 0; i < s.length() && !latin; i++) {
      latin = s.charAt(i) < 0x0600 && Character.isLetter(s.charAt(i));
    }
    if (latin) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      s = s.toLowerCase(Locale.ROOT);
    }
    s = key(s);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
    List<String> words = new ArrayList<>();
    for (String w : out.toString().split(" ")) {
      if (w.isEmpty()) continue;
      int last = words.size() - 1;
      if (last >= 0 && (words.get(last).equals("عبد") || words.get(last).equals("ابو")
          || w.equals("الدين") || w.equals("الله"))) {
        words.set(last, words.get(last) + w); // عبد الإله = عبدالإله, سعد الدين = سعدالدين
      } else {
        words.add(w);
      }
    }
    // للاتحاد (ل + الاتحاد) is the body الاتحاد after the preposition ل
    if (!words.isEmpty() && words.get(0).startsWith("لل") && words.get(0).length() >= 5) {
      words.set(0, "ال" + words.get(0).substring(2));
    }
    String result = String.join(" ", words);
    if (dropFirstArticle) {
      int firstEnd = result.indexOf(' ');
      String first = firstEnd < 0 ? result : result.substring(0, firstEnd);
      String bare = withoutArticle(first);
      if (bare.length() < first.length()) result = bare + (firstEnd < 0 ? "" : result.substring(firstEnd));
    }
    return result;
  }

  /** A word key without its article: الحكومه to حكومه; short words are left alone. */
  static String withoutArticle(String wordKey) {
    return wordKey.length() >= 4 && wordKey.startsWith("ال") ? wordKey.substring(2) : wordKey;
  }

  /** Whether a word key starts with the conjunction و or ف and is long enough to have one. */
  static boolean hasConjunction(String wordKey) {
    return wordKey.length() >= 3 && (wordKey.charAt(0) == 'و' || wordKey.charAt(0) == 'ف');
  }

  /** A word key with {@code peeled} proclitic letters taken off. */
  record Reading(String key, int peeled) {}

  /**
   * The readings of a word key with its proclitics peeled: itself; without the conjunction و/ف;
   * without a preposition ب/ل/ك after it (لل reads as ل + ال: للاتحاد gives الاتحاد).
   */
  static List<Reading> readings(String wordKey) {
    List<Reading> out = new ArrayList<>(4);
    out.add(new Reading(wordKey, 0));
    String conj = hasConjunction(wordKey) ? wordKey.substring(1) : null;
    if (conj != null) out.add(new Reading(conj, 1));
    for (int k = 0; k < (conj == null ? 1 : 2); k++) {
      String w = k == 0 ? wordKey : conj;
      if (w.length() >= 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
        out.add(new Reading(w.startsWith("لل") ? "ا" + w.substring(1) : w.substring(1), k + 1));
      }
    }
    return out;
  }

  /** Where {@code surface} goes on once {@code letters} letters (and their marks) are skipped. */
  static int afterLetters(String surface, int letters) {
    int i = 0;
    while (letters > 0 && i < surface.length()) {
      if (ArabicNormalizer.isArabicLetter(surface.charAt(i))) letters--;
      i++;
      while (i < surface.length()
          && (ArabicNormalizer.isDiacritic(surface.charAt(i)) || surface.charAt(i) == '\u0640')) {
        i++;
      }
    }
    return i;
  }
}
