package org.marsad.entity;

import org.marsad.extract.ArabicDates;
import org.marsad.text.ArabicNormalizer;

/**
 * A text's matching key for the rule-based finders, with a map back to the original offsets.
 *
 * <p>The key folds letters and digits one for one as {@link ArabicDates#fold(char)} does (أ إ آ to
 * ا, ى to ي, ة to ه, ٢٠٢١ to 2021, no-break space to space) and drops what a pattern should not have
 * to spell: diacritics (the tanween of دولاراً, "dollars") and tatweel (الـ22, "the 22nd"). So a
 * pattern is written once, in plain letters, and a match {@code [s, e)} in the key is
 * {@code [start(s), end(e))} in the original text.
 */
final class FoldedText {
  final String original;
  final String key;
  /** For each key char, the index of the original char it came from; one extra at the end. */
  private final int[] origin;

  FoldedText(String original) {
    this.original = original;
    int n = original.length();
    char[] k = new char[n];
    int[] o = new int[n + 1];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      if (c == '\u0640' || ArabicNormalizer.isDiacritic(c)) continue;
      k[len] = ArabicDates.fold(c);
      o[len++] = i;
    }
    o[len] = n;
    this.key = new String(k, 0, len);
    this.origin = o;
  }

  /** The original offset where the key char at {@code keyIndex} starts. */
  int start(int keyIndex) {
    return origin[keyIndex];
  }

  /**
   * The original offset just after the key range ending (exclusive) at {@code keyEnd}: the marks
   * that follow its last letter (the tanween of غداً, "tomorrow") belong to it.
   */
  int end(int keyEnd) {
    if (keyEnd == 0) return 0;
    int e = origin[keyEnd - 1] + 1;
    while (e < original.length()
        && (original.charAt(e) == '\u0640' || ArabicNormalizer.isDiacritic(original.charAt(e)))) {
      e++;
    }
    return e;
  }

  /** The original text of the key range {@code [keyStart, keyEnd)}. */
  String text(int keyStart, int keyEnd) {
    return original.substring(start(keyStart), end(keyEnd));
  }
}
