package org.marsad.connect;

import java.util.Arrays;
import org.marsad.text.ArabicNormalizer;

/**
 * The word shingles of a text, as 64-bit hashes: the set near-duplicate detection compares. Words
 * are runs of letters and digits of the Arabic matching key ({@link ArabicNormalizer#searchKey}:
 * أ إ آ to ا, ة to ه, diacritics and tatweel gone, Arabic-Indic digits to ASCII), lower-cased, so
 * the same article re-typed with other hamza or diacritics gives the same set. Punctuation, line
 * breaks and paragraph order matter only at the few shingles that straddle them.
 *
 * <p>A text shorter than {@link #SIZE} words gives one shingle of all its words; an empty text
 * gives none.
 */
public final class Shingles {
  private Shingles() {}

  /** Words per shingle: three keeps a few edited words from touching more than a few shingles. */
  public static final int SIZE = 3;

  /** The sorted, distinct shingle hashes of {@code text}. */
  public static long[] of(String text) {
    return shingles(wordHashes(text));
  }

  private static long[] shingles(long[] words) {
    int n = words.length;
    if (n == 0) return new long[0];
    int k = Math.min(SIZE, n);
    long[] out = new long[n - k + 1];
    for (int i = 0; i + k <= n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) h = mix(h * 31 + words[i + j]);
      out[i] = h;
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /** The shingles of the first {@code words} words of {@code text}: its lead. */
  public static long[] lead(String text, int words) {
    long[] all = wordHashes(text);
    return shingles(all.length > words ? Arrays.copyOf(all, words) : all);
  }

  /** How many words {@link #of} sees in {@code text}. */
  public static int wordCount(String text) {
    return wordHashes(text).length;
  }

  static long[] wordHashes(String text) {
    if (text == null || text.isEmpty()) return new long[0];
    String key = ArabicNormalizer.searchKey(text);
    long[] words = new long[Math.max(8, key.length() / 4)];
    int n = 0;
    long h = 0;
    int len = 0;
    for (int i = 0; i <= key.length(); i++) {
      char c = i < key.length() ? key.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = h * 1_000_003 + Character.toLowerCase(c);
        len++;
      } else if (len > 0) {
        if (n == words.length) words = Arrays.copyOf(words, n * 2);
        words[n++] = mix(h);
        h = 0;
        len = 0;
      }
    }
    return Arrays.copyOf(words, n);
  }

  private static long[] distinct(long[] sorted) {
    if (sorted.length == 0) return sorted;
    int n = 1;
    for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** Jaccard similarity of two sorted, distinct sets: |A ∩ B| / |A ∪ B|. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) return 1;
    int common = intersection(a, b);
    return common / (double) (a.length + b.length - common);
  }

  /** Containment of the smaller set in the larger: |A ∩ B| / min(|A|, |B|). */
  public static double containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) return a.length == b.length ? 1 : 0;
    return intersection(a, b) / (double) Math.min(a.length, b.length);
  }

  /** How many values two sorted, distinct sets share. */
  public static int intersection(long[] a, long[] b) {
    int i = 0, j = 0, common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /** Stafford's variant 13 of the MurmurHash3 finalizer: every input bit flips half the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
