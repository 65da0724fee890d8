package org.marsad.connect;

import java.util.SplittableRandom;

/**
 * MinHash signatures and their LSH band keys (Broder 1997; Leskovec, Rajaraman and Ullman,
 * "Mining of Massive Datasets", ch. 3). Two sets agree on one signature position with probability
 * equal to their Jaccard similarity J; cut into {@code bands} bands of {@code rows} rows, they
 * share at least one band key with probability 1 − (1 − J^rows)^bands. Band keys are indexed with
 * each article, so finding the candidates of a new one is one term lookup per band.
 *
 * <p>The permutations are multiply-add hashes over the shingle hash with fixed seeds, so the same
 * text gives the same keys in every run and every version that keeps {@link #SEED}.
 */
public final class MinHash {
  /** Changing it changes every key in every store: bump {@link #VERSION} with it. */
  public static final long SEED = 20260611L;

  /** Written into band keys, so keys of another scheme never match. */
  public static final String VERSION = "m1";

  private final int bands;
  private final int rows;
  private final long[] a;
  private final long[] b;

  /**
   * @param bands LSH bands
   * @param rows signature positions per band
   */
  public MinHash(int bands, int rows) {
    if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1");
    this.bands = bands;
    this.rows = rows;
    int k = bands * rows;
    a = new long[k];
    b = new long[k];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < k; i++) {
      a[i] = random.nextLong() | 1; // odd: a bijection on 64-bit words
      b[i] = random.nextLong();
    }
  }

  /**
   * {@link Dedup#BANDS} bands of {@link Dedup#ROWS} rows (40 × 3): candidates at J = 0.3 with
   * probability 0.67, at 0.4 with 0.93, at 0.5 with 0.99.
   */
  public static MinHash standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final MinHash STANDARD = new MinHash(Dedup.BANDS, Dedup.ROWS);
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature of a shingle set: per permutation, the least hash over the set. */
  public int[] signature(long[] shingles) {
    int k = a.length;
    long[] min = new long[k];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < k; i++) {
        long h = (a[i] * s + b[i]) >>> 32; // the high bits of a multiply-add are the well-mixed ones
        if (h < min[i]) min[i] = h;
      }
    }
    int[] sig = new int[k];
    for (int i = 0; i < k; i++) sig[i] = (int) min[i];
    return sig;
  }

  /** Estimated Jaccard similarity: the share of positions where two signatures agree. */
  public static double estimate(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) if (x[i] == y[i]) same++;
    return same / (double) x.length;
  }

  /** One key per band ({@code m1.b07.3f2a9c01d4e5}); empty for an empty set. */
  public String[] bandKeys(long[] shingles) {
    if (shingles.length == 0) return new String[0];
    int[] sig = signature(shingles);
    String[] keys = new String[bands];
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) h = Shingles.mix(h * 0x100000001B3L + sig[band * rows + r]);
      keys[band] = key(band, h & 0xFFFF_FFFF_FFFFL);
    }
    return keys;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code VERSION.bNN.} and 12 hex digits, as {@code String.format("%s.b%02d.%012x")} would. */
  static String key(int band, long hash) {
    char[] c = new char[VERSION.length() + 5 + 12];
    int n = 0;
    for (int i = 0; i < VERSION.length(); i++) c[n++] = VERSION.charAt(i);
    c[n++] = '.';
    c[n++] = 'b';
    c[n++] = (char) ('0' + band / 10 % 10);
    c[n++] = (char) ('0' + band % 10);
    c[n++] = '.';
    for (int shift = 44; shift >= 0; shift -= 4) c[n++] = HEX[(int) (hash >>> shift) & 15];
    return new String(c);
  }
}
