package org.marsad.connect;

/**
 * When two articles are the same article. Exact: the same text's matching key (equal {@code
 * content_hash}). Near: candidates that share an LSH band key ({@link MinHash}) are compared on
 * their real shingle sets. A later article is a near copy of an earlier one when their texts are
 * close enough:
 *
 * <ul>
 *   <li>their Jaccard similarity is at least {@link #JACCARD}, or
 *   <li>the smaller is contained in the larger to at least {@link #CONTAINMENT} and is no less than
 *       half its size (a copy with sentences dropped, or with boilerplate added), or
 *   <li>their Jaccard similarity is at least {@link #JACCARD_SAME_TITLE} and their headlines,
 *       without site names and markers ({@link TitleNormalizer}), share at least {@link
 *       #TITLE_OVERLAP} of their words (a copy whose body was edited more, under the same title);
 * </ul>
 *
 * and, below a Jaccard similarity of {@link #JACCARD_SURE}, when it also tells the same news: its
 * headline shares {@link #TITLE_OVERLAP} of its words with the earlier one's, or the shingles of
 * its lead (its first {@link #LEAD_WORDS} words) are at least {@link #LEAD_IN} in the earlier text.
 * That last condition tells a copy, whose lead is somewhere in the original however its
 * paragraphs were reordered, from a new report that carries an earlier one as background under a
 * new headline and a new lead (the outlet's follow-up of a story, common in ANT).
 *
 * <p>The thresholds and the bands were set by measurement with {@code marsad eval dedup} on ANT with
 * generated near-duplicates, and hand review of the marks the corpus does not explain
 * (docs/BENCHMARKS.md).
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

  /** Above this Jaccard similarity, the texts alone decide. */
  public static final double JACCARD_SURE = 0.85;

  /** Words of the lead, and the share of its shingles the earlier text must hold. */
  public static final int LEAD_WORDS = 40;

  public static final double LEAD_IN = 0.5;

  /**
   * Whether a later article is a near copy of an earlier one.
   *
   * @param later the later article's shingles ({@link Shingles#of})
   * @param lead the later article's lead shingles ({@link Shingles#lead})
   * @param earlier the earlier article's shingles
   */
  public static boolean nearDuplicate(long[] later, long[] lead, long[] earlier, String laterTitle,
      String earlierTitle) {
    if (later.length < MIN_SHINGLES || earlier.length < MIN_SHINGLES) return false;
    double jaccard = Shingles.jaccard(later, earlier);
    if (jaccard >= JACCARD_SURE) return true;
    double titles = -1; // computed once, when needed
    boolean close = textsClose(later, earlier, jaccard);
    if (!close && jaccard >= JACCARD_SAME_TITLE) {
      titles = titleOverlap(laterTitle, earlierTitle);
      close = titles >= TITLE_OVERLAP;
    }
    if (!close) return false;
    if (titles < 0) titles = titleOverlap(laterTitle, earlierTitle);
    return titles >= TITLE_OVERLAP || leadIn(lead, earlier) >= LEAD_IN;
  }

  /**
   * The texts alone are close: Jaccard similarity at least {@link #JACCARD}, or the smaller set
   * {@link #CONTAINMENT} inside the other at no less than half its size.
   */
  public static boolean textsClose(long[] a, long[] b, double jaccard) {
    if (jaccard >= JACCARD) return true;
    int small = Math.min(a.length, b.length), large = Math.max(a.length, b.length);
    return small * 2 >= large && Shingles.containment(a, b) >= CONTAINMENT;
  }

  /** The share of the lead's shingles found in {@code text} (both sorted); 0 for an empty lead. */
  public static double leadIn(long[] lead, long[] text) {
    return lead.length == 0 ? 0 : Shingles.intersection(lead, text) / (double) lead.length;
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
