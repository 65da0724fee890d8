package org.marsad.topic;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.marsad.text.ArabicNormalizer;
import org.marsad.topic.LinearLearners.Linear;
import org.marsad.topic.TopicVectorizer.Vector;
import org.marsad.topic.TopicVectorizer.Words;

/**
 * Trains a {@link TopicModel} on labelled news records (the ANT corpus) and measures it on a
 * later period: the one way topic models are made ({@code marsad train classify}).
 *
 * <p>The recipe: drop exact duplicates (ANT's {@code dup_of}, and any later record with the same
 * text key), so no text sits on both sides of the split and no text teaches two labels; split by
 * the date in the id (articles from {@code devFrom} on are the dev set); learn the feature index
 * and weights on the earlier part; score the later part; fit the softmax temperature on it; keep
 * the strongest features; then, for the shipped model, learn again on everything with the same
 * settings. The model file records all of it.
 */
public final class TopicTrainer {
  private TopicTrainer() {}

  /** A record ready to learn from: its label and (cached) words. */
  static final class Example {
    final NewsRecord record;
    /** The corpus's label. */
    final int label;
    /** The label under Marsad's guideline ({@link TopicGuidelines}). */
    final int guidedLabel;
    private final Map<String, Words> words = new HashMap<>();

    Example(NewsRecord record, int label, int guidedLabel) {
      this.record = record;
      this.label = label;
      this.guidedLabel = guidedLabel;
    }

    /** What the model reads of the record under these settings, computed once. */
    synchronized Words words(TopicSettings s, Map<String, String> pool) {
      return words.computeIfAbsent(
          s.segment() + "/" + s.maxWords() + "/" + s.guidelines(),
          k -> {
            Words w = Words.of(record.title(), record.body(), s);
            return new Words(intern(w.title(), pool), intern(w.body(), pool), w.ictSector());
          });
    }

    private static List<String> intern(List<String> words, Map<String, String> pool) {
      if (pool == null) return words;
      List<String> out = new ArrayList<>(words.size());
      for (String w : words) out.add(w == null ? null : pool.computeIfAbsent(w, x -> x));
      return out;
    }
  }

  /** The labelled records, deduplicated and split by time. */
  record Corpus(List<String> labels, List<Example> train, List<Example> dev, String notes) {}

  /** What training gives: the model, its dev scores (null without a dev set) and a log. */
  public record Result(TopicModel model, TopicEvaluation dev, String notes) {}

  /**
   * Deduplicates, labels and splits records.
   *
   * @param labels the label set, or null for every category in the records (sorted)
   * @param devFrom first day of the dev set as yyyymmdd (20180701), or 0 for no dev set
   */
  static Corpus prepare(List<NewsRecord> records, List<String> labels, int devFrom) {
    if (labels == null) {
      Set<String> seen = new TreeSet<>();
      for (NewsRecord r : records) if (r.category() != null) seen.add(r.category());
      labels = List.copyOf(seen);
    }
    if (labels.isEmpty()) throw new IllegalArgumentException("no labelled records (no category field)");
    List<Example> train = new ArrayList<>(), dev = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    int duplicates = 0, unlabelled = 0, outside = 0, guided = 0;
    for (NewsRecord r : records) {
      if (r.category() == null) {
        unlabelled++;
        continue;
      }
      int label = labels.indexOf(r.category());
      if (label < 0) {
        outside++;
        continue;
      }
      // an exact duplicate is dropped, whatever its label: its first copy stays (with its label)
      String key = ArabicNormalizer.searchKey(nz(r.title()) + "\n" + r.body());
      if (r.dupOf() != null || !texts.add(key)) {
        duplicates++;
        continue;
      }
      Example e = new Example(r, label, labels.indexOf(TopicGuidelines.trainingLabel(r, labels)));
      if (e.guidedLabel != label) guided++;
      int day = r.day();
      (devFrom > 0 && day >= devFrom ? dev : train).add(e);
    }
    String notes =
        String.format(
            Locale.ROOT,
            "%d records: train %d, dev %d (from %s); dropped %d exact duplicates, %d unlabelled, %d"
                + " outside the label set; %d of other desks name the ICT sector (TopicGuidelines)",
            records.size(), train.size(), dev.size(), devFrom > 0 ? String.valueOf(devFrom) : "none",
            duplicates, unlabelled, outside, guided);
    return new Corpus(labels, train, dev, notes);
  }

