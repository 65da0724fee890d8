package org.marsad.entity.ner;

import java.util.List;
import org.marsad.text.LightStemmer;
import org.marsad.text.WordFrequencies;

/**
 * The features of each token, as 64-bit hashes of (template, value). The templates, in the order
 * they are numbered:
 *
 * <ul>
 *   <li>the normalized word in a window of ±2, and word bigrams around it;
 *   <li>the bare word (proclitics و ف ب ل ك and the article ال stripped) and its neighbours, the
 *       proclitics stripped, the light stem;
 *   <li>prefixes (1–3 letters) and suffixes (1–4) of the word: nisba -ي, -ية, feminine -ة, ...;
 *   <li>shape (Arabic, Latin, digits, punctuation), length, how often the word occurs in news (rare
 *       words are often names);
 *   <li>gazetteer matches: the longest name-list phrase covering the token, as B/I and type, for the
 *       token and its neighbours;
 *   <li>word clusters learned from unlabelled news at three granularities, for the word, the bare
 *       word and its neighbours: names unseen in training share clusters with seen ones.
 * </ul>
 *
 * Thread-safe once built.
 */
final class Features {
  private static final String[] PROCLITICS = {"و", "ف"};
  private static final String[] PREPOSITIONS = {"ب", "ل", "ك"};

  static final boolean RIGHT_CLUSTERS = Boolean.parseBoolean(System.getProperty("f.right", "true"));
  static final boolean CONTEXT2 = Boolean.parseBoolean(System.getProperty("f.ctx2", "true"));
  static final boolean CHARGRAMS = Boolean.parseBoolean(System.getProperty("f.char", "true"));

  private final NerLexicon lexicon;
  private final WordFrequencies frequencies;

  Features(NerLexicon lexicon) {
    this.lexicon = lexicon;
    this.frequencies = WordFrequencies.news();
  }

  /** Per-token word facts computed once per sentence. */
  private record Word(
      String key, String bare, String clitics, long hKey, long hBare, long hStem, int shape,
      int freq, int clusterKey, int clusterBare, int rightBare) {}

