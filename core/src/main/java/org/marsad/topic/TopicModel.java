package org.marsad.topic;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.model.Topic;
import org.marsad.topic.LinearLearners.Linear;
import org.marsad.topic.TopicVectorizer.Vector;
import org.marsad.topic.TopicVectorizer.Words;

/**
 * A trained topic model: its labels, its settings, a weight per feature and label, and where it
 * comes from (training data checksums, split, date, dev scores). Immutable and thread-safe.
 *
 * <p>The file is gzipped text: {@code #} provenance lines, then {@code labels}, {@code settings},
 * {@code temperature}, {@code step}, {@code source} and {@code bias} lines, then one line a
 * feature, {@code name TAB idf TAB w_1 … w_L}, the weights as integer multiples of {@code step}
 * (16-bit quantization; the scores move by less than 1e-4).
 */
public final class TopicModel {
  private final List<String> labels;
  private final TopicSettings settings;
  private final String[] features;
  private final Map<String, Integer> index;
  private final float[] idf;
  private final Linear linear;
  private final double temperature;
  private final Map<String, String> sources; // source name or host, lower case -> source key
  private final List<String> provenance;

  TopicModel(
      List<String> labels,
      TopicSettings settings,
      String[] features,
      float[] idf,
      Linear linear,
      double temperature,
      Map<String, String> sources,
      List<String> provenance) {
    this.labels = List.copyOf(labels);
    this.settings = settings;
    this.features = features;
    this.idf = idf;
    this.linear = linear;
    this.temperature = temperature;
    this.sources = Map.copyOf(sources);
    this.provenance = List.copyOf(provenance);
    this.index = new HashMap<>(features.length * 2);
    for (int i = 0; i < features.length; i++) index.put(features[i], i);
  }

  public List<String> labels() {
    return labels;
  }

  public TopicSettings settings() {
    return settings;
  }

  /** The provenance lines of the model file, without their {@code #}. */
  public List<String> provenance() {
    return provenance;
  }

  public int featureCount() {
    return features.length;
  }

  String[] featureNames() {
    return features;
  }

  float[] idf() {
    return idf;
  }

  Linear linear() {
    return linear;
  }

  Map<String, String> sources() {
    return sources;
  }

  /** The best label of an article, with its probability. */
  public Topic classify(String title, String text, String source) {
    double[] p = probabilities(title, text, source);
    int best = 0;
    for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
    return new Topic(labels.get(best), Math.round(p[best] * 10000) / 10000.0);
  }

