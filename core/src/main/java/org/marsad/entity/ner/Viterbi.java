package org.marsad.entity.ner;

import java.util.List;

/**
 * First-order Viterbi decoding over BIO tags with the BIO constraint built in: {@code I-X} follows
 * only {@code B-X} or {@code I-X}. Scores are the sum of the token's feature weights for a tag plus
 * the transition weight from the previous tag.
 */
final class Viterbi {
  private Viterbi() {}

  /** allowed[prev * T + cur], prev == T for the sentence start. */
  static boolean[] allowed(List<String> tags) {
    int t = tags.size();
    boolean[] ok = new boolean[(t + 1) * t];
    for (int prev = 0; prev <= t; prev++) {
      for (int cur = 0; cur < t; cur++) {
        String c = tags.get(cur);
        if (c.startsWith("I-")) {
          String type = c.substring(2);
          ok[prev * t + cur] = prev < t && tags.get(prev).endsWith("-" + type);
        } else {
          ok[prev * t + cur] = true;
        }
      }
    }
    return ok;
  }

  /**
   * Best tag sequence.
   *
   * @param rows feature rows of each token (rows not in the model are left out)
   * @param weights [row * T + tag]
   */
  static int[] decode(int[][] rows, float[] weights, float[] transitions, boolean[] allowed, int t) {
    int n = rows.length;
    int[] best = new int[n];
    if (n == 0) return best;
    float[] emit = new float[t];
    float[] score = new float[t];
    float[] next = new float[t];
    int[][] back = new int[n][t];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(emit, 0f);
      for (int row : rows[i]) {
        int base = row * t;
        for (int j = 0; j < t; j++) emit[j] += weights[base + j];
      }
      if (i == 0) {
        for (int j = 0; j < t; j++) {
          score[j] =
              allowed[t * t + j] ? emit[j] + transitions[t * t + j] : Float.NEGATIVE_INFINITY;
        }
        continue;
      }
      for (int j = 0; j < t; j++) {
        float bestScore = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < t; p++) {
          if (!allowed[p * t + j]) continue;
          float s = score[p] + transitions[p * t + j];
          if (s > bestScore) {
            bestScore = s;
            arg = p;
          }
        }
        next[j] = bestScore + emit[j];
        back[i][j] = arg;
      }
      float[] swap = score;
      score = next;
      next = swap;
    }
    int arg = 0;
    for (int j = 1; j < t; j++) if (score[j] > score[arg]) arg = j;
    for (int i = n - 1; i >= 0; i--) {
      best[i] = arg;
      arg = back[i][arg];
    }
    return best;
  }
}