  /** Features of every token of a sentence. */
  long[][] extract(List<String> tokens) {
    int n = tokens.size();
    Word[] w = new Word[n];
    for (int i = 0; i < n; i++) w[i] = word(tokens.get(i));
    int[][] gz = gazetteerTags(w);

    long[][] out = new long[n][];
    long[] buf = new long[256];
    for (int i = 0; i < n; i++) {
      int k = 0;
      Word c = w[i];
      long prev = i > 0 ? w[i - 1].hKey : BOS;
      long next = i + 1 < n ? w[i + 1].hKey : EOS;
      long prev2 = i > 1 ? w[i - 2].hKey : BOS;
      long next2 = i + 2 < n ? w[i + 2].hKey : EOS;
      buf[k++] = Hashing.feature(0, 0);
      buf[k++] = Hashing.feature(1, c.hKey);
      buf[k++] = Hashing.feature(2, prev);
      buf[k++] = Hashing.feature(3, next);
      buf[k++] = Hashing.feature(4, prev2);
      buf[k++] = Hashing.feature(5, next2);
      buf[k++] = Hashing.feature(6, c.hBare);
      buf[k++] = Hashing.feature(7, i > 0 ? w[i - 1].hBare : BOS);
      buf[k++] = Hashing.feature(8, i + 1 < n ? w[i + 1].hBare : EOS);
      buf[k++] = Hashing.feature(9, c.hStem);
      String b = c.bare;
      for (int len = 1; len <= 3 && len < b.length(); len++) {
        buf[k++] = Hashing.feature(9 + len, Hashing.of(b, 0, len));
      }
      for (int len = 1; len <= 4 && len < b.length(); len++) {
        buf[k++] = Hashing.feature(12 + len, Hashing.of(b, b.length() - len, b.length()));
      }
      buf[k++] = Hashing.feature(17, c.shape);
      buf[k++] =
          Hashing.feature(
              18, (i > 0 ? w[i - 1].shape : 9) * 16 + (i + 1 < n ? w[i + 1].shape : 9));
      buf[k++] = Hashing.feature(19, Hashing.pair(prev, c.hKey));
      buf[k++] = Hashing.feature(20, Hashing.pair(c.hKey, next));
      buf[k++] = Hashing.feature(21, Hashing.of(c.clitics));
      buf[k++] = Hashing.feature(22, c.freq);
      buf[k++] = Hashing.feature(23, c.freq * 64L + Math.min(b.length(), 12));
      buf[k++] = Hashing.feature(24, Hashing.pair(c.hBare, Hashing.of(c.clitics)));
      for (int t : gz[i]) buf[k++] = Hashing.feature(25, t);
      if (i > 0) for (int t : gz[i - 1]) buf[k++] = Hashing.feature(26, t);
      if (i + 1 < n) for (int t : gz[i + 1]) buf[k++] = Hashing.feature(27, t);
      k = clusters(buf, k, 28, c.clusterKey);
      k = clusters(buf, k, 31, c.clusterBare);
      if (i > 0) k = clusters(buf, k, 34, w[i - 1].clusterBare);
      if (i + 1 < n) k = clusters(buf, k, 37, w[i + 1].clusterBare);
      if (RIGHT_CLUSTERS) {
        k = clusters(buf, k, 42, c.rightBare);
        if (i > 0) k = clusters(buf, k, 45, w[i - 1].rightBare);
        if (i + 1 < n) k = clusters(buf, k, 48, w[i + 1].rightBare);
      }
      if (CONTEXT2) {
        if (i > 1) buf[k++] = Hashing.feature(51, w[i - 2].clusterBare >> 10);
        if (i + 2 < n) buf[k++] = Hashing.feature(52, w[i + 2].clusterBare >> 10);
        if (i > 0) buf[k++] = Hashing.feature(53, (long) (w[i - 1].clusterBare >> 10) << 32 | (c.clusterBare >> 10));
      }
      if (CHARGRAMS) {
        String g = "<" + b + ">";
        for (int j = 0; j + 3 <= g.length(); j++) buf[k++] = Hashing.feature(54, Hashing.of(g, j, j + 3));
      }
      if (c.clusterBare >= 0 && i > 0) {
        buf[k++] = Hashing.feature(40, Hashing.pair(w[i - 1].hKey, c.clusterBare >>> 10));
      }
      if (c.clusterBare >= 0 && i + 1 < n) {
        buf[k++] = Hashing.feature(41, Hashing.pair(c.clusterBare >>> 10, w[i + 1].hKey));
      }
      out[i] = java.util.Arrays.copyOf(buf, k);
    }
    return out;
  }

  private static final long BOS = Hashing.of("<s>");
  private static final long EOS = Hashing.of("</s>");

  private static int clusters(long[] buf, int k, int template, int packed) {
    if (packed < 0) {
      buf[k++] = Hashing.feature(template, -1);
      return k;
    }
    buf[k++] = Hashing.feature(template, packed >>> 20);
    buf[k++] = Hashing.feature(template + 1, (packed >>> 10) & 0x3FF);
    buf[k++] = Hashing.feature(template + 2, packed & 0x3FF);
    return k;
  }

  /** Facts of recent words, per thread: news repeats its words, so most lookups hit. */
  private final ThreadLocal<java.util.HashMap<String, Word>> cache =
      ThreadLocal.withInitial(() -> new java.util.HashMap<>(1 << 14));

  private Word word(String token) {
    java.util.HashMap<String, Word> c = cache.get();
    Word w = c.get(token);
    if (w == null) {
      if (c.size() >= 1 << 16) c.clear();
      w = compute(token);
      c.put(token, w);
    }
    return w;
  }

