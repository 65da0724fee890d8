package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains the tagger: an averaged structured perceptron (Collins 2002) over first-order Viterbi
 * decoding. Each epoch visits the sentences in a seeded random order; where the decoded sequence
 * differs from the gold one, the gold tags' feature weights go up and the predicted ones' go down;
 * the model keeps the average of the weights over all steps (the lazy-update trick of Daumé's
 * thesis), which generalizes much better than the last weights. Deterministic for a given seed.
 */
public final class NerTrainer {
  /**
   * @param epochs passes over the data
   * @param seed shuffling seed
   * @param minCount features seen fewer times in training are dropped
   */
  public record Settings(int epochs, long seed, int minCount) {
    public static Settings defaults() {
      return new Settings(12, 42, 1);
    }
  }

  private final Settings settings;

  public NerTrainer(Settings settings) {
    this.settings = settings;
  }

  /** Trains on labelled sentences; {@code onEpoch} hears each finished epoch number. */
  public NerModel train(
      List<NerSentence> data, NerLexicon lexicon, String provenance, IntConsumer onEpoch) {
    List<String> tagList = NerModel.TAGS;
    int t = tagList.size();
    Features features = new Features(lexicon);
    boolean[] allowed = Viterbi.allowed(tagList);

    // 1. features of every training token, counted, then numbered
    List<long[][]> hashed = new ArrayList<>(data.size());
    LongIntMap counts = new LongIntMap(1 << 20);
    int[] countValues = new int[1 << 20];
    for (NerSentence s : data) {
      long[][] h = features.extract(s.tokens());
      hashed.add(h);
      for (long[] token : h) {
        for (long f : token) {
          int row = counts.getOrAdd(f);
          if (row >= countValues.length) countValues = java.util.Arrays.copyOf(countValues, row * 2);
          countValues[row]++;
        }
      }
    }
    LongIntMap map = new LongIntMap(counts.size());
    long[] byRow = counts.keysByRow();
    for (int r = 0; r < byRow.length; r++) {
      if (countValues[r] >= settings.minCount()) map.getOrAdd(byRow[r]);
    }
    List<int[][]> rows = new ArrayList<>(data.size());
    List<int[]> gold = new ArrayList<>(data.size());
    for (int s = 0; s < data.size(); s++) {
      long[][] h = hashed.get(s);
      int[][] r = new int[h.length][];
      for (int i = 0; i < h.length; i++) {
        int[] tmp = new int[h[i].length];
        int k = 0;
        for (long f : h[i]) {
          int row = map.get(f);
          if (row >= 0) tmp[k++] = row;
        }
        r[i] = java.util.Arrays.copyOf(tmp, k);
      }
      rows.add(r);
      int[] g = new int[h.length];
      List<String> tags = data.get(s).tags();
      for (int i = 0; i < g.length; i++) {
        g[i] = tagList.indexOf(tags.get(i));
        if (g[i] < 0) throw new IllegalArgumentException("unknown tag " + tags.get(i));
      }
      gold.add(g);
    }
    hashed = null;

    // 2. averaged perceptron
    int nRows = map.size();
    float[] w = new float[nRows * t];
    double[] u = new double[nRows * t];
    float[] tw = new float[(t + 1) * t];
    double[] tu = new double[(t + 1) * t];
    long c = 1;
    Random random = new Random(settings.seed());
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      for (int s : order) {
        int[][] r = rows.get(s);
        int[] g = gold.get(s);
        int[] p = Viterbi.decode(r, w, tw, allowed, t);
        for (int i = 0; i < g.length; i++) {
          int gp = i == 0 ? t : g[i - 1];
          int pp = i == 0 ? t : p[i - 1];
          if (g[i] != p[i]) {
            for (int row : r[i]) {
              w[row * t + g[i]] += 1;
              u[row * t + g[i]] += c;
              w[row * t + p[i]] -= 1;
              u[row * t + p[i]] -= c;
            }
          }
          if (g[i] != p[i] || gp != pp) {
            tw[gp * t + g[i]] += 1;
            tu[gp * t + g[i]] += c;
            tw[pp * t + p[i]] -= 1;
            tu[pp * t + p[i]] -= c;
          }
        }
        c++;
      }
      if (onEpoch != null) onEpoch.accept(epoch);
    }
    for (int i = 0; i < w.length; i++) w[i] = (float) (w[i] - u[i] / c);
    for (int i = 0; i < tw.length; i++) tw[i] = (float) (tw[i] - tu[i] / c);

    // 3. drop features whose weights all averaged out to nothing
    LongIntMap kept = new LongIntMap(nRows);
    long[] keys = map.keysByRow();
    float[] out = new float[nRows * t];
    int next = 0;
    for (int row = 0; row < nRows; row++) {
      float max = 0;
      for (int j = 0; j < t; j++) max = Math.max(max, Math.abs(w[row * t + j]));
      if (max < 1e-3f) continue;
      kept.put(keys[row], next);
      System.arraycopy(w, row * t, out, next * t, t);
      next++;
    }
    float[] weights = java.util.Arrays.copyOf(out, next * t);
    return new NerModel(
        tagList.toArray(String[]::new), tw, kept, weights, lexicon, provenance);
  }
}
