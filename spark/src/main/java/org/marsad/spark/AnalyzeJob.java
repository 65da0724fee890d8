package org.marsad.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.marsad.connect.Actors;
import org.marsad.connect.GraphWriter;
import org.marsad.ingest.InputProblem;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.store.opensearch.OpenSearchWriter;
import org.apache.spark.TaskContext;
import scala.Tuple2;

/**
 * The batch job: reads every input, analyzes each page with the very pipeline of {@code marsad
 * analyze} ({@link Analyzers}), connects duplicates and stories across the whole input, aggregates
 * the actors' graph, and writes
 *
 * <pre>
 * OUT/articles/date=2018-02-18/source=alarabia/part-….parquet   (or OUT/articles/part-….txt, JSONL)
 * OUT/graph/nodes, OUT/graph/edges                              (Parquet or JSONL, as the articles)
 * OUT/graph/actors.graphml                                      (when the graph is not huge)
 * OUT/summary.json
 * </pre>
 *
 * Stages: files are read whole (gzip does not split) and their documents spread over all
 * partitions; analysis and fingerprints run per partition; the articles are sorted into
 * publication order; exact and near duplicates are found in shuffles ({@link NearDuplicates}); the
 * order-dependent decisions stream through the driver ({@link Connections}); the records get their
 * {@code duplicate_of} and {@code story} and are written.
 */
public final class AnalyzeJob {
  /** What to run. */
  public record Options(List<String> inputs, String out, String format, boolean overwrite,
      int partitions, String opensearch) {
    public Options(List<String> inputs, String out, String format, boolean overwrite, int partitions) {
      this(inputs, out, format, overwrite, partitions, null);
    }

    public Options {
      if (!format.equals("parquet") && !format.equals("jsonl")) {
        throw new IllegalArgumentException("--format: expected parquet or jsonl, got " + format);
      }
    }
  }

  /** What the run did. */
  public record Summary(long files, long read, long analyzed, long skipped, long exactDuplicates,
      long nearDuplicates, long storiesStarted, long storiesJoined, long actors, long edges,
      long indexed, double seconds, Map<String, Double> phases, List<String> problems) {
    public double articlesPerSecond() {
      return seconds > 0 ? analyzed / seconds : 0;
    }

    public String line() {
      return String.format(java.util.Locale.ROOT,
          "marsad spark: %d files, %d documents read, %d articles, %d skipped; duplicates: %d exact,"
              + " %d near; %d stories; graph: %d actors, %d edges; %.1f s, %.1f articles/s",
          files, read, analyzed, skipped, exactDuplicates, nearDuplicates, storiesStarted, actors,
          edges, seconds, articlesPerSecond())
          + (indexed >= 0 ? String.format(java.util.Locale.ROOT, "; %d indexed in OpenSearch", indexed) : "");
    }
  }

  /** A user error: one line, no stack trace. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** Wall time per phase, in order. */
  static final class Phases {
    final Map<String, Double> seconds = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void end(String phase) {
      long now = System.nanoTime();
      seconds.put(phase, Math.round((now - last) / 1e7) / 100.0);
      last = now;
    }
  }

  /** Edges above this are left out of the GraphML file (the Parquet/JSONL graph has them all). */
  static final long GRAPHML_MAX_EDGES = 2_000_000;

  /** Problem lines kept for the summary; the count covers all. */
  static final int PROBLEM_LINES = 100;

  private AnalyzeJob() {}

  public static Summary run(SparkSession spark, Options o) throws IOException {
    long start = System.nanoTime();
    Phases phases = new Phases();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, jsc.defaultParallelism() * 4);

