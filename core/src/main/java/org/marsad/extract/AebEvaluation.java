package org.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.marsad.ingest.RawDocument;

/**
 * Scores {@link HtmlExtractor} on the Article Extraction Benchmark (Zyte/Scrapinghub, 181 pages),
 * with the benchmark's own metric (its {@code evaluate.py}): texts split into {@code \w+} tokens,
 * word 4-gram shingles counted as multisets, per-page true/false positives and false negatives
 * normalized to sum to one, precision averaged over pages with a prediction, recall over pages
 * with a gold text, and F1 of the two means.
 *
 * <p>Usage: {@code AebEvaluation DIR [--worst N]} where DIR holds {@code ground-truth.json} and
 * {@code html/ID.html.gz}.
 */
public final class AebEvaluation {
  private AebEvaluation() {}

  /** The benchmark's scores and our speed. */
  public record Result(
      double precision, double recall, double f1, int pages, double pagesPerSecond, int datesFound) {}

  /** One page's outcome. */
  public record Page(String id, double precision, double recall, String predicted, String gold) {}

  public static Result evaluate(Path aebDir) throws IOException {
    return evaluate(aebDir, new ArrayList<>());
  }

  static Result evaluate(Path aebDir, List<Page> pages) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(aebDir.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    List<String> htmls = new ArrayList<>();
    List<String> golds = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      ids.add(e.getKey());
      golds.add(e.getValue().path("articleBody").asText(""));
      urls.add(e.getValue().path("url").asText(null));
      Path file = aebDir.resolve("html").resolve(e.getKey() + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        htmls.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    HtmlExtractor extractor = new HtmlExtractor();
    List<Extraction> out = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < ids.size(); i++) {
      out.add(
          extractor.extract(
              new RawDocument("aeb:" + ids.get(i), "html", RawDocument.Kind.HTML, htmls.get(i), ids.get(i),
                  urls.get(i), null, null, null)));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double pSum = 0, rSum = 0;
    int pN = 0, rN = 0, dates = 0;
    for (int i = 0; i < ids.size(); i++) {
      double[] tpFpFn = shingleMatching(golds.get(i), out.get(i).text());
      double tp = tpFpFn[0], fp = tpFpFn[1], fn = tpFpFn[2];
      double p = Double.NaN, r = Double.NaN;
      if (tp + fp > 0) {
        p = precision(tp, fp, fn);
        pSum += p;
        pN++;
      }
      if (tp + fn > 0) {
        r = recall(tp, fp, fn);
        rSum += r;
        rN++;
      }
      if (out.get(i).published() != null) dates++;
      pages.add(new Page(ids.get(i), p, r, out.get(i).text(), golds.get(i)));
    }
    double precision = pN == 0 ? 0 : pSum / pN;
    double recall = rN == 0 ? 0 : rSum / rN;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Result(precision, recall, f1, ids.size(), ids.size() / seconds, dates);
  }

  private static double precision(double tp, double fp, double fn) {
    if (fp == 0 && fn == 0) return 1;
    if (tp == 0 && fp == 0) return 0;
    return tp / (tp + fp);
  }

  private static double recall(double tp, double fp, double fn) {
    if (fp == 0 && fn == 0) return 1;
    if (tp == 0 && fn == 0) return 0;
    return tp / (tp + fn);
  }

  /** Python's {@code \w+} with re.UNICODE: letters, digits, marks, connector punctuation. */
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** True positives, false positives and false negatives over 4-gram shingles, normalized. */
  static double[] shingleMatching(String gold, String predicted) {
    Map<String, Integer> g = shingles(gold, 4);
    Map<String, Integer> p = shingles(predicted, 4);
    double tp = 0, fp = 0, fn = 0;
    for (var e : g.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (var e : p.entrySet()) fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
    double s = tp + fp + fn;
    return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
  }

  private static Map<String, Integer> shingles(String text, int n) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) tokens.add(m.group());
    Map<String, Integer> out = new HashMap<>();
    // As evaluate.py: a text shorter than n tokens is one shorter shingle; no tokens, none.
    for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
      List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!sh.isEmpty()) out.merge(String.join("\u0001", sh), 1, Integer::sum);
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AebEvaluation AEB_DIR [--worst N]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      System.err.println(dir + ": no ground-truth.json; nothing to evaluate");
      System.exit(1);
    }
    // Warm-up passes so that the speed reflects a compiled steady state, then the measured pass.
    for (int i = 0; i < 3; i++) evaluate(dir);
    List<Page> pages = new ArrayList<>();
    Result r = evaluate(dir, pages);
    System.out.printf(
        Locale.ROOT, "AEB %d pages: precision %.4f recall %.4f F1 %.4f, %.0f pages/s, dates %d%n",
        r.pages(), r.precision(), r.recall(), r.f1(), r.pagesPerSecond(), r.datesFound());
    int worst = args.length >= 3 && args[1].equals("--worst") ? Integer.parseInt(args[2]) : 0;
    pages.sort((a, b) -> Double.compare(f1(a), f1(b)));
    for (int i = 0; i < Math.min(worst, pages.size()); i++) {
      Page p = pages.get(i);
      System.out.printf(Locale.ROOT, "%s P %.3f R %.3f pred %d gold %d%n", p.id(), p.precision(), p.recall(),
          p.predicted().length(), p.gold().length());
    }
  }

  private static double f1(Page p) {
    double pr = Double.isNaN(p.precision()) ? 0 : p.precision();
    double re = Double.isNaN(p.recall()) ? 0 : p.recall();
    return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
  }
}
