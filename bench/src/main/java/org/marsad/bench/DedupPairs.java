package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.marsad.connect.Dedup;
import org.marsad.connect.MinHash;
import org.marsad.connect.NearDuplicateGenerator;
import org.marsad.connect.Shingles;

/**
 * A quick bench for the near-duplicate rule, without an ingest: reads an ANT file, adds generated
 * near copies (seeded), finds each article's earlier LSH candidates in memory as the store would,
 * and applies {@link Dedup#nearDuplicate} as the connector does (the most similar accepted
 * candidate wins). Prints near recall, the marks between corpus articles that neither {@code
 * dup_of} nor equal text explain, and a seeded sample of those marks with both headlines and leads
 * for a person to judge.
 *
 * <pre>java [-Drule=shipped -DsampleSeed=S] -cp bench/target/marsad-bench.jar org.marsad.bench.DedupPairs \
 *     ANT.jsonl.gz NEAR SEED SAMPLE [OUT.md]</pre>
 *
 * <p>Without {@code -Drule} it prints the counts of every rule it knows ({@code texts}: the texts
 * alone, as before the headline-or-lead check; {@code shipped}: {@link Dedup#nearDuplicate});
 * with it, also the sample of that rule's unexplained marks, drawn with {@code sampleSeed}.
 */
public final class DedupPairs {
  private DedupPairs() {}

