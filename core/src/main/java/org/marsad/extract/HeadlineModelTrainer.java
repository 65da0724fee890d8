package org.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.marsad.ingest.RawDocument;

/**
 * Trains {@link HeadlineModel} on ANT news records (title against body paragraphs) and measures
 * {@link TextPageExtractor} on synthetic pages built from held-out records: other articles' titles
 * as headline lists before the article, a breaking marker, a timestamp, the title once or twice, a
 * byline, then comment-form lines and site notes after the body.
 *
 * <p>Usage: {@code HeadlineModelTrainer OUT.tsv ant-v2.1-train.jsonl.gz [more.jsonl.gz ...]}. The
 * split is by a hash of the record id (one in ten held out); the random page shapes use a fixed,
 * printed seed.
 */
public final class HeadlineModelTrainer {
  private HeadlineModelTrainer() {}

  record Article(String id, String title, List<String> paragraphs) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: HeadlineModelTrainer OUT.tsv ANT.jsonl.gz [ANT2.jsonl.gz ...]");
      System.exit(2);
    }
    List<Article> train = new ArrayList<>();
    List<Article> dev = new ArrayList<>();
    StringBuilder checksums = new StringBuilder();
    for (int a = 1; a < args.length; a++) {
      Path p = Path.of(args[a]);
      byte[] bytes = Files.readAllBytes(p);
      checksums.append(p.getFileName()).append(" sha256=").append(sha256(bytes)).append(' ');
      read(bytes, train, dev);
    }
    Map<String, Double> weights = new HashMap<>();
    int features = trainNaiveBayes(train, weights);
    HeadlineModel model = new HeadlineModel(weights, 0, List.of());

    // Line-level dev accuracy of the lexical model alone.
    int right = 0, total = 0;
    for (Article d : dev) {
      if (model.logOdds(d.title()) > 0) right++;
      total++;
      for (String p : d.paragraphs()) {
        if (model.logOdds(p) <= 0) right++;
        total++;
      }
    }
    double lineAccuracy = right / (double) total;

    long seed = 20240611L;
    PageScores pages = evaluatePages(new TextPageExtractor(model), dev, train, seed);
    PageScores baseline = evaluatePages(new TextPageExtractor(HeadlineModel.none()), dev, train, seed);
    String summary =
        String.format(
            Locale.ROOT,
            "dev lines %.4f (%d); synthetic pages (seed %d, %d pages): line accuracy %.4f, body exact"
                + " %.4f, title %.4f; without the lexical model: line accuracy %.4f, body exact %.4f,"
                + " title %.4f",
            lineAccuracy, total, seed, pages.pages, pages.lineAccuracy(), pages.bodyExact(),
            pages.titleAccuracy(), baseline.lineAccuracy(), baseline.bodyExact(),
            baseline.titleAccuracy());
    System.out.println(summary);

    Path out = Path.of(args[0]);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# HeadlineModel: naive Bayes, title vs body paragraph, folded words + first/last word\n");
      w.write("# data: " + checksums.toString().strip() + "\n");
      w.write("# split: id.hashCode() mod 10 == 0 held out; train " + train.size() + ", dev " + dev.size() + "\n");
      w.write("# settings: add-1 smoothing, features seen >= 20 times, top " + features + " by count\n");
      w.write("# trained: " + LocalDate.now() + "\n");
      w.write("# dev: " + summary + "\n");
      w.write("<bias>\t0\n");
      for (var e : weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.3f", e.getValue()) + "\n");
      }
    }
  }

  private static void read(byte[] gz, List<Article> train, List<Article> dev) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gz)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = json.readTree(line);
        if (n.hasNonNull("dup_of")) continue;
        String id = n.path("id").asText();
        String title = n.path("title").asText("").strip();
        List<String> paras = new ArrayList<>();
        for (String p : n.path("text").asText("").split("\n")) {
          String s = TextPageExtractor.strip(p);
          if (!s.isEmpty()) paras.add(s);
        }
        if (title.isEmpty() || paras.isEmpty()) continue;
        Article a = new Article(id, title, paras);
        (Math.floorMod(id.hashCode(), 10) == 0 ? dev : train).add(a);
      }
    }
  }

  private static int trainNaiveBayes(List<Article> train, Map<String, Double> weights) {
    Map<String, int[]> counts = new HashMap<>();
    long[] totals = new long[2];
    for (Article a : train) {
      for (String f : HeadlineModel.features(a.title())) {
        counts.computeIfAbsent(f, k -> new int[2])[0]++;
        totals[0]++;
      }
      for (String p : a.paragraphs()) {
        for (String f : HeadlineModel.features(p)) {
          counts.computeIfAbsent(f, k -> new int[2])[1]++;
          totals[1]++;
        }
      }
    }
    int vocab = counts.size();
    List<Map.Entry<String, int[]>> kept =
        counts.entrySet().stream()
            .filter(e -> e.getValue()[0] + e.getValue()[1] >= 20)
            .sorted((x, y) -> (y.getValue()[0] + y.getValue()[1]) - (x.getValue()[0] + x.getValue()[1]))
            .limit(12000)
            .toList();
    for (var e : kept) {
      double ph = (e.getValue()[0] + 1.0) / (totals[0] + vocab);
      double pb = (e.getValue()[1] + 1.0) / (totals[1] + vocab);
      double w = Math.log(ph / pb);
      if (Math.abs(w) >= 0.3) weights.put(e.getKey(), w);
    }
    return kept.size();
  }

  record PageScores(int pages, int lines, int linesRight, int bodyExactCount, int titleRight) {
    double lineAccuracy() {
      return linesRight / (double) lines;
    }

    double bodyExact() {
      return bodyExactCount / (double) pages;
    }

    double titleAccuracy() {
      return titleRight / (double) pages;
    }
  }

  private static final String[] SITES = {"أخبارنا المغربية", "هسبريس", "الأيام 24", "العربية نت", "سكاي نيوز عربية", "الشروق"};
  private static final String[] AGENCIES = {"و م ع", "أ ف ب", "رويترز", "واس", "وكالات", "الأناضول"};
  private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"};
  private static final String[] DAYS = {"الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
  private static final String[][] TAILS = {
    {"هل ترغب بالتعليق على الموضوع؟", "*", "*", "*", "ملحوظة", "• التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع", "• من شروط النشر: عدم الإساءة للكاتب أو للأشخاص أو للمقدسات"},
    {"أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال"},
    {"جميع الحقوق محفوظة © 2021"},
    {"اقرأ أيضا", "شارك", "فيسبوك", "تويتر"},
    {},
  };

  /** Builds one synthetic page per dev article and counts lines labelled right. */
  static PageScores evaluatePages(TextPageExtractor extractor, List<Article> dev, List<Article> pool, long seed) {
    Random random = new Random(seed);
    int pages = 0, lines = 0, linesRight = 0, exact = 0, titles = 0;
    for (Article a : dev) {
      List<String> page = new ArrayList<>();
      List<Boolean> body = new ArrayList<>();
      boolean bullets = random.nextBoolean();
      int others = random.nextInt(7);
      for (int k = 0; k < others; k++) {
        page.add((bullets ? "• " : "") + pool.get(random.nextInt(pool.size())).title());
        body.add(false);
      }
      if (random.nextInt(4) == 0) {
        page.add("عاجل");
        body.add(false);
      }
      if (random.nextBoolean()) {
        page.add(DAYS[random.nextInt(7)] + " " + (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " "
            + (2015 + random.nextInt(8)) + " على الساعة " + random.nextInt(24) + ":" + (10 + random.nextInt(50)));
        body.add(false);
      }
      int titleCopies = others > 0 ? 1 + random.nextInt(2) : random.nextInt(3);
      for (int k = 0; k < titleCopies; k++) {
        page.add(a.title());
        body.add(false);
      }
      if (random.nextBoolean()) {
        page.add(SITES[random.nextInt(SITES.length)] + " - " + AGENCIES[random.nextInt(AGENCIES.length)]);
        body.add(false);
      }
      for (String p : a.paragraphs()) {
        page.add(p);
        body.add(true);
      }
      for (String t : TAILS[random.nextInt(TAILS.length)]) {
        page.add(t);
        body.add(false);
      }
      Extraction x = extractor.extract(RawDocument.textPage("synthetic:" + a.id(), String.join("\n\n", page)));
      String expected = String.join("\n\n", a.paragraphs());
      if (x.text().equals(expected)) exact++;
      if (titleCopies > 0 ? a.title().strip().equals(x.title()) : x.title() == null) titles++;
      // Line accuracy: a line is right when it lands on the side it belongs to.
      java.util.Set<String> kept = new java.util.HashSet<>(List.of(x.text().split("\n\n")));
      for (int i = 0; i < page.size(); i++) {
        boolean inBody = kept.contains(TextPageExtractor.strip(page.get(i)));
        if (inBody == body.get(i)) linesRight++;
        lines++;
      }
      pages++;
    }
    return new PageScores(pages, lines, linesRight, exact, titles);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
