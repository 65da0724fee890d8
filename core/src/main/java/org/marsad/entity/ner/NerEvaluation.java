package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level scores in the CoNLL way (conlleval): an entity counts as found only when its type
 * and both boundaries match exactly. A chunk starts at {@code B-X}, or at {@code I-X} after a tag of
 * another type; it goes on while {@code I-X} follows.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** Counts for one type, or for all ("overall"). */
  public record Counts(String type, int gold, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : 100.0 * correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(type, gold + o.gold, predicted + o.predicted, correct + o.correct);
    }

    public String line() {
      return String.format(
          Locale.ROOT, "%-8s precision %6.2f  recall %6.2f  F1 %6.2f  (gold %d, found %d, correct %d)",
          type, precision(), recall(), f1(), gold, predicted, correct);
    }
  }

  /** Overall and per-type counts, types in alphabetical order. */
  public record Result(Counts overall, List<Counts> byType) {
    public Result plus(Result o) {
      Map<String, Counts> m = new TreeMap<>();
      for (Counts c : byType) m.put(c.type(), c);
      for (Counts c : o.byType) m.merge(c.type(), c, Counts::plus);
      return new Result(overall.plus(o.overall), List.copyOf(m.values()));
    }

    /** Counts over a subset of types (e.g. PERS, LOC and ORG). */
    public Counts over(List<String> types) {
      Counts sum = new Counts(String.join("+", types), 0, 0, 0);
      for (Counts c : byType) if (types.contains(c.type())) sum = sum.plus(c);
      return sum;
    }

    public String report() {
      StringBuilder sb = new StringBuilder(overall.line()).append('\n');
      for (Counts c : byType) sb.append(c.line()).append('\n');
      return sb.toString();
    }
  }

  record Chunk(String type, int start, int end) {}

  /** Scores predicted tag sequences against the gold ones, sentence by sentence. */
  public static Result score(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) throw new IllegalArgumentException("sentence counts differ");
    Map<String, int[]> byType = new TreeMap<>();
    for (int s = 0; s < gold.size(); s++) {
      List<Chunk> g = chunks(gold.get(s));
      List<Chunk> p = chunks(predicted.get(s));
      for (Chunk c : g) byType.computeIfAbsent(c.type(), k -> new int[3])[0]++;
      for (Chunk c : p) byType.computeIfAbsent(c.type(), k -> new int[3])[1]++;
      for (Chunk c : p) if (g.contains(c)) byType.get(c.type())[2]++;
    }
    List<Counts> types = new ArrayList<>();
    Counts all = new Counts("overall", 0, 0, 0);
    for (var e : byType.entrySet()) {
      int[] v = e.getValue();
      Counts c = new Counts(e.getKey(), v[0], v[1], v[2]);
      types.add(c);
      all = all.plus(c);
    }
    return new Result(all, types);
  }

  static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < tags.size()) {
      String tag = tags.get(i);
      if (tag.equals("O") || tag.length() < 3) {
        i++;
        continue;
      }
      String type = tag.substring(2);
      int j = i + 1;
      while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
      out.add(new Chunk(type, i, j));
      i = j;
    }
    return out;
  }
}
