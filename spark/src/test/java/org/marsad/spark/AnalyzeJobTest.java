package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.connect.NearDuplicateGenerator;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.Connector;
import org.marsad.store.LuceneStore;

/**
 * The job in local mode against what runs in one JVM: every record equals, field for field, what
 * {@code marsad analyze} makes of the same page ({@link InputReader} → {@link Pipeline#standard}),
 * and its {@code duplicate_of} and {@code story} equal what the ingest's {@link Connector} decides
 * over a real Lucene store fed the same articles in the same (publication) order.
 */
class AnalyzeJobTest {
  static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));
  static final Path ANT = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "news",
      "ant-v2.1-train.jsonl.gz");
  static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  /** What marsad analyze makes of one input, with where it sits in the input. */
  record Expected(String origin, String file, long record, Article article) {}

  static List<Expected> analyzeLocally(String input) {
    Pipeline pipeline = Pipeline.standard();
    List<Expected> out = new ArrayList<>();
    Map<String, Long> perFile = new HashMap<>();
    new InputReader().read(List.of(input), new DocumentSink() {
      @Override
      public void accept(RawDocument d) {
        String file = d.origin().contains("#") ? d.origin().substring(0, d.origin().indexOf('#')) : d.origin();
        long record = perFile.merge(file, 1L, Long::sum) - 1;
        out.add(new Expected(d.origin(), file, record, pipeline.analyze(d)));
      }

      @Override
      public void problem(InputProblem problem) {
        throw new AssertionError(problem.line());
      }
    });
    return out;
  }

  /** The ingest's connections (duplicate_of, story) by origin, in the job's publication order. */
  Map<String, String[]> connectLocally(List<Expected> expected) throws IOException {
    List<Expected> ordered = new ArrayList<>(expected);
    ordered.sort(Comparator.comparing((Expected e) -> new Analyzed.OrderKey(
        Analyzed.time(e.article().published()), e.file(), e.record())));
    Map<String, String[]> out = new HashMap<>();
    try (LuceneStore store = LuceneStore.open(tmp.resolve("store"))) {
      Connector connector = new Connector(store);
      for (Expected e : ordered) {
        Article a = connector.put(e.article()).article();
        store.refresh(); // every later article sees this one in the store, as the job does
        out.put(e.origin(), new String[] {a.duplicateOf(), a.story()});
      }
    }
    return out;
  }

  /** Compares records field by field: the analysis exactly, the connections with the ingest's. */
  void assertSame(List<Expected> expected, Map<String, String[]> connected, List<String> records) {
    Map<String, JsonNode> byOrigin = new HashMap<>();
    for (String r : records) {
      JsonNode n = read(r);
      assertThat(byOrigin.put(n.get("origin").asText(), n)).as("one record per page").isNull();
    }
    assertThat(byOrigin).hasSize(expected.size());
    for (Expected e : expected) {
      JsonNode got = byOrigin.get(e.origin());
      assertThat(got).as(e.origin()).isNotNull();
      ObjectNode want = (ObjectNode) read(ArticleJson.write(e.article()));
      String[] c = connected.get(e.origin());
      want.put("duplicate_of", c[0]);
      want.put("story", c[1]);
      Iterator<String> names = want.fieldNames();
      while (names.hasNext()) {
        String f = names.next();
        assertThat(got.get(f)).as(e.origin() + " field " + f).isEqualTo(want.get(f));
      }
      assertThat(got.size()).as(e.origin() + " fields").isEqualTo(want.size());
    }
  }

  static JsonNode read(String json) {
    try {
      return ArticleJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void samplesAsParquetEqualAnalyzeAndTheIngest() throws Exception {
    String samples = ROOT.resolve("samples").toString();
    Path out = tmp.resolve("out");
    AnalyzeJob.Summary s = AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(samples), out.toString(), "parquet", false, 4));
    List<Expected> expected = analyzeLocally(samples);
    assertThat(s.analyzed()).isEqualTo(expected.size()).isGreaterThanOrEqualTo(9);
    assertThat(s.skipped()).isZero();

    Dataset<Row> df = spark.read()
        .option("basePath", out.resolve("articles").toString())
        .parquet(out.resolve("articles").toString());
    assertThat(df.columns()).containsExactlyInAnyOrder("id", "source", "published", "title", "language",
        "topic", "duplicate_of", "story", "seq", "json", "date");
    assertThat(df.columns()).contains("source");
    List<String> json = df.select("json").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertSame(expected, connectLocally(expected), json);

    // partitioned by date and source: each file sits under its article's folders
    try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
      List<Path> parquet = files.filter(p -> p.toString().endsWith(".parquet")).toList();
      assertThat(parquet).isNotEmpty();
      for (Path p : parquet) {
        assertThat(p.getParent().getFileName().toString()).startsWith("source=");
        assertThat(p.getParent().getParent().getFileName().toString()).startsWith("date=");
      }
    }
    for (Row r : df.select("id", "date", "source", "json").collectAsList()) {
      Article a = ArticleJson.read(r.getString(3));
      assertThat(r.getString(0)).isEqualTo(a.id());
      assertThat(String.valueOf(r.get(1))).isEqualTo(a.published() == null ? "unknown" : a.published().substring(0, 10));
      assertThat(r.getString(2)).isEqualTo(a.source() == null ? "unknown" : a.source());
    }
    assertThat(Files.exists(out.resolve("graph/actors.graphml"))).isTrue();
    assertThat(spark.read().parquet(out.resolve("graph/edges").toString()).count()).isEqualTo(s.edges()).isPositive();
  }

  @Test
  void antSliceWithCopiesAsJsonlEqualsAnalyzeAndTheIngest() throws Exception {
    assumeTrue(Files.isRegularFile(ANT), "ANT corpus not found at " + ANT.toAbsolutePath() + "; skipped");
    Path slice = tmp.resolve("in/ant-slice.jsonl.gz");
    int copies = writeSliceWithCopies(slice, 300);
    Path out = tmp.resolve("out");
    AnalyzeJob.Summary s = AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(slice.getParent().toString()), out.toString(), "jsonl", false, 4));
    System.err.println(s.line());
    List<Expected> expected = analyzeLocally(slice.getParent().toString());
    assertThat(expected).hasSize(300 + copies);
    assertThat(s.analyzed()).isEqualTo(expected.size());
    List<String> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("articles"))) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        records.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    Map<String, String[]> connected = connectLocally(expected);
    assertSame(expected, connected, records);
    // the generated copies are found: each points at its original (or the original's original)
    int found = 0;
    for (String r : records) {
      JsonNode n = read(r);
      if (n.get("id").asText().startsWith("copy-") && !n.get("duplicate_of").isNull()) found++;
    }
    assertThat(found).as("copies found").isGreaterThanOrEqualTo(copies * 8 / 10);
    assertThat(s.exactDuplicates() + s.nearDuplicates()).isGreaterThanOrEqualTo(found);
    // publication order in the JSONL
    List<Long> times = records.stream().map(r -> Analyzed.time(read(r).get("published").asText(null))).toList();
    assertThat(times).isSorted();
  }

  /**
   * The first {@code n} ANT articles, then for every tenth an exact copy (same text, another id
   * and title) or a near copy ({@link NearDuplicateGenerator}), an hour later. Returns the copies.
   */
  static int writeSliceWithCopies(Path slice, int n) throws IOException {
    Files.createDirectories(slice.getParent());
    List<ObjectNode> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(ANT)), StandardCharsets.UTF_8))) {
      for (String line; rows.size() < n && (line = r.readLine()) != null; ) {
        rows.add((ObjectNode) ArticleJson.MAPPER.readTree(line));
      }
    }
    Random random = new Random(20261123L);
    List<ObjectNode> copies = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += 10) {
      ObjectNode o = rows.get(i), c = o.deepCopy();
      c.put("id", "copy-" + o.get("id").asText());
      c.put("url", o.get("url").asText() + "?copy");
      if (copies.size() % 3 == 0) {
        c.put("title", o.get("title").asText() + " - عربي21");
      } else {
        NearDuplicateGenerator.Copy copy = NearDuplicateGenerator.copy(o.get("title").asText(),
            o.get("text").asText(), rows.get((i + 1) % rows.size()).get("text").asText(), random);
        c.put("title", copy.title());
        c.put("text", copy.text());
      }
      copies.add(c);
    }
    try (Writer w = new java.io.OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(slice)), StandardCharsets.UTF_8)) {
      for (ObjectNode o : rows) w.write(ArticleJson.MAPPER.writeValueAsString(o) + "\n");
      for (ObjectNode o : copies) w.write(ArticleJson.MAPPER.writeValueAsString(o) + "\n");
    }
    return copies.size();
  }

  @Test
  void badInputIsSkippedAndCountedAndUserErrorsAreOneLine() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(ROOT.resolve("samples/001_submarine_cable.txt"), in.resolve("a.txt"));
    // a gzip cut in the middle of its stream
    byte[] gz;
    try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream z = new GZIPOutputStream(bytes)) {
      z.write(Files.readAllBytes(ROOT.resolve("samples/002_investment_portal.txt")));
      z.close();
      gz = bytes.toByteArray();
    }
    Files.write(in.resolve("b.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    Path out = tmp.resolve("out");
    AnalyzeJob.Summary s = AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(in.toString()), out.toString(), "jsonl", false, 2));
    assertThat(s.files()).isEqualTo(2);
    assertThat(s.analyzed()).isEqualTo(1);
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.problems()).singleElement().asString().startsWith(in.resolve("b.txt.gz") + ": ");

    assertThatThrownBy(() -> AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(in.toString()), out.toString(), "jsonl", false, 2)))
        .isInstanceOf(AnalyzeJob.UsageException.class)
        .hasMessage(out + ": already exists; pass --overwrite to replace it");
    assertThatThrownBy(() -> AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(in.resolve("nope").toString()), tmp.resolve("o2").toString(), "jsonl", false, 2)))
        .isInstanceOf(AnalyzeJob.UsageException.class)
        .hasMessage(in.resolve("nope") + ": no such file or folder");
    assertThat(AnalyzeJob.run(spark,
        new AnalyzeJob.Options(List.of(in.toString()), out.toString(), "parquet", true, 2)).analyzed()).isEqualTo(1);
    assertThatThrownBy(() -> new AnalyzeJob.Options(List.of("x"), "y", "csv", false, 0))
        .hasMessage("--format: expected parquet or jsonl, got csv");
  }
}
