package org.marsad.topic;

import java.util.List;
import java.util.Random;
import org.marsad.topic.TopicVectorizer.Vector;

/**
 * The learners of a topic model. Each gives a linear model, a weight per feature and label plus a
 * bias per label, whatever it learned on; so every one of them, and any weighted sum of them,
 * classifies the same way and as fast.
 *
 * <ul>
 *   <li>{@code svm}: one-vs-rest L2-regularized, L2-loss (squared hinge) linear SVM, solved in the
 *       dual by coordinate descent (Hsieh et al., ICML 2008; LIBLINEAR's default solver), the bias
 *       as a constant feature.
 *   <li>{@code nbsvm}: the same SVM on features scaled by each class's naive-Bayes log-count ratio,
 *       its weights pulled toward their mean magnitude (Wang and Manning, ACL 2012).
 *   <li>{@code lr}: multinomial logistic regression, L2-regularized, by L-BFGS.
 *   <li>{@code cnb}: complement naive Bayes with normalized weights (Rennie et al., ICML 2003).
 * </ul>
 */
final class LinearLearners {
  private LinearLearners() {}

  /** Weights by feature then label ({@code weights[f * labels + c]}) and a bias per label. */
  record Linear(int labels, float[] weights, float[] bias) {
    int features() {
      return weights.length / labels;
    }

    /** The scores of {@code x}, one per label, into {@code out}. */
    void scores(Vector x, double[] out) {
      for (int c = 0; c < labels; c++) out[c] = bias[c];
      int[] ids = x.ids();
      float[] values = x.values();
      for (int k = 0; k < ids.length; k++) {
        int base = ids[k] * labels;
        float v = values[k];
        for (int c = 0; c < labels; c++) out[c] += v * weights[base + c];
      }
    }
  }

  /**
   * Trains the learner the settings name.
   *
   * @param weights each example's weight (recency), or null for 1 each
   */
  static Linear train(
      List<Vector> xs, int[] ys, double[] weights, int labels, int features, TopicSettings s) {
    double[] sampleWeights = sampleWeights(ys, labels, s.balanced());
    if (weights != null) for (int i = 0; i < ys.length; i++) sampleWeights[i] *= weights[i];
    return switch (s.learner()) {
      case "svm" -> oneVsRest(xs, ys, labels, features, s, sampleWeights, false);
      case "nbsvm" -> oneVsRest(xs, ys, labels, features, s, sampleWeights, true);
      case "lr" -> logistic(xs, ys, labels, features, s, sampleWeights);
      case "cnb" -> complementNaiveBayes(xs, ys, labels, features);
      default -> throw new IllegalArgumentException("unknown learner " + s.learner());
    };
  }

  /** 1 each, or n / (labels · n_y) when balanced, as scikit-learn's "balanced" class weights. */
  static double[] sampleWeights(int[] ys, int labels, boolean balanced) {
    double[] w = new double[ys.length];
    int[] counts = new int[labels];
    for (int y : ys) counts[y]++;
    for (int i = 0; i < ys.length; i++) {
      w[i] = balanced ? ys.length / (double) (labels * counts[ys[i]]) : 1;
    }
    return w;
  }

  private static Linear oneVsRest(
      List<Vector> xs, int[] ys, int labels, int features, TopicSettings s, double[] sw, boolean nb) {
    float[] weights = new float[features * labels];
    float[] bias = new float[labels];
    for (int c = 0; c < labels; c++) {
      double[] ratio = nb ? logCountRatio(xs, ys, c, features) : null;
      double[] w = new double[features + 1];
      binarySvm(xs, ys, c, ratio, s.c(), sw, s.epochs(), s.seed() + c, w);
      if (nb) { // w' = (1 - β) mean|w| + β w, then fold the ratio into the weights
        double mean = 0;
        for (int f = 0; f < features; f++) mean += Math.abs(w[f]);
        mean /= features;
        for (int f = 0; f < features; f++) {
          w[f] = ((1 - s.nbBeta()) * mean + s.nbBeta() * w[f]) * ratio[f];
        }
      }
      for (int f = 0; f < features; f++) weights[f * labels + c] = (float) w[f];
      bias[c] = (float) w[features];
    }
    return new Linear(labels, weights, bias);
  }