  record Doc(String id, String title, String text, String dupOf, String copyOf, long[] shingles,
      String[] bands, long[] lead) {}


  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    int near = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    int sample = Integer.parseInt(args[3]);
    long sampleSeed = Long.getLong("sampleSeed", seed + 1);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(in), 1 << 16), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) records.add(json.readTree(line));
    }
    Random random = new Random(seed);
    List<Integer> pool = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      if (!r.hasNonNull("dup_of") && Shingles.wordCount(r.path("text").asText()) >= 30) pool.add(i);
    }
    Collections.shuffle(pool, random);
    Map<Integer, List<String[]>> after = new HashMap<>();
    for (int k = 0; k < Math.min(near, pool.size()); k++) {
      int i = pool.get(k);
      JsonNode o = records.get(i), other = records.get(random.nextInt(records.size()));
      NearDuplicateGenerator.Copy c = NearDuplicateGenerator.copy(o.path("title").asText(),
          o.path("text").asText(), other.path("text").asText(), random);
      int at = i + 1 + random.nextInt(Math.max(1, records.size() - i));
      after.computeIfAbsent(at, x -> new ArrayList<>())
          .add(new String[] {o.path("id").asText() + "-near" + k, c.title(), c.text(), o.path("id").asText()});
    }
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i <= records.size(); i++) {
      for (String[] c : after.getOrDefault(i, List.of())) docs.add(doc(c[0], c[1], c[2], null, c[3]));
      if (i < records.size()) {
        JsonNode r = records.get(i);
        docs.add(doc(r.path("id").asText(), r.path("title").asText(), r.path("text").asText(),
            r.hasNonNull("dup_of") ? r.path("dup_of").asText() : null, null));
      }
    }
    Map<String, Doc> byId = new HashMap<>();
    Map<String, String> textKey = new HashMap<>();
    for (Doc d : docs) {
      byId.put(d.id, d);
      textKey.put(d.id, d.text.replaceAll("(?U)\\s+", " ").strip());
    }
    Map<String, Rule> rules = new java.util.LinkedHashMap<>();
    // the texts alone (the rule before the lead-or-headline check): J >= 0.5, containment, or a
    // same-headline J >= 0.3
    rules.put("texts", (a, b) -> {
      if (a.shingles.length < Dedup.MIN_SHINGLES || b.shingles.length < Dedup.MIN_SHINGLES) return false;
      double j = Shingles.jaccard(a.shingles, b.shingles);
      return Dedup.textsClose(a.shingles, b.shingles, j)
          || j >= Dedup.JACCARD_SAME_TITLE && Dedup.titleOverlap(a.title, b.title) >= Dedup.TITLE_OVERLAP;
    });
    rules.put("shipped", (a, b) -> Dedup.nearDuplicate(a.shingles, a.lead, b.shingles, a.title, b.title));
    String only = System.getProperty("rule");
    for (Map.Entry<String, Rule> e : rules.entrySet()) {
      if (only != null && !e.getKey().equals(only)) continue;
      System.out.print(e.getKey() + ": ");
      run(docs, byId, textKey, e.getValue(), sampleSeed, only != null ? sample : 0,
          args.length > 4 ? args[4] : null);
    }
  }

  interface Rule {
    boolean accept(Doc a, Doc b);
  }

  /** The share of {@code a}'s lead shingles found anywhere in {@code b}. */
  static double leadIn(Doc a, Doc b) {
    return Dedup.leadIn(a.lead, b.shingles);
  }

  static void run(List<Doc> docs, Map<String, Doc> byId, Map<String, String> textKey, Rule rule,
      long seed, int sample, String outFile) throws Exception {
    Map<String, List<Integer>> bands = new HashMap<>();
    Map<String, List<Integer>> byText = new HashMap<>();
    Map<String, String> markedAs = new HashMap<>();
    int copies = 0, copiesFound = 0;
    List<String[]> unexplained = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      String key = textKey.get(d.id);
      List<Integer> same = byText.getOrDefault(key, List.of());
      String original = null;
      if (!same.isEmpty() && d.shingles.length > 0) {
        original = docs.get(same.get(0)).id; // exact copy
      } else if (d.shingles.length >= Dedup.MIN_SHINGLES) {
        java.util.Set<Integer> cands = new java.util.LinkedHashSet<>();
        for (String b : d.bands) cands.addAll(bands.getOrDefault(b, List.of()));
        double best = -1;
        for (int c : cands) {
          Doc o = docs.get(c);
          if (!rule.accept(d, o)) continue;
          double j = Shingles.jaccard(d.shingles, o.shingles);
          if (j > best) {
            best = j;
            original = markedAs.getOrDefault(o.id, o.id);
          }
        }
      }
      if (original != null) markedAs.put(d.id, original);
      byText.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      for (String b : d.bands) bands.computeIfAbsent(b, x -> new ArrayList<>()).add(i);
      if (d.copyOf != null) {
        copies++;
        String o = d.copyOf;
        if (original != null && (original.equals(o) || original.equals(markedAs.get(o))
            || textKey.get(original).equals(textKey.get(o)))) copiesFound++;
      } else if (original != null && d.dupOf == null && !textKey.get(original).equals(key)) {
        Doc o = byId.get(original);
        unexplained.add(new String[] {d.id, original,
            String.format("%.2f", Shingles.jaccard(d.shingles, o.shingles)),
            String.format("%.2f", Shingles.containment(d.shingles, o.shingles))});
      }
    }
    System.out.printf("articles %,d, copies %,d, found %,d (recall %.4f), marks %,d, unexplained "
        + "corpus marks %,d%n", docs.size(), copies, copiesFound, copiesFound / (double) copies,
        markedAs.size(), unexplained.size());
    Collections.shuffle(unexplained, new Random(seed));
    if (sample == 0) return;
    PrintStream out = outFile != null ? new PrintStream(Files.newOutputStream(Path.of(outFile)), true,
        StandardCharsets.UTF_8) : System.out;
    for (int k = 0; k < Math.min(sample, unexplained.size()); k++) {
      String[] u = unexplained.get(k);
      Doc a = byId.get(u[0]), b = byId.get(u[1]);
      out.printf("## %d. %s → %s (J %s, containment %s, new lead in old %.2f, old lead in new %.2f,"
          + " titles %.2f)%n%n", k + 1, u[0], u[1], u[2], u[3], leadIn(a, b), leadIn(b, a),
          Dedup.titleOverlap(a.title, b.title));
      out.printf("- A: %s%n  %s%n- B: %s%n  %s%n- verdict: %n%n", a.title, lead(a.text), b.title, lead(b.text));
    }
  }

  static String lead(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  static Doc doc(String id, String title, String text, String dupOf, String copyOf) {
    long[] s = Shingles.of(text);
    String[] b = s.length >= Dedup.MIN_SHINGLES ? MinHash.standard().bandKeys(s) : new String[0];
    return new Doc(id, title, text, dupOf, copyOf, s, b, Shingles.lead(text, Dedup.LEAD_WORDS));
  }
}
