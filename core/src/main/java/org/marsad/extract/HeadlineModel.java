package org.marsad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Lexical evidence that a line is a headline rather than a body paragraph: a naive Bayes model over
 * folded words, the first word and the last word, trained on news titles against body paragraphs
 * ({@link HeadlineModelTrainer}). Headlines favour colons after a name ("العثماني: ..."), present
 * tense verbs, and no sentence connectives; paragraphs open with "وأضاف" (and he added), "كما"
 * (also) and close with a full stop. Immutable and thread-safe.
 */
public final class HeadlineModel {
  static final String RESOURCE = "headline-model.tsv";

  private final Map<String, Double> weights;
  private final double bias;
  private final List<String> provenance;

  HeadlineModel(Map<String, Double> weights, double bias, List<String> provenance) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
    this.provenance = List.copyOf(provenance);
  }

  /** A model with no evidence: every line scores 0. */
  public static HeadlineModel none() {
    return new HeadlineModel(Map.of(), 0, List.of("# empty model"));
  }

  private static final class Shipped {
    static final HeadlineModel MODEL = load();

    private static HeadlineModel load() {
      try (InputStream in = HeadlineModel.class.getResourceAsStream(RESOURCE)) {
        return in == null ? none() : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The model shipped as a resource next to this class, or {@link #none()} when absent. */
  public static HeadlineModel shipped() {
    return Shipped.MODEL;
  }

  /** Reads the TSV form: {@code #} provenance lines, {@code bias\tw}, then {@code feature\tw}. */
  static HeadlineModel read(InputStream in) throws IOException {
    Map<String, Double> w = new HashMap<>();
    List<String> provenance = new ArrayList<>();
    double bias = 0;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.startsWith("#")) {
        provenance.add(line);
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      double v = Double.parseDouble(line.substring(tab + 1));
      String f = line.substring(0, tab);
      if (f.equals("<bias>")) bias = v;
      else w.put(f, v);
    }
    return new HeadlineModel(w, bias, provenance);
  }

  /** The training data, settings and dev scores recorded with the model. */
  public List<String> provenance() {
    return provenance;
  }

  /** Log-odds that {@code line} is a headline (positive) rather than body text (negative). */
  public double logOdds(String line) {
    if (weights.isEmpty()) return 0;
    List<String> fs = features(line);
    double sum = 0;
    for (String f : fs) {
      Double v = weights.get(f);
      if (v != null) sum += v;
    }
    // Naive Bayes sums overcount correlated words; dividing by the square root of the count keeps
    // long paragraphs from running away.
    return bias + (fs.isEmpty() ? 0 : sum / Math.sqrt(fs.size()));
  }

  static List<String> features(String line) {
    String key = ArabicNormalizer.searchKey(line);
    List<String> out = new ArrayList<>();
    String first = null, last = null;
    int i = 0, n = key.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(key.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetterOrDigit(key.charAt(i))) i++;
      if (i > s) {
        String t = key.substring(s, i);
        if (Character.isDigit(t.charAt(0))) t = "<num>";
        out.add(t);
        if (first == null) first = t;
        last = t;
      }
    }
    if (first != null) {
      out.add("^" + first);
      out.add(last + "$");
    }
    // The character that ends the line: a full stop, a colon, a quote, or a letter.
    int e = line.length() - 1;
    while (e >= 0 && Character.isWhitespace(line.charAt(e))) e--;
    if (e >= 0) {
      char c = line.charAt(e);
      out.add("<end:" + (Character.isLetterOrDigit(c) ? "w" : String.valueOf(c)) + ">");
    }
    int colon = key.indexOf(':');
    if (colon > 0 && colon < 30) out.add("<early-colon>");
    return out;
  }
}
