package org.marsad.entity.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.marsad.text.ArabicNormalizer;

/**
 * What the tagger knows about words beyond the labelled corpus: distributional word clusters learned
 * from unlabelled news ({@link ClusterBuilder}) and name lists (gazetteers). Both are kept as hashes
 * of normalized forms, not as the words themselves.
 *
 * <p>Clusters: three levels of granularity per word (coarse, middle, fine), packed 10 bits each.
 * Gazetteer: phrases of normalized words joined by one space, with type bits ({@link #PERS}, {@link
 * #LOC}, {@link #ORG}).
 */
public final class NerLexicon {
  static final int PERS = 1;
  static final int LOC = 2;
  static final int ORG = 4;

  final LongIntMap clusters;
  final LongIntMap gazetteer;
  final int maxPhrase;

  NerLexicon(LongIntMap clusters, LongIntMap gazetteer, int maxPhrase) {
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.maxPhrase = maxPhrase;
  }

  static NerLexicon empty() {
    return new NerLexicon(new LongIntMap(16), new LongIntMap(16), 0);
  }

  /** Packed cluster levels of a normalized word, or -1 when the word was not clustered. */
  int cluster(long wordHash) {
    return clusters.get(wordHash);
  }

  /** Type bits of a phrase hash, 0 when absent. */
  int gazetteerTypes(long phraseHash) {
    int v = gazetteer.get(phraseHash);
    return v < 0 ? 0 : v;
  }

  /** The normalized form used for every lookup: {@link ArabicNormalizer#searchKey}. */
  static String key(String token) {
    return ArabicNormalizer.searchKey(token);
  }

  void write(DataOutputStream out) throws IOException {
    writeMap(out, clusters);
    writeMap(out, gazetteer);
    out.writeInt(maxPhrase);
  }

  static NerLexicon read(DataInputStream in) throws IOException {
    LongIntMap c = readMap(in);
    LongIntMap g = readMap(in);
    return new NerLexicon(c, g, in.readInt());
  }

  private static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
    long[] keys = map.keysByRowUnordered();
    out.writeInt(keys.length);
    for (long k : keys) {
      out.writeLong(k);
      out.writeInt(map.get(k));
    }
  }

  private static LongIntMap readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    LongIntMap map = new LongIntMap(n);
    for (int i = 0; i < n; i++) {
      long k = in.readLong();
      map.put(k, in.readInt());
    }
    return map;
  }
}
