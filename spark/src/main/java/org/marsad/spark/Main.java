package org.marsad.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad spark analyze IN... --out DIR}: the entry point for {@code spark-submit} and for
 * the launcher's local mode. Without a master from spark-submit or {@code --master}, it runs in
 * local mode on every core.
 */
@Command(name = "marsad spark", mixinStandardHelpOptions = true, subcommands = Main.Analyze.class,
    description = "Batch analysis on Apache Spark (local mode, or a cluster via spark-submit).")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: analyze");
  }

  @Command(name = "analyze", mixinStandardHelpOptions = true, description = {
    "Analyze every page of the inputs as marsad analyze does, connect duplicates and stories across"
        + " the whole input, aggregate the actors' graph, and write OUT/articles (Parquet partitioned"
        + " by date and source, or JSONL), OUT/graph and OUT/summary.json.",
    "Inputs: files or folders on any Hadoop file system (file:, hdfs:, s3a: when on the class"
        + " path): JSONL(.gz), WARC(.gz), HTML, text pages, feeds, TREC."
  })
  static final class Analyze implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "IN", description = "Input files or folders.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist).")
    String out;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|jsonl",
        description = "Article records as Parquet partitioned by date and source (default), or JSONL.")
    String format;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
        description = "Partitions for analysis and shuffles; default 4 per core.")
    int partitions;

    @Option(names = "--opensearch", paramLabel = "opensearch://HOST:PORT[,HOST:PORT]/INDEX",
        description = "Also bulk-write every record into this OpenSearch index (created when"
            + " missing), from each partition: analyzed and indexed in one run.")
    String opensearch;

    @Override
    public Integer call() throws Exception {
      AnalyzeJob.Options options;
      try {
        options = new AnalyzeJob.Options(inputs, out, format, overwrite, partitions, opensearch);
      } catch (IllegalArgumentException e) {
        System.err.println("marsad spark: " + e.getMessage());
        return 2;
      }
      SparkSession spark = session(master);
      try {
        AnalyzeJob.Summary s = AnalyzeJob.run(spark, options);
        for (String p : s.problems()) System.err.println(p);
        if (s.skipped() > s.problems().size()) {
          System.err.printf("... and %d more problems (OUT/summary.json)%n", s.skipped() - s.problems().size());
        }
        System.err.println(s.line());
        System.err.println("marsad spark: seconds per phase: " + s.phases());
        return s.skipped() == 0 ? 0 : 1;
      } catch (AnalyzeJob.UsageException e) {
        System.err.println("marsad spark: " + e.getMessage());
        return 2;
      } catch (Exception e) {
        if (!(e instanceof org.apache.spark.SparkException)) throw e;
        // a task failed for good (the cluster refused writes, a disk is full): its cause, one line
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        System.err.println("marsad spark: the job failed: " + root.getMessage());
        return 1;
      } finally {
        spark.stop();
      }
    }
  }

  /** A session on {@code master}, else spark-submit's master, else local mode on every core. */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf().setAppName("marsad analyze");
    if (master != null) conf.setMaster(master);
    else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
