package org.marsad.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * The experiments behind the shipped topic model (docs/BENCHMARKS.md): learns each variant of the
 * settings on the time split, prints its dev scores on one line and the desk it gives each seed.
 * Not a test; run by hand (one JVM, one thread), reading the corpus once for all variants:
 *
 * <pre>
 * java -Xmx3g -cp ... org.marsad.topic.TopicExperiments 20180701 ant-v2.1-train.jsonl.gz [more.jsonl.gz] \
 *     -- "sourceWeight=0" "!learner=lr,c=50" "~keep=0"
 * </pre>
 *
 * A variant is a {@code --set} string of {@code marsad train classify}; {@code !} before it also
 * prints the full report and one per source; {@code ~} checks per-label bias offsets tuned for
 * macro-F1 (tuned on July, scored on August, and the other way round). The label set is the first
 * file's. System properties: {@code topics.errors=FILE} writes the dev errors of {@code !}
 * variants; {@code topics.write=DIR} writes each model; {@code topics.explain=true} prints the
 * features that pull each seed to technology or economy; {@code marsad.shared} finds the seeds.
 */
public final class TopicExperiments {
  private TopicExperiments() {}

  private static final List<Article> SEEDS = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    int devFrom = Integer.parseInt(args[0]);
    List<NewsRecord> records = new ArrayList<>();
    List<String> labels = null;
    int a = 1;
    for (; a < args.length && !args[a].equals("--"); a++) {
      List<NewsRecord> file = NewsRecords.readAll(args[a], System.err::println);
      if (labels == null) labels = file.stream().map(NewsRecord::category).distinct().sorted().toList();
      records.addAll(file);
    }
    TopicTrainer.Corpus corpus = TopicTrainer.prepare(records, labels, devFrom);
    System.out.println(corpus.notes());
    Map<String, String> pool = new HashMap<>();
    for (a++; a < args.length; a++) {
      String v = args[a];
      boolean report = v.startsWith("!"), bias = v.startsWith("~");
      if (report || bias) v = v.substring(1);
      TopicSettings s = TopicSettings.defaults().with(v);
      long t0 = System.nanoTime();
      TopicModel m = TopicTrainer.fit(corpus.labels(), corpus.train(), s, 1, pool);
      double secs = (System.nanoTime() - t0) / 1e9;
      double[][] scores = TopicTrainer.scores(m, corpus.dev(), pool);
      TopicEvaluation ev = TopicTrainer.evaluate(m, corpus.dev(), scores);
      StringBuilder f1 = new StringBuilder();
      for (String l : m.labels()) f1.append(String.format(Locale.ROOT, " %.3f", ev.prf(l)[2]));
      System.out.printf(Locale.ROOT, "%-60s F1 %.4f acc %.4f |%s | %d features %.1f s%n", v,
          ev.macroF1(), ev.accuracy(), f1, m.featureCount(), secs);
      seeds(m);
      if (bias) biasFolds(m, corpus.dev(), scores);
      if (System.getProperty("topics.write") != null) {
        Path out = Path.of(System.getProperty("topics.write"), "topic-model-" + (a - 1) + ".tsv.gz");
        m.write(out);
        System.out.println("  wrote " + out + " (" + Files.size(out) + " bytes)");
      }
      if (report) report(m, corpus.dev(), ev, scores);
    }
  }

  /** The full report, one per source, and the errors written to {@code topics.errors}. */
  private static void report(
      TopicModel m, List<TopicTrainer.Example> dev, TopicEvaluation ev, double[][] scores)
      throws IOException {
    System.out.println(ev.report());
    Map<String, TopicEvaluation> bySource = new TreeMap<>();
    for (int i = 0; i < scores.length; i++) {
      TopicTrainer.Example e = dev.get(i);
      bySource.computeIfAbsent(e.record.source(), k -> new TopicEvaluation(m.labels()))
          .add(m.labels().get(e.label), m.labels().get(TopicTrainer.argmax(scores[i])));
    }
    bySource.forEach((k, e) -> System.out.println("== " + k + "\n" + e.report()));
    String errors = System.getProperty("topics.errors");
    if (errors == null) return;
    try (Writer w = Files.newBufferedWriter(Path.of(errors))) {
      for (int i = 0; i < scores.length; i++) {
        TopicTrainer.Example e = dev.get(i);
        int p = TopicTrainer.argmax(scores[i]);
        if (p == e.label) continue;
        w.write(e.record.source() + "\t" + m.labels().get(e.label) + "\t" + m.labels().get(p) + "\t"
            + e.record.id() + "\t" + e.record.url() + "\t" + e.record.title() + "\n");
      }
    }
  }

  /** Per-label bias offsets tuned for macro-F1 on one month of the dev set, scored on the other. */
  private static void biasFolds(TopicModel m, List<TopicTrainer.Example> dev, double[][] scores) {
    int l = m.labels().size();
    for (int fold = 0; fold < 2; fold++) {
      List<Integer> tune = new ArrayList<>(), test = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        boolean july = dev.get(i).record.day() < 20180801;
        (july == (fold == 0) ? tune : test).add(i);
      }
      double[] offset = new double[l];
      for (int round = 0; round < 3; round++) {
        for (int c = 0; c < l; c++) {
          double best = offset[c], bestF = macroF1(m, dev, scores, tune, offset);
          for (int k = -25; k <= 25; k++) {
            offset[c] = k * 0.02;
            double f = macroF1(m, dev, scores, tune, offset);
            if (f > bestF + 1e-9) {
              bestF = f;
              best = offset[c];
            }
          }
          offset[c] = best;
        }
      }
      System.out.printf(Locale.ROOT, "  bias fold %d: tuned %.4f -> %.4f, held out %.4f -> %.4f, offsets %s%n",
          fold, macroF1(m, dev, scores, tune, new double[l]), macroF1(m, dev, scores, tune, offset),
          macroF1(m, dev, scores, test, new double[l]), macroF1(m, dev, scores, test, offset),
          Arrays.toString(offset));
    }
  }

  private static double macroF1(
      TopicModel m, List<TopicTrainer.Example> dev, double[][] scores, List<Integer> rows,
      double[] offset) {
    TopicEvaluation ev = new TopicEvaluation(m.labels());
    for (int i : rows) {
      double[] s = scores[i].clone();
      for (int c = 0; c < s.length; c++) s[c] += offset[c];
      ev.add(m.labels().get(dev.get(i).label), m.labels().get(TopicTrainer.argmax(s)));
    }
    return ev.macroF1();
  }

  /** Prints the desk each seed page gets and its probability of technology. */
  private static void seeds(TopicModel m) {
    Path dir = Path.of(System.getProperty("marsad.shared", "../shared"), "seeds");
    if (!Files.isDirectory(dir)) return;
    if (SEEDS.isEmpty()) {
      Pipeline pipeline = Pipeline.standard();
      try (Stream<Path> files = Files.list(dir)) {
        List<String> paths = files.map(Path::toString).sorted().toList();
        new InputReader().read(paths, new DocumentSink() {
          @Override
          public void accept(RawDocument d) {
            SEEDS.add(pipeline.analyze(d));
          }

          @Override
          public void problem(InputProblem p) {
            System.err.println(p);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    StringBuilder sb = new StringBuilder("  seeds:");
    int tech = m.labels().indexOf("technology");
    for (Article a : SEEDS) {
      double[] p = m.probabilities(a.title(), a.text(), a.source());
      int best = TopicTrainer.argmax(p);
      sb.append(String.format(Locale.ROOT, " %s %.2f (technology %.2f);", m.labels().get(best),
          p[best], tech < 0 ? 0 : p[tech]));
    }
    System.out.println(sb);
    if (Boolean.getBoolean("topics.explain")) {
      for (Article a : SEEDS) {
        System.out.println("  " + a.origin() + ": technology over economy: "
            + m.explain(a.title(), a.text(), a.source(), "technology", "economy", 40));
      }
    }
  }
}
