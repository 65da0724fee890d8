package org.marsad.topic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Turns an article's words into the features of a topic model, by name, and into a sparse
 * TF-IDF vector over a model's feature index.
 *
 * <p>Features: {@code w حكوم} (a body word), {@code b حكوم جديد} (a pair of adjacent body words),
 * {@code t …} and {@code tb …} (the same for the title, in a block of their own). Each block is
 * weighted by sublinear term frequency times inverse document frequency, {@code (1 + ln tf) ·
 * idf}, and normalized to unit length; the title block is then scaled by {@link
 * TopicSettings#titleWeight()}. With source features, every feature also has a copy private to the
 * source ({@code alarabia|w حكوم}) and the source an indicator ({@code s alarabia}).
 */
final class TopicVectorizer {
  private TopicVectorizer() {}

  /**
   * What the model reads of an article: the words of its title and of its body's lead, and
   * whether its headline or first sentence names the ICT sector ({@link TopicGuidelines}).
   */
  record Words(List<String> title, List<String> body, boolean ictSector) {
    static Words of(String title, String text, TopicSettings s) {
      title = title == null ? "" : title;
      text = text == null ? "" : text;
      return new Words(
          TopicWords.of(title, Integer.MAX_VALUE, s.segment()),
          TopicWords.of(text, s.maxWords(), s.segment()),
          s.guidelines() && TopicGuidelines.namesIctSector(title, text));
    }
  }

  /** The guideline's feature: the headline or first sentence names the ICT sector. */
  static final String ICT_SECTOR = "g ict-sector";

  /** A sparse vector: feature ids and their values, in no particular order, ids distinct. */
  record Vector(int[] ids, float[] values) {
    int size() {
      return ids.length;
    }
  }

  /**
   * Feature counts by name, in blocks: body words ([0]), title words ([1]), character n-grams
   * ([2]), the guideline's feature ([3]).
   */
  static Map<String, Integer>[] counts(Words words, TopicSettings s) {
    List<String> title = words.title(), body = words.body();
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of maps: Java has no generic arrays
    Map<String, Integer>[] blocks =
        new Map[] {new HashMap<>(body.size() * 2), new HashMap<>(), new HashMap<>(), new HashMap<>()};
    if (words.ictSector()) blocks[3].put(ICT_SECTOR, 1);
    if (s.titleWeight() == 0) {
      add(title, "w ", "b ", s.bigrams(), blocks[0]);
    } else {
      add(title, "t ", "tb ", s.bigrams(), blocks[1]);
    }
    add(body, "w ", "b ", s.bigrams(), blocks[0]);
    if (s.chars() >= 3) {
      chars(title, s.chars(), blocks[2]);
      chars(body, s.chars(), blocks[2]);
    }
    return blocks;
  }

  /** Character n-grams, 3 to {@code max} long, of each word marked at its edges ({@code <حكوم>}). */
  private static void chars(List<String> words, int max, Map<String, Integer> out) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (w == null || w.length() < 3 || w.charAt(0) == '<') continue;
      sb.setLength(0);
      sb.append('<').append(w).append('>');
      for (int n = 3; n <= max; n++) {
        for (int i = 0; i + n <= sb.length(); i++) {
          out.merge("c " + sb.substring(i, i + n), 1, Integer::sum);
        }
      }
    }
  }

  private static void add(
      List<String> words, String uni, String bi, boolean bigrams, Map<String, Integer> out) {
    String previous = null;
    for (String w : words) {
      if (w != null) {
        out.merge(uni + w, 1, Integer::sum);
        if (bigrams && previous != null) out.merge(bi + previous + ' ' + w, 1, Integer::sum);
      }
      previous = w;
    }
  }

  /** The name of a feature's copy private to {@code source}. */
  static String sourced(String source, String feature) {
    return source + '|' + feature;
  }

  /** The name of a source's indicator feature. */
  static String sourceIndicator(String source) {
    return "s " + source;
  }

  /**
   * The vector of an article over a feature index ({@code index} gives -1 for a feature the model
   * lacks).
   *
   * @param source the article's source as the model knows it, or null for none or an unknown one
   */
  static Vector vectorize(
      Map<String, Integer>[] blocks,
      String source,
      TopicSettings s,
      ToIntFunction<String> index,
      float[] idf) {
    int capacity = blocks[0].size() + blocks[1].size() + blocks[2].size() + blocks[3].size();
    boolean sourced = source != null && s.sourceWeight() > 0;
    if (sourced) capacity = capacity * 2 + 1;
    int[] ids = new int[capacity];
    float[] values = new float[capacity];
    int n = 0;
    for (int b = 0; b < blocks.length; b++) {
      int start = n;
      double norm = 0;
      for (Map.Entry<String, Integer> e : blocks[b].entrySet()) {
        int id = index.applyAsInt(e.getKey());
        if (id < 0) continue;
        float v = (float) ((1 + Math.log(e.getValue())) * idf[id]);
        ids[n] = id;
        values[n++] = v;
        norm += v * v;
      }
      if (norm == 0) continue;
      double weight = b == 0 ? 1 : b == 1 ? s.titleWeight() : b == 2 ? s.charWeight() : 1;
      float scale = (float) (weight / Math.sqrt(norm));
      for (int i = start; i < n; i++) values[i] *= scale;
      if (sourced && b < 2) {
        float w = (float) s.sourceWeight();
        for (Map.Entry<String, Integer> e : blocks[b].entrySet()) {
          int general = index.applyAsInt(e.getKey());
          if (general < 0) continue;
          int id = index.applyAsInt(sourced(source, e.getKey()));
          if (id < 0) continue;
          float v = (float) ((1 + Math.log(e.getValue())) * idf[general]) * scale * w;
          ids[n] = id;
          values[n++] = v;
        }
      }
    }
    if (sourced) {
      int id = index.applyAsInt(sourceIndicator(source));
      if (id >= 0) {
        ids[n] = id;
        values[n++] = (float) s.sourceWeight();
      }
    }
    return new Vector(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(values, n));
  }
}