    Path out = new Path(o.out());
    FileSystem outFs = out.getFileSystem(conf);
    if (outFs.exists(out)) {
      if (!o.overwrite()) throw new UsageException(o.out() + ": already exists; pass --overwrite to replace it");
      outFs.delete(out, true);
    }
    Map<String, String> files = list(o.inputs(), conf);
    if (files.isEmpty()) throw new UsageException(String.join(" ", o.inputs()) + ": no files to read");
    if (o.opensearch() != null) {
      // before any work: a wrong spec or an unreachable cluster fails now, not after the analysis;
      // the index is created here once (with Marsad's mapping), not by every partition at once
      try {
        OpenSearchWriter.open(o.opensearch()).close();
      } catch (IOException | RuntimeException e) {
        throw new UsageException("--opensearch: " + e.getMessage());
      }
    }

    LongAccumulator read = jsc.sc().longAccumulator("read");
    LongAccumulator skipped = jsc.sc().longAccumulator("skipped");
    CollectionAccumulator<String> problems = jsc.sc().collectionAccumulator("problems");
    Broadcast<Map<String, String>> names = jsc.broadcast(files);

    // 1. read: whole files (gzip is not splittable), documents spread over every partition
    JavaRDD<Doc> docs = jsc.binaryFiles(String.join(",", files.keySet()), Math.min(files.size(), partitions))
        .flatMap(f -> {
          String name = names.value().getOrDefault(key(f._1()), f._1());
          FileDocuments it = new FileDocuments(name, () -> f._2().open(), p -> {
            skipped.add(1);
            problems.add(p.line());
          });
          TaskContext tc = TaskContext.get();
          if (tc != null) tc.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> it.close());
          return new Iterator<Doc>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Doc next() {
              read.add(1);
              return it.next();
            }
          };
        })
        .repartition(partitions);

    // 2. analyze: the pipeline of marsad analyze, built once per executor JVM; kept, as sorting
    // reads its input twice (a sample for the ranges, then the shuffle)
    JavaRDD<Analyzed> analyzed = docs.mapPartitions(it -> {
      List<Analyzed> batch = new ArrayList<>();
      var pipeline = Analyzers.standard();
      return new Iterator<Analyzed>() {
        Analyzed next;

        @Override
        public boolean hasNext() {
          while (next == null && it.hasNext()) {
            Doc d = it.next();
            try {
              next = Analyzed.of(d, pipeline.analyze(d.raw()));
            } catch (RuntimeException e) {
              skipped.add(1);
              problems.add(new InputProblem(d.origin, "cannot analyze: " + e + "; skipped").line());
            }
          }
          return next != null;
        }

        @Override
        public Analyzed next() {
          if (!hasNext()) throw new java.util.NoSuchElementException();
          Analyzed a = next;
          next = null;
          return a;
        }
      };
    }).persist(StorageLevel.MEMORY_AND_DISK());
    analyzed.count();
    phases.end("read and analyze");

    // 3. publication order over the whole input: every later step refers to articles by rank
    JavaRDD<Analyzed> sorted = analyzed
        .sortBy(Analyzed::orderKey, true, partitions)
        .zipWithIndex()
        .map(x -> {
          x._1().seq = x._2();
          return x._1();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    long count = sorted.count();
    analyzed.unpersist();
    phases.end("publication order");
    SeqPartitioner bySeq = new SeqPartitioner(partitions, count);

    // 4. duplicates in parallel, then the order-dependent decisions on the driver
    JavaPairRDD<Long, Long> exact = NearDuplicates.exact(sorted);
    JavaPairRDD<Long, Long> near = NearDuplicates.near(sorted, partitions);
    JavaPairRDD<Long, Features> features = sorted
        .mapToPair(a -> new Tuple2<>(a.seq, Features.of(a)))
        .leftOuterJoin(exact, partitions)
        .mapValues(x -> {
          x._1().exactOf = x._2().orElse(-1L);
          return x._1();
        })
        .leftOuterJoin(near, partitions)
        .mapValues(x -> {
          x._1().nearOf = x._2().orElse(-1L);
          return x._1();
        })
        .repartitionAndSortWithinPartitions(bySeq)
        .persist(StorageLevel.MEMORY_AND_DISK());
    features.count();
    phases.end("duplicates");
    Connections connections = new Connections();
    List<Tuple2<Long, String[]>> decisions = new ArrayList<>((int) Math.min(count, Integer.MAX_VALUE));
    for (Iterator<Tuple2<Long, Features>> it = features.toLocalIterator(); it.hasNext(); ) {
      Connections.Decision d = connections.next(it.next()._2());
      decisions.add(new Tuple2<>(d.seq(), new String[] {d.duplicateOf(), d.story()}));
    }
    long[] connected = connections.counts();
    features.unpersist();
    phases.end("stories (driver)");

    // 5. the records with their connections
    JavaRDD<Analyzed> records = sorted
        .mapToPair(a -> new Tuple2<>(a.seq, a))
        .join(jsc.parallelizePairs(decisions, partitions), bySeq)
        .map(x -> {
          Analyzed a = x._2()._1();
          String[] d = x._2()._2();
          a.json = connected(a.json, d[0], d[1]);
          a.duplicateOf = d[0];
          a.story = d[1];
          a.shingles = null;
          a.lead = null;
          return a;
        });
    if (o.opensearch() != null) records.persist(StorageLevel.MEMORY_AND_DISK());
    writeArticles(spark, records, o, partitions, bySeq);
    phases.end("write articles");
    long indexed = -1;
    if (o.opensearch() != null) {
      indexed = index(jsc, records, o.opensearch());
      records.unpersist();
      phases.end("index in OpenSearch");
    }

    // 6. the actors' graph
    long[] graph = writeGraph(spark, jsc, sorted, o, conf);
    sorted.unpersist();
    phases.end("actors' graph");

    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> lines = new ArrayList<>(problems.value());
    lines.sort(null);
    Summary s = new Summary(files.size(), read.value(), count, skipped.value(), connected[0],
        connected[1], connected[2], connected[3], graph[0], graph[1], indexed, seconds, phases.seconds,
        lines.size() > PROBLEM_LINES ? lines.subList(0, PROBLEM_LINES) : lines);
    try (Writer w = new OutputStreamWriter(outFs.create(new Path(out, "summary.json")), StandardCharsets.UTF_8)) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("inputs", o.inputs());
      json.put("files", s.files());
      json.put("read", s.read());
      json.put("articles", s.analyzed());
      json.put("skipped", s.skipped());
      json.put("exact_duplicates", s.exactDuplicates());
      json.put("near_duplicates", s.nearDuplicates());
      json.put("stories", s.storiesStarted());
      json.put("actors", s.actors());
      json.put("edges", s.edges());
      if (s.indexed() >= 0) json.put("indexed", s.indexed());
      json.put("seconds", s.seconds());
      json.put("articles_per_second", s.articlesPerSecond());
      json.put("phase_seconds", s.phases());
      json.put("master", spark.sparkContext().master());
      json.put("problems", s.problems());
      w.write(ArticleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }
    return s;
  }

  /** What {@link ArticleJson#write} puts for the connections before they are known. */
  private static final String UNCONNECTED = ",\"duplicate_of\":null,\"story\":null,\"origin\":";

  /**
   * The record with its connections: the two fields are set in the JSON text, which equals
   * writing the record again ({@code Article.toBuilder().duplicateOf(d).story(s)}) without
   * parsing and writing the whole record (entities, quotes, events) a second time. They follow
   * every free-text field in the record's property order, and a quote inside a string is
   * escaped, so the last match is the field itself.
   */
  static String connected(String json, String duplicateOf, String story) {
    int at = json.lastIndexOf(UNCONNECTED);
    if (at < 0) {
      Article a = ArticleJson.read(json).toBuilder().duplicateOf(duplicateOf).story(story).build();
      return ArticleJson.write(a);
    }
    try {
      return json.substring(0, at) + ",\"duplicate_of\":" + ArticleJson.MAPPER.writeValueAsString(duplicateOf)
          + ",\"story\":" + ArticleJson.MAPPER.writeValueAsString(story) + ",\"origin\":"
          + json.substring(at + UNCONNECTED.length());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static final StructType ARTICLE_SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("published", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, true)
      .add("language", DataTypes.StringType, true)
      .add("topic", DataTypes.StringType, true)
      .add("duplicate_of", DataTypes.StringType, true)
      .add("story", DataTypes.StringType, true)
      .add("seq", DataTypes.LongType, false)
      .add("json", DataTypes.StringType, false);

  private static void writeArticles(SparkSession spark, JavaRDD<Analyzed> records, Options o,
      int partitions, SeqPartitioner bySeq) {
    String path = new Path(o.out(), "articles").toString();
    if (o.format().equals("jsonl")) {
      // one record a line, in publication order, exactly as marsad analyze prints them
      records.mapToPair(a -> new Tuple2<>(a.seq, a.json))
          .repartitionAndSortWithinPartitions(bySeq)
          .values()
          .saveAsTextFile(path);
      return;
    }
    JavaRDD<Row> rows = records.map(a -> RowFactory.create(a.id,
        a.source == null ? Analyzed.UNKNOWN : a.source, a.published, a.date(), a.title, a.language,
        a.topic, a.duplicateOf, a.story, a.seq, a.json));
    Dataset<Row> df = spark.createDataFrame(rows, ARTICLE_SCHEMA);
    df.repartition(partitions, df.col("date"), df.col("source"))
        .sortWithinPartitions("date", "source", "seq")
        .write().mode(SaveMode.ErrorIfExists).partitionBy("date", "source").parquet(path);
  }

  /**
   * Bulk-writes every record into the OpenSearch index, one writer per partition (the store's
   * {@link OpenSearchWriter}: back-pressure, retries on 429/503, the article id as the document
   * id, so a re-run after a failure writes each article once). Returns the articles written.
   */
  static long index(JavaSparkContext jsc, JavaRDD<Analyzed> records, String spec) {
    LongAccumulator written = jsc.sc().longAccumulator("indexed");
    // one record per id, the latest in publication order, as the ingest leaves the store: two
    // partitions writing the same id would race
    records.mapToPair(a -> new Tuple2<>(a.id, new Tuple2<>(a.seq, a.json)))
        .reduceByKey((x, y) -> x._1() > y._1() ? x : y)
        .values()
        .foreachPartition(it -> {
          try (OpenSearchWriter w = OpenSearchWriter.open(spec)) {
            while (it.hasNext()) w.write(ArticleJson.read(it.next()._2()));
            w.flush();
            written.add(w.counts().written());
          }
        });
    return written.value();
  }

  /** Writes nodes and edges; returns {actors, edges}. */
  private static long[] writeGraph(SparkSession spark, JavaSparkContext jsc, JavaRDD<Analyzed> articles,
      Options o, Configuration conf) throws IOException {
    Path dir = new Path(o.out(), "graph");
    JavaPairRDD<String, Long> nodes = ActorGraph.nodes(articles).cache();
    JavaPairRDD<String, long[]> edges = ActorGraph.edges(articles).cache();
    StructType nodeSchema = new StructType()
        .add("id", DataTypes.StringType, false).add("label", DataTypes.StringType, false)
        .add("type", DataTypes.StringType, false).add("articles", DataTypes.LongType, false);
    StructType edgeSchema = new StructType()
        .add("source", DataTypes.StringType, false).add("target", DataTypes.StringType, false)
        .add("weight", DataTypes.LongType, false).add("articles", DataTypes.LongType, false)
        .add("sentences", DataTypes.LongType, false).add("events", DataTypes.LongType, false);
    Dataset<Row> nodeRows = spark.createDataFrame(nodes.map(x -> RowFactory.create(x._1(),
        Actors.label(x._1()), Actors.type(x._1()), x._2())), nodeSchema);
    Dataset<Row> edgeRows = spark.createDataFrame(edges.map(x -> {
      String[] p = x._1().split(String.valueOf(ActorGraph.SEP), 2);
      long[] c = x._2();
      return RowFactory.create(p[0], p[1], ActorGraph.weight(c), c[0], c[1], c[2]);
    }), edgeSchema);
    if (o.format().equals("jsonl")) {
      nodeRows.orderBy("id").write().json(new Path(dir, "nodes").toString());
      edgeRows.orderBy(edgeRows.col("weight").desc(), edgeRows.col("source"), edgeRows.col("target"))
          .write().json(new Path(dir, "edges").toString());
    } else {
      nodeRows.write().parquet(new Path(dir, "nodes").toString());
      edgeRows.write().parquet(new Path(dir, "edges").toString());
    }
    long nodeCount = nodes.count(), edgeCount = edges.count();
    if (edgeCount <= GRAPHML_MAX_EDGES) {
      List<Tuple2<String, Long>> n = new ArrayList<>(nodes.collect());
      n.sort((x, y) -> x._1().compareTo(y._1()));
      Map<String, Integer> index = new HashMap<>();
      FileSystem fs = dir.getFileSystem(conf);
      try (Writer w = new OutputStreamWriter(fs.create(new Path(dir, "actors.graphml")), StandardCharsets.UTF_8);
          GraphWriter g = GraphWriter.graphMl(w)) {
        for (Tuple2<String, Long> x : n) {
          index.put(x._1(), index.size());
          g.node(new GraphWriter.Node(index.get(x._1()), x._1(), Actors.label(x._1()),
              Actors.type(x._1()), x._2()));
        }
        List<Tuple2<String, long[]>> e = new ArrayList<>(edges.collect());
        e.sort((x, y) -> x._1().compareTo(y._1()));
        for (Tuple2<String, long[]> x : e) {
          String[] p = x._1().split(String.valueOf(ActorGraph.SEP), 2);
          long[] c = x._2();
          g.edge(new GraphWriter.Edge(index.get(p[0]), index.get(p[1]), ActorGraph.weight(c),
              (int) c[0], (int) c[1], (int) c[2]));
        }
      }
    }
    nodes.unpersist();
    edges.unpersist();
    return new long[] {nodeCount, edgeCount};
  }

  /**
   * The files to read, in order, each with the name {@code marsad analyze} would give it (the path
   * as given, joined with the path below a given folder), keyed by its qualified URI. Folders are
   * read recursively; hidden entries (a leading dot) are skipped.
   */
  static Map<String, String> list(List<String> inputs, Configuration conf) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String given : inputs) {
      Path p = new Path(given);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(p);
      } catch (java.io.FileNotFoundException e) {
        throw new UsageException(given + ": no such file or folder");
      }
      String base = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
      walk(fs, status, base, out);
    }
    return out;
  }

  private static void walk(FileSystem fs, FileStatus status, String name, Map<String, String> out)
      throws IOException {
    if (status.isFile()) {
      out.put(key(status.getPath().toString()), name);
      return;
    }
    FileStatus[] children = fs.listStatus(status.getPath());
    Arrays.sort(children, (x, y) -> x.getPath().getName().compareTo(y.getPath().getName()));
    for (FileStatus c : children) {
      if (c.getPath().getName().startsWith(".")) continue;
      walk(fs, c, name + "/" + c.getPath().getName(), out);
    }
  }

  /** One spelling of a qualified path for lookups ({@code file:/x} and {@code file:///x} alike). */
  static String key(String path) {
    URI u = new Path(path).toUri();
    return (u.getScheme() == null ? "file" : u.getScheme()) + "://"
        + (u.getAuthority() == null ? "" : u.getAuthority()) + u.getPath();
  }
}
