package org.marsad.topic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a topic model is built: its features and its learner. Written into the model file as one
 * line of {@code key=value} pairs and read back from it, so a model says how it was made; {@code
 * marsad train classify --set key=value,...} changes any of them.
 *
 * @param segment cut clitics with the segmenter before stemming ({@link TopicWords})
 * @param maxWords words read from the body (the lead); the title is always read whole
 * @param bigrams add pairs of adjacent words inside a phrase
 * @param titleWeight weight of the title's own block of features (its vector is normalized apart
 *     and added with this weight); 0 counts title words as body words
 * @param sourceWeight weight of the source's own features: 0 for none; else each feature also gets
 *     a copy private to the article's source (Daumé's feature augmentation), and the source an
 *     indicator, so a desk's own conventions are learned without hiding the shared model; an
 *     unknown source uses the shared features alone
 * @param sourceDropout share of training articles shown without their source, so the shared
 *     weights stand alone for sources never seen
 * @param minDf features kept: seen in at least this many training articles
 * @param learner {@code svm} (one-vs-rest L2-loss linear SVM, dual coordinate descent), {@code
 *     nbsvm} (the same on naive-Bayes log-count ratios, Wang and Manning 2012), {@code lr}
 *     (multinomial logistic regression), {@code cnb} (complement naive Bayes, Rennie et al. 2003)
 * @param c the SVM's cost or the inverse of the logistic regression's L2 strength
 * @param balanced weigh each class's errors by the inverse of its size
 * @param nbBeta interpolation of NB-SVM weights toward their mean magnitude (Wang and Manning's β)
 * @param epochs passes of the learner over the data
 * @param keep features kept in the shipped model, by their largest weight (0 keeps all)
 * @param recency half-life in days of a training article's weight, counted back from the latest
 *     article (news drifts: the desks' stories of last month say more about next month than those
 *     of last winter); 0 weighs all alike
 * @param chars character n-grams of each word, 3 to this length, in a block of their own (0 for
 *     none): they tie together forms the light stemmer leaves apart (names, broken plurals)
 * @param charWeight weight of the character block
 * @param guidelines train on Marsad's labelling guideline where it departs from the corpus's
 *     desks ({@link TopicGuidelines}); dev scores stay against the corpus's labels
 * @param seed seed of the learners' shuffles
 */
public record TopicSettings(
    boolean segment,
    int maxWords,
    boolean bigrams,
    double titleWeight,
    double sourceWeight,
    double sourceDropout,
    int minDf,
    String learner,
    double c,
    boolean balanced,
    double nbBeta,
    int epochs,
    int keep,
    double recency,
    int chars,
    double charWeight,
    boolean guidelines,
    long seed) {

  /** The settings of the shipped model. */
  public static TopicSettings defaults() {
    return new TopicSettings(
        true, 400, true, 0.5, 1, 0.3, 3, "svm", 0.5, false, 0.25, 30, 200_000, 0, 0, 0.5, true,
        20260101L);
  }

  /** These settings with some changed: {@code "c=1,bigrams=false"}. */
  public TopicSettings with(String changes) {
    Map<String, String> m = asMap();
    if (changes != null && !changes.isBlank()) {
      for (String pair : changes.split(",")) {
        int eq = pair.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("setting '" + pair + "' is not key=value");
        String key = pair.substring(0, eq).strip();
        if (!m.containsKey(key)) {
          throw new IllegalArgumentException(
              "unknown setting '" + key + "' (known: " + m.keySet() + ")");
        }
        m.put(key, pair.substring(eq + 1).strip());
      }
    }
    return fromMap(m);
  }

  /** Parses the form written by {@link #toString()}. */
  public static TopicSettings parse(String line) {
    return defaults().with(line.replace(' ', ','));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (var e : asMap().entrySet()) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }

  private Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("segment", String.valueOf(segment));
    m.put("maxWords", String.valueOf(maxWords));
    m.put("bigrams", String.valueOf(bigrams));
    m.put("titleWeight", num(titleWeight));
    m.put("sourceWeight", num(sourceWeight));
    m.put("sourceDropout", num(sourceDropout));
    m.put("minDf", String.valueOf(minDf));
    m.put("learner", learner);
    m.put("c", num(c));
    m.put("balanced", String.valueOf(balanced));
    m.put("nbBeta", num(nbBeta));
    m.put("epochs", String.valueOf(epochs));
    m.put("keep", String.valueOf(keep));
    m.put("recency", num(recency));
    m.put("chars", String.valueOf(chars));
    m.put("charWeight", num(charWeight));
    m.put("guidelines", String.valueOf(guidelines));
    m.put("seed", String.valueOf(seed));
    return m;
  }

  private static TopicSettings fromMap(Map<String, String> m) {
    try {
      TopicSettings s =
          new TopicSettings(
              bool(m, "segment"),
              Integer.parseInt(m.get("maxWords")),
              bool(m, "bigrams"),
              Double.parseDouble(m.get("titleWeight")),
              Double.parseDouble(m.get("sourceWeight")),
              Double.parseDouble(m.get("sourceDropout")),
              Integer.parseInt(m.get("minDf")),
              m.get("learner"),
              Double.parseDouble(m.get("c")),
              bool(m, "balanced"),
              Double.parseDouble(m.get("nbBeta")),
              Integer.parseInt(m.get("epochs")),
              Integer.parseInt(m.get("keep")),
              Double.parseDouble(m.get("recency")),
              Integer.parseInt(m.get("chars")),
              Double.parseDouble(m.get("charWeight")),
              bool(m, "guidelines"),
              Long.parseLong(m.get("seed")));
      if (!java.util.Set.of("svm", "nbsvm", "lr", "cnb").contains(s.learner)) {
        throw new IllegalArgumentException("unknown learner '" + s.learner + "' (svm, nbsvm, lr, cnb)");
      }
      return s;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad setting value: " + e.getMessage(), e);
    }
  }

  private static boolean bool(Map<String, String> m, String key) {
    String v = m.get(key);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("setting " + key + " must be true or false, not '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
