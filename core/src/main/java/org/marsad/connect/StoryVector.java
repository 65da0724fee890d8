package org.marsad.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LightStemmer;
import org.marsad.text.WordFrequencies;

/**
 * What an article is about, as a short weighted term vector: the stems of its headline (counted
 * twice) and of its lead (the first {@link #LEAD_WORDS} words), weighted by tf·idf, the
 * {@link #TERMS} heaviest kept, unit length. Inverse document frequencies come from the shipped
 * ANT word-frequency table ({@link WordFrequencies#news()}), not from the store, so an article's
 * vector never changes as the store grows and the same article always gets the same one.
 *
 * <p>Stems are the light stems of the Arabic matching key, the terms the search index uses, so the
 * terms can be indexed and looked up as they are.
 */
public record StoryVector(String[] terms, float[] weights) {
  public static final int TERMS = 20;
  public static final int LEAD_WORDS = 60;

  /** Words so common they say nothing about an event, whatever their frequency says. */
  private static final java.util.Set<String> STOP = java.util.Set.of(
      "في", "من", "علي", "الي", "عن", "ان", "او", "ما", "لا", "مع", "بعد", "قبل", "هذا", "هذه",
      "التي", "الذي", "الذين", "كان", "قال", "وقال", "اليوم", "امس", "خلال", "بين", "حول",
      "عند", "كما", "الا", "اي", "كل", "ذلك", "تلك", "هو", "هي", "لم", "لن", "قد", "ثم", "حتي");

  public StoryVector {
    if (terms.length != weights.length) throw new IllegalArgumentException("terms and weights");
  }

  public static final StoryVector EMPTY = new StoryVector(new String[0], new float[0]);

  /** The vector of an article's headline and lead. */
  public static StoryVector of(String title, String text) {
    Map<String, float[]> tf = new HashMap<>();
    add(tf, TitleNormalizer.normalize(title), 2, Integer.MAX_VALUE);
    add(tf, text == null ? "" : text, 1, LEAD_WORDS);
    if (tf.isEmpty()) return EMPTY;
    List<Map.Entry<String, float[]>> entries = new ArrayList<>(tf.entrySet());
    entries.sort((x, y) -> {
      int c = Float.compare(y.getValue()[0], x.getValue()[0]);
      return c != 0 ? c : x.getKey().compareTo(y.getKey());
    });
    int n = Math.min(TERMS, entries.size());
    String[] terms = new String[n];
    float[] weights = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) norm += entries.get(i).getValue()[0] * entries.get(i).getValue()[0];
    norm = Math.sqrt(norm);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> entries.get(x).getKey().compareTo(entries.get(y).getKey()));
    for (int i = 0; i < n; i++) {
      terms[i] = entries.get(order[i]).getKey();
      weights[i] = (float) (entries.get(order[i]).getValue()[0] / norm);
    }
    return new StoryVector(terms, weights);
  }

  private static void add(Map<String, float[]> tf, String text, float weight, int maxWords) {
    WordFrequencies freq = WordFrequencies.news();
    double total = freq.total();
    char[] buf = new char[64];
    int words = 0, i = 0, n = text.length();
    while (i < n && words < maxWords) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
      if (i == start) break;
      words++;
      String word = text.substring(start, i);
      String key = ArabicNormalizer.searchKey(word.toLowerCase(Locale.ROOT));
      // a ligature may stand for several words (ﷺ is صلى الله عليه وسلم): each counts alone,
      // and no term ever holds a space (the stored form separates terms with spaces)
      boolean one = key.indexOf(' ') < 0;
      for (String part : one ? new String[] {key} : key.split(" ")) {
        if (part.length() < 2 || STOP.contains(part) || isNumber(part)) continue;
        String stem = LightStemmer.stem(part);
        if (stem.length() < 2) continue;
        String surface = one ? word : part; // the word list is keyed by the written word
        if (buf.length < surface.length() + 4) buf = new char[surface.length() + 4];
        int len = WordFrequencies.key(surface, 0, surface.length(), buf);
        int count = freq.count(buf, 0, len);
        float idf = (float) Math.log(total / (count + 20.0)); // +20: unseen words are not all rare
        if (idf <= 0) continue;
        tf.computeIfAbsent(stem, s -> new float[1])[0] += weight * idf;
      }
    }
  }

  private static boolean isNumber(String key) {
    for (int i = 0; i < key.length(); i++) if (!Character.isDigit(key.charAt(i))) return false;
    return true;
  }

  /** Cosine similarity of two unit vectors with sorted terms. */
  public double cosine(StoryVector other) {
    double dot = 0;
    int i = 0, j = 0;
    while (i < terms.length && j < other.terms.length) {
      int c = terms[i].compareTo(other.terms[j]);
      if (c == 0) dot += weights[i++] * other.weights[j++];
      else if (c < 0) i++;
      else j++;
    }
    return dot;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  /** A compact text form ({@code term:0.412 term:0.3}) for the store. */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) sb.append(' ');
      sb.append(terms[i]).append(':').append(String.format(Locale.ROOT, "%.4f", weights[i]));
    }
    return sb.toString();
  }

  public static StoryVector decode(String s) {
    if (s == null || s.isEmpty()) return EMPTY;
    String[] parts = s.split(" ");
    String[] terms = new String[parts.length];
    float[] weights = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int colon = parts[i].lastIndexOf(':');
      terms[i] = parts[i].substring(0, colon);
      weights[i] = Float.parseFloat(parts[i].substring(colon + 1));
    }
    return new StoryVector(terms, weights);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryVector v && Arrays.equals(terms, v.terms)
        && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(terms) * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return encode();
  }
}