  /**
   * The probability of each label ({@link #labels()} order): the linear scores through a softmax
   * whose temperature was fitted on the dev set.
   *
   * @param source the article's source (name or host), or null; one the model never saw counts as
   *     none
   */
  public double[] probabilities(String title, String text, String source) {
    double[] s = scores(title, text, source);
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) max = Math.max(max, v);
    double sum = 0;
    for (int c = 0; c < s.length; c++) sum += s[c] = Math.exp(temperature * (s[c] - max));
    for (int c = 0; c < s.length; c++) s[c] /= sum;
    return s;
  }

  /** The raw linear scores of each label. */
  double[] scores(String title, String text, String source) {
    return scores(Words.of(title, text, settings), source);
  }

  /** The raw linear scores of each label, from what the model reads of an article. */
  double[] scores(Words words, String source) {
    Vector x =
        TopicVectorizer.vectorize(
            TopicVectorizer.counts(words, settings), sourceKey(source), settings, this::id, idf);
    double[] out = new double[labels.size()];
    linear.scores(x, out);
    return out;
  }

  /**
   * The features of an article that push label {@code a} over label {@code b} the most, with
   * their contributions (weight difference times value), strongest first: why the model chose.
   */
  List<String> explain(String title, String text, String source, String a, String b, int n) {
    Vector x = TopicVectorizer.vectorize(TopicVectorizer.counts(Words.of(title, text, settings),
        settings), sourceKey(source), settings, this::id, idf);
    int l = labels.size(), ca = labels.indexOf(a), cb = labels.indexOf(b);
    Integer[] order = new Integer[x.size()];
    double[] contribution = new double[x.size()];
    for (int k = 0; k < x.size(); k++) {
      order[k] = k;
      int base = x.ids()[k] * l;
      contribution[k] = x.values()[k] * (linear.weights()[base + ca] - linear.weights()[base + cb]);
    }
    Arrays.sort(order, (i, j) -> Double.compare(Math.abs(contribution[j]), Math.abs(contribution[i])));
    List<String> out = new ArrayList<>();
    for (int k = 0; k < Math.min(n, order.length); k++) {
      int i = order[k];
      out.add(String.format(Locale.ROOT, "%s %+.3f", features[x.ids()[i]], contribution[i]));
    }
    return out;
  }

  private int id(String feature) {
    Integer i = index.get(feature);
    return i == null ? -1 : i;
  }

  /** The model's key for a source name or host ("BBC", "www.bbc.co.uk"), or null if unknown. */
  String sourceKey(String source) {
    if (source == null || sources.isEmpty()) return null;
    String s = source.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("www.")) s = s.substring(4);
    return sources.get(s);
  }

  /** The model's features with their largest weight for {@code label}, best first. */
  List<String> topFeatures(String label, int n) {
    int c = labels.indexOf(label);
    Integer[] order = new Integer[features.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    int l = labels.size();
    float[] w = linear.weights();
    Arrays.sort(order, (a, b) -> Float.compare(w[b * l + c], w[a * l + c]));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, order.length); i++) out.add(features[order[i]]);
    return out;
  }

  /** Writes the model, gzipped. */
  public void write(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    int l = labels.size();
    float max = 0;
    for (float w : linear.weights()) max = Math.max(max, Math.abs(w));
    for (float w : linear.bias()) max = Math.max(max, Math.abs(w));
    double step = max == 0 ? 1 : max / 32767.0;
    Integer[] order = new Integer[features.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> features[a].compareTo(features[b]));
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(path), 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      for (String p : provenance) w.write("# " + p + "\n");
      w.write("labels\t" + String.join("\t", labels) + "\n");
      w.write("settings\t" + settings + "\n");
      w.write(String.format(Locale.ROOT, "temperature\t%.6f%n", temperature));
      w.write(String.format(Locale.ROOT, "step\t%.9e%n", step));
      Map<String, List<String>> byKey = new LinkedHashMap<>();
      sources.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> byKey.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
      for (var e : byKey.entrySet()) {
        w.write("source\t" + e.getKey() + "\t" + String.join("\t", e.getValue()) + "\n");
      }
      StringBuilder sb = new StringBuilder("bias");
      for (float b : linear.bias()) sb.append('\t').append(Math.round(b / step));
      w.write(sb.append('\n').toString());
      for (int f : order) {
        sb.setLength(0);
        sb.append(features[f]).append('\t').append(String.format(Locale.ROOT, "%.3f", idf[f]));
        for (int c = 0; c < l; c++) {
          sb.append('\t').append(Math.round(linear.weights()[f * l + c] / step));
        }
        w.write(sb.append('\n').toString());
      }
    }
  }

  /** Reads a model written by {@link #write}. */
  public static TopicModel read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /** Reads a model from a stream; {@code name} names it in errors. */
  public static TopicModel read(InputStream in, String name) throws IOException {
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    List<String> provenance = new ArrayList<>();
    List<String> labels = null;
    TopicSettings settings = null;
    double temperature = 1, step = 1;
    Map<String, String> sources = new HashMap<>();
    float[] bias = null;
    List<String> names = new ArrayList<>();
    float[] idf = new float[1 << 16];
    float[] weights = null;
    int number = 0;
    for (String line; (line = r.readLine()) != null; ) {
      number++;
      try {
        if (line.startsWith("# ")) {
          provenance.add(line.substring(2));
          continue;
        }
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "labels" -> labels = List.of(Arrays.copyOfRange(f, 1, f.length));
          case "settings" -> settings = TopicSettings.parse(f[1]);
          case "temperature" -> temperature = Double.parseDouble(f[1]);
          case "step" -> step = Double.parseDouble(f[1]);
          case "source" -> {
            for (int i = 1; i < f.length; i++) sources.put(f[i], f[1]);
          }
          case "bias" -> {
            bias = new float[f.length - 1];
            for (int i = 1; i < f.length; i++) bias[i - 1] = (float) (Long.parseLong(f[i]) * step);
          }
          default -> {
            if (labels == null) throw new IOException("feature before the labels line");
            int l = labels.size();
            if (f.length != l + 2) throw new IOException("expected " + (l + 2) + " fields");
            int n = names.size();
            if (weights == null) weights = new float[idf.length * l];
            if (n == idf.length) {
              idf = Arrays.copyOf(idf, n * 2);
              weights = Arrays.copyOf(weights, n * 2 * l);
            }
            names.add(f[0]);
            idf[n] = Float.parseFloat(f[1]);
            for (int c = 0; c < l; c++) weights[n * l + c] = (float) (Long.parseLong(f[c + 2]) * step);
          }
        }
      } catch (NumberFormatException e) {
        throw new IOException(name + ": line " + number + ": bad number (" + e.getMessage() + ")", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new IOException(name + ": line " + number + ": " + e.getMessage(), e);
      }
    }
    if (labels == null || settings == null || bias == null) {
      throw new IOException(name + ": not a topic model (no labels, settings or bias line)");
    }
    int n = names.size(), l = labels.size();
    Linear linear =
        new Linear(l, weights == null ? new float[0] : Arrays.copyOf(weights, n * l), bias);
    return new TopicModel(
        labels, settings, names.toArray(String[]::new), Arrays.copyOf(idf, n), linear, temperature,
        sources, provenance);
  }
}
