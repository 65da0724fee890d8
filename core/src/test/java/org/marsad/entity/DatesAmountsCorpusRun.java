package org.marsad.entity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.extract.PublishedDates;
import org.marsad.model.Amount;
import org.marsad.model.DateMention;

/**
 * Coverage and speed of {@link DateFinder} and {@link AmountFinder} on ANT v2.1 (28,029 articles),
 * and a random sample of their output to review by eye. A harness, not a test: it asserts nothing
 * and runs only when asked ({@code -Dmarsad.corpus=ant-v1.1-train.jsonl.gz} for the other file):
 *
 * <pre>
 * ./mvnw -q -o -pl core -am test -Dtest=DatesAmountsCorpusRun -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmarsad.corpusRun=true -Dmarsad.shared=/work/shared
 * </pre>
 *
 * The sample (seed 20240611, 50 dates and 50 amounts, each with 40 characters of context either
 * side) goes to {@code core/target/dates-amounts-sample.txt}.
 */
@EnabledIfSystemProperty(named = "marsad.corpusRun", matches = "true")
class DatesAmountsCorpusRun {

  private record Doc(String text, LocalDate published) {}

  @Test
  void run() throws IOException {
    Path file =
        Path.of(System.getProperty("marsad.shared", "../shared"), "data", "news",
            System.getProperty("marsad.corpus", "ant-v2.1-train.jsonl.gz"));
    assumeTrue(Files.isRegularFile(file), "no ANT v2.1 at " + file + "; skipped");
    List<Doc> docs = read(file);
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();

    DateFinder dates = new DateFinder();
    AmountFinder amounts = new AmountFinder();
    for (Doc d : docs) { // warm-up pass
      dates.find(d.text(), d.published());
      amounts.find(d.text());
    }

    // CPU time of this thread: the machine is shared, so wall-clock time mostly measures the others
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long w0 = System.nanoTime(), t0 = cpu.getCurrentThreadCpuTime();
    List<List<DateMention>> foundDates = new ArrayList<>(docs.size());
    for (Doc d : docs) foundDates.add(dates.find(d.text(), d.published()));
    long w1 = System.nanoTime(), t1 = cpu.getCurrentThreadCpuTime();
    List<List<Amount>> foundAmounts = new ArrayList<>(docs.size());
    for (Doc d : docs) foundAmounts.add(amounts.find(d.text()));
    long w2 = System.nanoTime(), t2 = cpu.getCurrentThreadCpuTime();

    Map<String, Integer> dateKinds = new TreeMap<>();
    Map<String, Integer> units = new TreeMap<>();
    int dateCount = 0, amountCount = 0, withDates = 0, withAmounts = 0;
    for (List<DateMention> l : foundDates) {
      dateCount += l.size();
      if (!l.isEmpty()) withDates++;
      for (DateMention m : l) dateKinds.merge(kind(m), 1, Integer::sum);
    }
    for (List<Amount> l : foundAmounts) {
      amountCount += l.size();
      if (!l.isEmpty()) withAmounts++;
      for (Amount a : l) units.merge(String.valueOf(a.unit()), 1, Integer::sum);
    }
    int n = docs.size();
    System.out.printf(
        "%s: %,d articles, %.1f M chars of text%n", file.getFileName(), n, chars / 1e6);
    System.out.printf(
        "dates:   %,d mentions, %.2f per article, %.1f%% of articles; %,.0f articles per CPU second"
            + " (%.1f M chars), %,.0f per wall-clock second%n",
        dateCount, dateCount / (double) n, 100.0 * withDates / n, n / ((t1 - t0) / 1e9),
        chars / 1e6 / ((t1 - t0) / 1e9), n / ((w1 - w0) / 1e9));
    System.out.println("         by kind: " + dateKinds);
    System.out.printf(
        "amounts: %,d mentions, %.2f per article, %.1f%% of articles; %,.0f articles per CPU second"
            + " (%.1f M chars), %,.0f per wall-clock second%n",
        amountCount, amountCount / (double) n, 100.0 * withAmounts / n, n / ((t2 - t1) / 1e9),
        chars / 1e6 / ((t2 - t1) / 1e9), n / ((w2 - w1) / 1e9));
    System.out.println("         by unit: " + units);

    writeSample(docs, foundDates, foundAmounts);
  }

  private static String kind(DateMention m) {
    String v = m.value();
    String shape =
        v.contains("W") ? "week" : v.length() == 4 ? "year" : v.length() == 7 ? "month" : "day";
    return (m.relative() ? "relative " : "absolute ") + shape;
  }

  private static List<Doc> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode o = json.readTree(line);
        String published = PublishedDates.normalize(o.path("time").asText(null));
        docs.add(new Doc(o.path("text").asText(""), DatesStage.publishedDay(published)));
      }
    }
    return docs;
  }

  private static void writeSample(
      List<Doc> docs, List<List<DateMention>> dates, List<List<Amount>> amounts)
      throws IOException {
    record Hit(int doc, int start, int end, String value) {}
    List<Hit> dateHits = new ArrayList<>();
    List<Hit> amountHits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (DateMention m : dates.get(i)) {
        dateHits.add(new Hit(i, m.start(), m.end(), m.value() + (m.relative() ? " (rel)" : "")));
      }
      for (Amount a : amounts.get(i)) {
        amountHits.add(new Hit(i, a.start(), a.end(), a.value() + " " + a.unit()));
      }
    }
    Random random = new Random(20240611);
    Collections.shuffle(dateHits, random);
    Collections.shuffle(amountHits, random);
    Path out = Path.of("target", "dates-amounts-sample.txt");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (String section : List.of("DATES", "AMOUNTS")) {
        w.println("== " + section);
        List<Hit> hits = section.equals("DATES") ? dateHits : amountHits;
        for (Hit h : hits.subList(0, Math.min(50, hits.size()))) {
          Doc d = docs.get(h.doc());
          String t = d.text();
          String before = t.substring(Math.max(0, h.start() - 40), h.start()).replace('\n', ' ');
          String after = t.substring(h.end(), Math.min(t.length(), h.end() + 40)).replace('\n', ' ');
          w.printf("%s | %s [[%s]] %s | %s%n", d.published(), before,
              t.substring(h.start(), h.end()), after, h.value());
        }
      }
    }
    System.out.println("sample: " + out.toAbsolutePath());
  }
}
