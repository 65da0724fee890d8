package org.marsad.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a finder's patterns only where a match can start: at a word that can begin one (a month
 * name, أمس, a number word...), at a run of digits, or at a currency sign. Letting
 * {@link Matcher#find()} try every pattern at every position costs a large alternation (forty
 * month names) at each word; a dictionary look-up per word is about twenty times cheaper.
 *
 * <p>Words are maximal runs of letters, digits maximal runs of ASCII digits (the key has folded
 * the others); a word's own triggers are looked up first, then those of the word without a one-letter
 * proclitic (و and, ف so, ل for, ب with: والاثنين, بمليارين). Each pattern is tried anchored
 * ({@link Matcher#lookingAt()}) with transparent bounds, so its look-behinds see the text before;
 * like {@code find()}, one pattern's matches never overlap each other. Immutable once built.
 */
final class Triggers {
  private final Map<String, int[]> words = new HashMap<>();
  private final Map<Character, int[]> signs = new HashMap<>();
  private int[] digits = {};
  private int shortest = Integer.MAX_VALUE, longest = 0;

  /** Pattern {@code rule} may start at any of these words (folded). */
  Triggers words(int rule, Iterable<String> starts) {
    for (String w : starts) {
      String first = w.strip().split("\\s+")[0];
      words.merge(first, new int[] {rule}, Triggers::union);
      shortest = Math.min(shortest, first.length());
      longest = Math.max(longest, first.length() + 1);
    }
    return this;
  }

  Triggers words(int rule, String... starts) {
    return words(rule, Arrays.asList(starts));
  }

  /** Pattern {@code rule} may start at a run of digits. */
  Triggers digits(int rule) {
    digits = union(digits, new int[] {rule});
    return this;
  }

  /** Pattern {@code rule} may start at this sign ($, €). */
  Triggers sign(int rule, char c) {
    signs.merge(c, new int[] {rule}, Triggers::union);
    return this;
  }

  /** What to do with each match; {@code m} is valid only during the call. */
  interface Sink {
    void match(int rule, Matcher m);
  }

  /** Calls {@code sink} with every anchored match of {@code rules} at the trigger positions. */
  void scan(String key, Pattern[] rules, Sink sink) {
    Matcher[] matchers = new Matcher[rules.length];
    int[] next = new int[rules.length];
    int n = key.length();
    int i = 0;
    while (i < n) {
      char c = key.charAt(i);
      int j = i + 1;
      int[] found;
      if (c >= '0' && c <= '9') {
        while (j < n && key.charAt(j) >= '0' && key.charAt(j) <= '9') j++;
        found = digits;
      } else if (isLetter(c)) {
        while (j < n && isLetter(key.charAt(j))) j++;
        found = word(key, i, j);
      } else {
        found = signs.get(c);
      }
      if (found != null) {
        for (int rule : found) {
          if (i < next[rule]) continue;
          Matcher m = matchers[rule];
          if (m == null) {
            m = matchers[rule] = rules[rule].matcher(key);
            m.useTransparentBounds(true);
          }
          m.region(i, n);
          if (m.lookingAt()) {
            sink.match(rule, m);
            next[rule] = Math.max(m.end(), i + 1);
          }
        }
      }
      i = j;
    }
  }

  /** Arabic letters without a table look-up, the rest as Java sees them. */
  private static boolean isLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c > '\u007f' && Character.isLetter(c));
  }

  private int[] word(String key, int start, int end) {
    int length = end - start;
    if (length < shortest || length > longest) return null;
    String w = key.substring(start, end);
    int[] found = words.get(w);
    if (found == null && length > 2 && "وفلب".indexOf(w.charAt(0)) >= 0) {
      found = words.get(w.substring(1));
    }
    return found;
  }

  private static int[] union(int[] a, int[] b) {
    int[] u = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, u, a.length, b.length);
    return Arrays.stream(u).distinct().sorted().toArray();
  }
}