  /**
   * Class {@code c} against the rest, into {@code w} (the bias last). Dual coordinate descent for
   * the L2-loss SVM: each step solves one dual variable exactly, with the primal weights kept in
   * step; stops when the projected gradient's spread falls below 0.1, as LIBLINEAR does.
   */
  static void binarySvm(
      List<Vector> xs, int[] ys, int c, double[] ratio, double cost, double[] sw, int epochs,
      long seed, double[] w) {
    int n = xs.size();
    int features = w.length - 1;
    double[] alpha = new double[n];
    double[] diag = new double[n];
    double[] qd = new double[n];
    for (int i = 0; i < n; i++) {
      diag[i] = 0.5 / (cost * sw[i]);
      double q = 1; // the bias feature
      Vector x = xs.get(i);
      for (int k = 0; k < x.size(); k++) {
        double v = value(x, k, ratio);
        q += v * v;
      }
      qd[i] = q + diag[i];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double maxPg = Double.NEGATIVE_INFINITY, minPg = Double.POSITIVE_INFINITY;
      for (int i : order) {
        Vector x = xs.get(i);
        int y = ys[i] == c ? 1 : -1;
        double dot = w[features];
        for (int k = 0; k < x.size(); k++) dot += value(x, k, ratio) * w[x.ids()[k]];
        double g = y * dot - 1 + diag[i] * alpha[i];
        double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
        maxPg = Math.max(maxPg, pg);
        minPg = Math.min(minPg, pg);
        if (Math.abs(pg) > 1e-12) {
          double old = alpha[i];
          alpha[i] = Math.max(old - g / qd[i], 0);
          double d = (alpha[i] - old) * y;
          for (int k = 0; k < x.size(); k++) w[x.ids()[k]] += d * value(x, k, ratio);
          w[features] += d;
        }
      }
      if (maxPg - minPg < 0.1) break;
    }
  }

  private static double value(Vector x, int k, double[] ratio) {
    return ratio == null ? x.values()[k] : x.values()[k] * ratio[x.ids()[k]];
  }

  /** Wang and Manning's r: log of the smoothed share of each feature in class c against the rest. */
  static double[] logCountRatio(List<Vector> xs, int[] ys, int c, int features) {
    double[] p = new double[features], q = new double[features];
    java.util.Arrays.fill(p, 1);
    java.util.Arrays.fill(q, 1);
    for (int i = 0; i < xs.size(); i++) {
      double[] into = ys[i] == c ? p : q;
      for (int id : xs.get(i).ids()) into[id] += 1; // binarized counts
    }
    double sp = 0, sq = 0;
    for (int f = 0; f < features; f++) {
      sp += p[f];
      sq += q[f];
    }
    double[] r = new double[features];
    for (int f = 0; f < features; f++) r[f] = Math.log(p[f] / sp) - Math.log(q[f] / sq);
    return r;
  }

  /** Complement naive Bayes: each class scored by how unlike the other classes' text x is. */
  private static Linear complementNaiveBayes(List<Vector> xs, int[] ys, int labels, int features) {
    double[][] mass = new double[labels][features];
    double[] total = new double[labels];
    for (int i = 0; i < xs.size(); i++) {
      Vector x = xs.get(i);
      for (int c = 0; c < labels; c++) {
        if (c == ys[i]) continue;
        for (int k = 0; k < x.size(); k++) {
          mass[c][x.ids()[k]] += x.values()[k];
          total[c] += x.values()[k];
        }
      }
    }
    double alpha = 0.01;
    float[] weights = new float[features * labels];
    for (int c = 0; c < labels; c++) {
      double[] w = new double[features];
      double norm = 0;
      for (int f = 0; f < features; f++) {
        w[f] = Math.log((alpha + mass[c][f]) / (alpha * features + total[c]));
        norm += Math.abs(w[f]);
      }
      for (int f = 0; f < features; f++) weights[f * labels + c] = (float) (-w[f] / norm * features);
    }
    return new Linear(labels, weights, new float[labels]);
  }