  private Word compute(String token) {
    String key = NerLexicon.key(token);
    String bare = key;
    StringBuilder clitics = new StringBuilder();
    if (bare.length() > 3) {
      for (String p : PROCLITICS) {
        // و and ف are conjunctions when the rest is the commoner word (والمغرب, not وليد)
        if (bare.startsWith(p)
            && token.length() > 1
            && frequencies.count(token.substring(1)) > frequencies.count(token)) {
          clitics.append(p);
          bare = bare.substring(1);
          break;
        }
      }
    }
    if (bare.startsWith("لل") && bare.length() > 4) {
      clitics.append("لل");
      bare = "ال" + bare.substring(2);
    } else if (bare.length() > 4 && bare.startsWith("ال", 1)) {
      for (String p : PREPOSITIONS) {
        if (bare.startsWith(p)) {
          clitics.append(p);
          bare = bare.substring(1);
          break;
        }
      }
    }
    if (bare.startsWith("ال") && bare.length() > 3) {
      clitics.append("ال");
      bare = bare.substring(2);
    }
    String stem = LightStemmer.stem(key);
    int shape = shape(token);
    int count = frequencies.count(token);
    int freq = count == 0 ? 0 : 1 + Math.min(12, 31 - Integer.numberOfLeadingZeros(count));
    long hKey = Hashing.of(key);
    long hBare = Hashing.of(bare);
    int clusterKey = lexicon.cluster(hKey);
    int clusterBare = bare.equals(key) ? clusterKey : lexicon.cluster(hBare);
    if (clusterBare < 0 && clitics.length() > 0) clusterBare = lexicon.cluster(Hashing.of("ال" + bare));
    int rightBare = lexicon.cluster(Hashing.pair(hBare, ClusterBuilder.RIGHT));
    if (rightBare < 0) rightBare = lexicon.cluster(Hashing.pair(hKey, ClusterBuilder.RIGHT));
    if (rightBare < 0 && clitics.length() > 0) {
      rightBare = lexicon.cluster(Hashing.pair(Hashing.of("ال" + bare), ClusterBuilder.RIGHT));
    }
    return new Word(
        key, bare, clitics.toString(), hKey, hBare, Hashing.of(stem), shape, freq, clusterKey,
        clusterBare, rightBare);
  }

  /** 0 Arabic, 1 Latin capitalized, 2 Latin, 3 digits, 4 mixed digits, 5 punctuation, 6 other. */
  private static int shape(String t) {
    boolean arabic = false, latin = false, upper = false, digit = false, other = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c)) arabic = true;
      else if (Character.isDigit(c)) digit = true;
      else if (Character.isLetter(c)) {
        latin = true;
        if (i == 0 && Character.isUpperCase(c)) upper = true;
      } else if (!(c >= '\u064B' && c <= '\u065F')) other = true;
    }
    if (arabic && !digit && !latin) return 0;
    if (latin && !digit && !arabic) return upper ? 1 : 2;
    if (digit && !arabic && !latin) return other ? 4 : 3;
    if (!arabic && !latin && !digit) return 5;
    return 6;
  }

  /**
   * Gazetteer tags per token: for each start, the longest phrase found (the first word may carry
   * و ف ب ل ك and ال), marking B-type on its first token and I-type on the rest; a single word
   * also matches without its article.
   */
  private int[][] gazetteerTags(Word[] w) {
    int n = w.length;
    int[][] tags = new int[n][];
    for (int i = 0; i < n; i++) tags[i] = NONE;
    if (lexicon.maxPhrase == 0) return tags;
    for (int i = 0; i < n; i++) {
      if (w[i].shape != 0) continue;
      int bestLen = 0;
      int bestTypes = 0;
      long[] firsts = {w[i].hKey, w[i].hBare, Hashing.of("ال" + w[i].bare)};
      for (long first : firsts) {
        long h = first;
        for (int len = 1; len <= lexicon.maxPhrase && i + len <= n; len++) {
          if (len > 1) h = Hashing.pair(h, w[i + len - 1].hKey);
          int types = lexicon.gazetteerTypes(h);
          if (types != 0 && len >= bestLen) {
            if (len > bestLen) bestTypes = 0;
            bestLen = len;
            bestTypes |= types;
          }
        }
      }
      if (bestLen == 0) continue;
      for (int j = i; j < i + bestLen; j++) {
        int[] add = new int[Integer.bitCount(bestTypes)];
        int a = 0;
        for (int bit = 1; bit <= 4; bit <<= 1) {
          if ((bestTypes & bit) != 0) add[a++] = bit * 4 + (j == i ? 0 : 1) + (bestLen > 1 ? 2 : 0);
        }
        tags[j] = merge(tags[j], add);
      }
      // a longer phrase starting here covers its inside: skip nothing, overlaps simply add tags
    }
    return tags;
  }

  /** The hash of a gazetteer phrase of normalized words, as {@link #gazetteerTags} looks it up. */
  static long phraseHash(List<String> keys) {
    long h = Hashing.of(keys.get(0));
    for (int i = 1; i < keys.size(); i++) h = Hashing.pair(h, Hashing.of(keys.get(i)));
    return h;
  }

  private static final int[] NONE = {};

  private static int[] merge(int[] a, int[] b) {
    if (a.length == 0) return b;
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