  /**
   * Trains, measures on the dev set, and (when {@code shipAll}) trains again on train and dev
   * together for the model to ship.
   *
   * @param data provenance lines describing the data (file names and checksums)
   */
  public static Result train(
      List<NewsRecord> records,
      List<String> labels,
      int devFrom,
      TopicSettings settings,
      boolean shipAll,
      List<String> data,
      Consumer<String> log) {
    Corpus corpus = prepare(records, labels, devFrom);
    log.accept(corpus.notes());
    Map<String, String> pool = new HashMap<>();
    long t0 = System.nanoTime();
    TopicModel model = fit(corpus.labels(), corpus.train(), settings, 1, pool);
    log.accept(String.format(Locale.ROOT, "trained on %d articles, %d features, in %.1f s",
        corpus.train().size(), model.featureCount(), (System.nanoTime() - t0) / 1e9));
    TopicEvaluation dev = null;
    double temperature = 1;
    String devLine = "none";
    if (!corpus.dev().isEmpty()) {
      double[][] scores = scores(model, corpus.dev(), pool);
      temperature = fitTemperature(scores, corpus.dev());
      dev = evaluate(model, corpus.dev(), scores);
      devLine = String.format(Locale.ROOT, "%s; softmax temperature %.3f, dev log-loss %.4f",
          dev.summary(), temperature, logLoss(scores, corpus.dev(), temperature));
      if (settings.sourceWeight() > 0) { // how it does on sources it never saw
        TopicEvaluation blind = evaluate(model, corpus.dev(), scores(model, corpus.dev(), pool, false));
        devLine += "; without the source (as for one never seen): " + blind.summary();
      }
      log.accept("dev: " + devLine);
    }
    List<Example> shipped = corpus.train();
    if (shipAll && !corpus.dev().isEmpty()) {
      shipped = new ArrayList<>(corpus.train());
      shipped.addAll(corpus.dev());
      t0 = System.nanoTime();
      model = fit(corpus.labels(), shipped, settings, temperature, pool);
      log.accept(String.format(Locale.ROOT, "trained again on all %d articles, %d features, in %.1f s",
          shipped.size(), model.featureCount(), (System.nanoTime() - t0) / 1e9));
    }
    List<String> provenance = new ArrayList<>();
    provenance.add("Marsad topic model (news desk): linear, " + settings.learner() + ", over TF-IDF"
        + " word and word-pair features of title and body (org.marsad.topic)");
    for (String d : data) provenance.add("data: " + d);
    provenance.add("split: " + corpus.notes());
    provenance.add("trained on: " + (shipped == corpus.train() ? "train only" : "train and dev")
        + " (" + shipped.size() + " articles)");
    provenance.add("features: title and body (first " + settings.maxWords() + " words) words, "
        + (settings.segment() ? "clitics cut, " : "") + "folded and light-stemmed"
        + (settings.bigrams() ? ", plus adjacent pairs" : "") + "; (1 + ln tf) idf, unit length per"
        + " block, title block x " + settings.titleWeight()
        + (settings.sourceWeight() > 0 ? "; source-private copies x " + settings.sourceWeight()
            + " (withheld from " + settings.sourceDropout() + " of training articles)" : "")
        + (settings.guidelines() ? "; ICT-sector guideline feature and labels" : "")
        + "; " + model.featureCount() + " kept");
    provenance.add("settings: " + settings);
    provenance.add("trained: " + LocalDate.now());
    provenance.add("dev: " + devLine);
    model = new TopicModel(model.labels(), settings, model.featureNames(), model.idf(),
        model.linear(), temperature, model.sources(), provenance);
    return new Result(model, dev, corpus.notes());
  }