  /**
   * Multinomial logistic regression: minimizes ½‖W‖² + C Σ sw_i · (−log p(y_i | x_i)) by L-BFGS
   * (ten corrections, backtracking line search), the biases unregularized.
   */
  private static Linear logistic(
      List<Vector> xs, int[] ys, int labels, int features, TopicSettings s, double[] sw) {
    int dim = (features + 1) * labels; // bias block last
    double[] theta = new double[dim];
    double[] grad = new double[dim];
    double cost = s.c();
    int m = 10;
    double[][] sHist = new double[m][], yHist = new double[m][];
    double[] rho = new double[m];
    int stored = 0, head = 0;
    double f = logisticLoss(xs, ys, labels, features, cost, sw, theta, grad);
    int iterations = Math.max(50, s.epochs() * 10);
    for (int it = 0; it < iterations; it++) {
      // two-loop recursion: direction = -H grad
      double[] d = grad.clone();
      double[] a = new double[m];
      for (int k = 0; k < stored; k++) {
        int j = Math.floorMod(head - 1 - k, m);
        a[j] = rho[j] * dot(sHist[j], d);
        axpy(-a[j], yHist[j], d);
      }
      if (stored > 0) {
        int j = Math.floorMod(head - 1, m);
        double gamma = dot(sHist[j], yHist[j]) / dot(yHist[j], yHist[j]);
        for (int i = 0; i < dim; i++) d[i] *= gamma;
      } else {
        double norm = Math.sqrt(dot(grad, grad));
        for (int i = 0; i < dim; i++) d[i] /= norm;
      }
      for (int k = stored - 1; k >= 0; k--) {
        int j = Math.floorMod(head - 1 - k, m);
        double b = rho[j] * dot(yHist[j], d);
        axpy(a[j] - b, sHist[j], d);
      }
      for (int i = 0; i < dim; i++) d[i] = -d[i];
      double slope = dot(grad, d);
      if (slope >= 0) break;
      double step = 1;
      double[] next = new double[dim];
      double[] nextGrad = new double[dim];
      double nf;
      while (true) {
        for (int i = 0; i < dim; i++) next[i] = theta[i] + step * d[i];
        nf = logisticLoss(xs, ys, labels, features, cost, sw, next, nextGrad);
        if (nf <= f + 1e-4 * step * slope || step < 1e-10) break;
        step *= 0.5;
      }
      double[] sv = new double[dim], yv = new double[dim];
      for (int i = 0; i < dim; i++) {
        sv[i] = next[i] - theta[i];
        yv[i] = nextGrad[i] - grad[i];
      }
      double sy = dot(sv, yv);
      if (sy > 1e-12) {
        sHist[head] = sv;
        yHist[head] = yv;
        rho[head] = 1 / sy;
        head = (head + 1) % m;
        stored = Math.min(stored + 1, m);
      }
      double improvement = (f - nf) / Math.max(1, Math.abs(nf));
      theta = next;
      grad = nextGrad;
      f = nf;
      if (improvement < 1e-6) break;
    }
    float[] weights = new float[features * labels];
    for (int i = 0; i < features * labels; i++) weights[i] = (float) theta[i];
    float[] bias = new float[labels];
    for (int c = 0; c < labels; c++) bias[c] = (float) theta[features * labels + c];
    return new Linear(labels, weights, bias);
  }

  private static double logisticLoss(
      List<Vector> xs, int[] ys, int labels, int features, double cost, double[] sw, double[] theta,
      double[] grad) {
    int biasBase = features * labels;
    double loss = 0;
    for (int i = 0; i < biasBase; i++) {
      loss += 0.5 * theta[i] * theta[i];
      grad[i] = theta[i];
    }
    for (int c = 0; c < labels; c++) grad[biasBase + c] = 0;
    double[] z = new double[labels];
    for (int i = 0; i < xs.size(); i++) {
      Vector x = xs.get(i);
      for (int c = 0; c < labels; c++) z[c] = theta[biasBase + c];
      for (int k = 0; k < x.size(); k++) {
        int base = x.ids()[k] * labels;
        double v = x.values()[k];
        for (int c = 0; c < labels; c++) z[c] += v * theta[base + c];
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double v : z) max = Math.max(max, v);
      double sum = 0;
      for (int c = 0; c < labels; c++) sum += Math.exp(z[c] - max);
      double logSum = max + Math.log(sum);
      double weight = cost * sw[i];
      loss += weight * (logSum - z[ys[i]]);
      for (int c = 0; c < labels; c++) {
        double g = weight * (Math.exp(z[c] - logSum) - (c == ys[i] ? 1 : 0));
        grad[biasBase + c] += g;
        for (int k = 0; k < x.size(); k++) grad[x.ids()[k] * labels + c] += g * x.values()[k];
      }
    }
    return loss;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] += a * x[i];
  }
}
