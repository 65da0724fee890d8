package org.marsad.connect;

/**
 * When two articles are the same article. Exact: the same text's matching key (equal {@code
 * content_hash}). Near: candidates that share an LSH band key ({@link MinHash}) are compared on
 * their real shingle sets, and are duplicates when
 *
 * <ul>
 *   <li>their Jaccard similarity is at least {@link #JACCARD}, or
 *   <li>the smaller is contained in the larger to at least {@link #CONTAINMENT} and is no less than
 *       half its size (a copy with sentences dropped, or with boilerplate added), or
 *   <li>their Jaccard similarity is at least {@link #JACCARD_SAME_TITLE} and their headlines,
 *       without site names and markers ({@link TitleNormalizer}), share at least {@link
 *       #TITLE_OVERLAP} of their words (a copy whose body was edited more, under the same title).
 * </ul>
 *
 * The thresholds and the bands were set by measurement with {@code marsad eval dedup} on ANT with
 * generated near-duplicates (docs/BENCHMARKS.md).
 */
public final class Dedup {
  private Dedup() {}

  /** LSH bands and rows per band (120 signature positions). */
  public static final int BANDS = 40, ROWS = 3;

  public static final double JACCARD = 0.5;
  public static final double CONTAINMENT = 0.8;
  public static final double JACCARD_SAME_TITLE = 0.3;
  public static final double TITLE_OVERLAP = 0.6;

  /** Texts with fewer words are too short to call near-duplicates: only exact copies count. */
  public static final int MIN_SHINGLES = 8;

  /** Whether two texts, given as shingle sets ({@link Shingles#of}), and their titles match. */
  public static boolean nearDuplicate(long[] a, long[] b, String titleA, String titleB) {
    if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return false;
    double jaccard = Shingles.jaccard(a, b);
    if (jaccard >= JACCARD) return true;
    int small = Math.min(a.length, b.length), large = Math.max(a.length, b.length);
    if (small * 2 >= large && Shingles.containment(a, b) >= CONTAINMENT) return true;
    return jaccard >= JACCARD_SAME_TITLE && titleOverlap(titleA, titleB) >= TITLE_OVERLAP;
  }

  /** Jaccard similarity of the word sets of two normalized headlines; 0 when one is empty. */
  public static double titleOverlap(String a, String b) {
    java.util.Set<String> x = words(a), y = words(b);
    if (x.isEmpty() || y.isEmpty()) return 0;
    int common = 0;
    for (String w : x) if (y.contains(w)) common++;
    return common / (double) (x.size() + y.size() - common);
  }

  private static java.util.Set<String> words(String title) {
    String key = TitleNormalizer.key(title);
    return key.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(java.util.List.of(key.split(" ")));
  }
}