  /** Learns the feature index and the weights from {@code examples}. */
  static TopicModel fit(
      List<String> labels, List<Example> examples, TopicSettings s, double temperature,
      Map<String, String> pool) {
    // sources: names and URL hosts seen in training, to the source key
    Map<String, String> sources = new LinkedHashMap<>();
    if (s.sourceWeight() > 0) {
      for (Example e : examples) {
        String key = sourceKeyOf(e.record);
        if (key == null) continue;
        sources.putIfAbsent(key, key);
        String host = host(e.record.url());
        if (host != null) sources.putIfAbsent(host, key);
      }
    }
    // document frequencies, then the index
    Map<String, int[]> df = new HashMap<>();
    for (Example e : examples) {
      Map<String, Integer>[] blocks = TopicVectorizer.counts(e.words(s, pool), s);
      String key = s.sourceWeight() > 0 ? sourceKeyOf(e.record) : null;
      for (int b = 0; b < blocks.length; b++) {
        for (String f : blocks[b].keySet()) {
          df.computeIfAbsent(f, k -> new int[1])[0]++;
          if (key != null && b < 2) {
            df.computeIfAbsent(TopicVectorizer.sourced(key, f), k -> new int[1])[0]++;
          }
        }
      }
      if (key != null) df.computeIfAbsent(TopicVectorizer.sourceIndicator(key), k -> new int[1])[0]++;
    }
    List<String> names = new ArrayList<>();
    for (var e : df.entrySet()) if (e.getValue()[0] >= s.minDf()) names.add(e.getKey());
    names.sort(null);
    int n = examples.size();
    float[] idf = new float[names.size()];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = (float) (Math.log((n + 1.0) / (df.get(names.get(i))[0] + 1.0)) + 1);
    }
    df = null;
    String[] features = names.toArray(String[]::new);
    Linear linear = learn(labels, examples, s, features, idf, pool);
    if (s.keep() > 0 && s.keep() < features.length) {
      // keep the strongest features, then learn again on them alone (unit length over what is kept)
      int[] kept = strongest(linear, s.keep());
      String[] keptNames = new String[kept.length];
      float[] keptIdf = new float[kept.length];
      for (int i = 0; i < kept.length; i++) {
        keptNames[i] = features[kept[i]];
        keptIdf[i] = idf[kept[i]];
      }
      features = keptNames;
      idf = keptIdf;
      linear = learn(labels, examples, s, features, idf, pool);
    }
    return new TopicModel(labels, s, features, idf, linear, temperature, sources, List.of());
  }

  /** Vectorizes the examples over {@code features} and trains the learner. */
  private static Linear learn(
      List<String> labels, List<Example> examples, TopicSettings s, String[] features, float[] idf,
      Map<String, String> pool) {
    Map<String, Integer> index = new HashMap<>(features.length * 2);
    for (int i = 0; i < features.length; i++) index.put(features[i], i);
    int n = examples.size();
    Random random = new Random(s.seed()); // source dropout: some articles shown without source
    List<Vector> xs = new ArrayList<>(n);
    int[] ys = new int[n];
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i);
      String key = s.sourceWeight() > 0 ? sourceKeyOf(e.record) : null;
      if (key != null && random.nextDouble() < s.sourceDropout()) key = null;
      xs.add(TopicVectorizer.vectorize(TopicVectorizer.counts(e.words(s, pool), s), key, s,
          f -> index.getOrDefault(f, -1), idf));
      ys[i] = s.guidelines() ? e.guidedLabel : e.label;
    }
    double[] weights = null;
    if (s.recency() > 0) {
      int last = 0;
      for (Example e : examples) last = Math.max(last, epochDay(e.record.day()));
      weights = new double[n];
      for (int i = 0; i < n; i++) {
        int day = epochDay(examples.get(i).record.day());
        weights[i] = day < 0 ? 0.5 : Math.pow(0.5, (last - day) / s.recency());
      }
    }
    return LinearLearners.train(xs, ys, weights, labels.size(), features.length, s);
  }

  /** The ids of the {@code keep} features with the largest weight in magnitude, in id order. */
  static int[] strongest(Linear linear, int keep) {
    int l = linear.labels(), features = linear.features();
    float[] strength = new float[features];
    for (int f = 0; f < features; f++) {
      for (int c = 0; c < l; c++) {
        strength[f] = Math.max(strength[f], Math.abs(linear.weights()[f * l + c]));
      }
    }
    Integer[] order = new Integer[features];
    for (int f = 0; f < features; f++) order[f] = f;
    Arrays.sort(order, (a, b) -> Float.compare(strength[b], strength[a]));
    int[] kept = new int[Math.min(keep, features)];
    for (int i = 0; i < kept.length; i++) kept[i] = order[i];
    Arrays.sort(kept);
    return kept;
  }

  /** The raw scores of each example. */
  static double[][] scores(TopicModel model, List<Example> examples, Map<String, String> pool) {
    return scores(model, examples, pool, true);
  }

  /** The raw scores of each example, with its source or without. */
  static double[][] scores(
      TopicModel model, List<Example> examples, Map<String, String> pool, boolean withSource) {
    double[][] out = new double[examples.size()][];
    for (int i = 0; i < out.length; i++) {
      Example e = examples.get(i);
      out[i] = model.scores(e.words(model.settings(), pool), withSource ? e.record.source() : null);
    }
    return out;
  }

  static TopicEvaluation evaluate(TopicModel model, List<Example> examples, double[][] scores) {
    TopicEvaluation ev = new TopicEvaluation(model.labels());
    for (int i = 0; i < examples.size(); i++) {
      ev.add(model.labels().get(examples.get(i).label), model.labels().get(argmax(scores[i])));
    }
    return ev;
  }

  static int argmax(double[] s) {
    int best = 0;
    for (int c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
    return best;
  }

  /** The softmax temperature that minimizes the dev log-loss (golden-section search on ln T). */
  static double fitTemperature(double[][] scores, List<Example> examples) {
    double a = Math.log(0.01), b = Math.log(1000);
    double g = (Math.sqrt(5) - 1) / 2;
    for (int it = 0; it < 60; it++) {
      double x1 = b - g * (b - a), x2 = a + g * (b - a);
      if (logLoss(scores, examples, Math.exp(x1)) < logLoss(scores, examples, Math.exp(x2))) b = x2;
      else a = x1;
    }
    return Math.exp((a + b) / 2);
  }

  static double logLoss(double[][] scores, List<Example> examples, double t) {
    double loss = 0;
    for (int i = 0; i < scores.length; i++) {
      double[] s = scores[i];
      double max = Double.NEGATIVE_INFINITY;
      for (double v : s) max = Math.max(max, v);
      double sum = 0;
      for (double v : s) sum += Math.exp(t * (v - max));
      loss -= t * (s[examples.get(i).label] - max) - Math.log(sum);
    }
    return loss / scores.length;
  }

  /** The source key of a record: its source name in lower case. */
  static String sourceKeyOf(NewsRecord r) {
    return r.source() == null ? null : r.source().strip().toLowerCase(Locale.ROOT);
  }

  private static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null; // an unparseable URL names no host
    }
  }

  /** "name sha256=…" of a file, for provenance. */
  public static String checksum(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // reading feeds the digest
      }
      byte[] digest = in.getMessageDigest().digest();
      return file.getFileName() + " sha256=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Days since 1970 of a yyyymmdd day, or -1 for none. */
  static int epochDay(int yyyymmdd) {
    if (yyyymmdd <= 0) return -1;
    try {
      return (int) LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100).toEpochDay();
    } catch (java.time.DateTimeException e) {
      return -1;
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
