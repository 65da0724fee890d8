package org.marsad.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of a topic classifier against gold labels: accuracy, macro-F1, precision, recall and F1
 * of each label, and the confusion matrix (gold labels in rows, predictions in columns).
 *
 * <p>Articles whose gold label is outside the model's label set (ANT v1.1's {@code localNews}
 * given to a v2.1 model) cannot be right: they are counted apart, shown in rows of their own and
 * left out of accuracy and macro-F1. Not thread-safe: one evaluation is filled by one thread.
 */
public final class TopicEvaluation {
  private final List<String> labels;
  private final Map<String, int[]> rows = new LinkedHashMap<>(); // gold label -> predicted counts

  public TopicEvaluation(List<String> labels) {
    this.labels = List.copyOf(labels);
    for (String l : labels) rows.put(l, new int[labels.size()]);
  }

  /** Counts one article. */
  public void add(String gold, String predicted) {
    int p = labels.indexOf(predicted);
    if (p < 0) throw new IllegalArgumentException("prediction '" + predicted + "' is not a label");
    rows.computeIfAbsent(gold, k -> new int[labels.size()])[p]++;
  }

  public List<String> labels() {
    return labels;
  }

  /** Articles with a gold label in the model's set. */
  public int scored() {
    int n = 0;
    for (String l : labels) for (int v : rows.get(l)) n += v;
    return n;
  }

  /** Articles with a gold label outside the model's set, by label. */
  public Map<String, Integer> outside() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (var e : rows.entrySet()) {
      if (labels.contains(e.getKey())) continue;
      int n = 0;
      for (int v : e.getValue()) n += v;
      out.put(e.getKey(), n);
    }
    return out;
  }

  public double accuracy() {
    int right = 0;
    for (int c = 0; c < labels.size(); c++) right += rows.get(labels.get(c))[c];
    int n = scored();
    return n == 0 ? 0 : right / (double) n;
  }

  /** {precision, recall, F1} of one label; 0 where undefined. */
  public double[] prf(String label) {
    int c = labels.indexOf(label);
    int tp = rows.get(label)[c];
    int predicted = 0, gold = 0;
    for (String l : labels) predicted += rows.get(l)[c];
    for (int v : rows.get(label)) gold += v;
    double p = predicted == 0 ? 0 : tp / (double) predicted;
    double r = gold == 0 ? 0 : tp / (double) gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  /**
   * The mean F1 of the labels that occur in the gold data or the predictions of the scored
   * articles (scikit-learn's default): a label predicted but never gold counts, with F1 0.
   */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (int c = 0; c < labels.size(); c++) {
      int gold = 0, predicted = 0;
      for (int v : rows.get(labels.get(c))) gold += v;
      for (String l : labels) predicted += rows.get(l)[c];
      if (gold == 0 && predicted == 0) continue;
      sum += prf(labels.get(c))[2];
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Accuracy and macro-F1 on one line, for logs and model provenance. */
  public String summary() {
    return String.format(
        Locale.ROOT, "macro-F1 %.4f, accuracy %.4f (%d articles)", macroF1(), accuracy(), scored());
  }

  /** The full report: summary, per-label scores and the confusion matrix, as plain text. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "articles  %d%n", scored()));
    sb.append(String.format(Locale.ROOT, "accuracy  %.4f%n", accuracy()));
    sb.append(String.format(Locale.ROOT, "macro-F1  %.4f%n", macroF1()));
    Map<String, Integer> outside = outside();
    if (!outside.isEmpty()) {
      List<String> parts = new ArrayList<>();
      outside.forEach((k, v) -> parts.add(k + " " + v));
      sb.append("not scored: gold labels outside the model's set (")
          .append(String.join(", ", labels))
          .append("): ")
          .append(String.join(", ", parts))
          .append('\n');
    }
    int width = 6;
    for (String l : rows.keySet()) width = Math.max(width, l.length());
    sb.append('\n');
    String row = "%-" + width + "s %9s %9s %9s %7s%n";
    sb.append(String.format(Locale.ROOT, row, "label", "precision", "recall", "F1", "gold"));
    for (String l : labels) {
      double[] s = prf(l);
      int gold = 0;
      for (int v : rows.get(l)) gold += v;
      String scores = "%-" + width + "s %9.4f %9.4f %9.4f %7d%n";
      sb.append(String.format(Locale.ROOT, scores, l, s[0], s[1], s[2], gold));
    }
    sb.append("\nconfusion (rows gold, columns predicted)\n");
    int col = 8;
    for (String l : labels) col = Math.max(col, Math.min(l.length(), 12) + 1);
    sb.append(String.format(Locale.ROOT, "%-" + width + "s", ""));
    for (String l : labels) sb.append(String.format(Locale.ROOT, " %" + col + "s", abbreviate(l)));
    sb.append('\n');
    for (var e : rows.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s", e.getKey()));
      for (int v : e.getValue()) sb.append(String.format(Locale.ROOT, " %" + col + "d", v));
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String abbreviate(String label) {
    return label.length() <= 12 ? label : label.substring(0, 12);
  }
}
