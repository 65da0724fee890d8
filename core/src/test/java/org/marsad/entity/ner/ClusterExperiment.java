package org.marsad.entity.ner;

import java.nio.file.Path;
import java.util.List;

/** Developer harness: learns clusters from ANT into a file. Not a test. */
public final class ClusterExperiment {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
    long t0 = System.nanoTime();
    var corpus =
        ClusterBuilder.read(
            List.of(shared.resolve("data/news/ant-v2.1-train.jsonl.gz"),
                shared.resolve("data/news/ant-v1.1-train.jsonl.gz")),
            System.out::println);
    System.out.printf("read %d tokens in %.1f s%n", corpus.length, (System.nanoTime() - t0) / 1e9);
    int passes = Integer.parseInt(System.getProperty("passes", "6"));
    var b = new ClusterBuilder(Integer.parseInt(System.getProperty("min", "3")), 30_000, new int[] {64, 256, 1024}, passes);
    var clusters = b.build(corpus, false, s -> System.out.printf("%.1f s %s%n", (System.nanoTime() - t0) / 1e9, s));
    ClusterBuilder.putAll(clusters, b.build(corpus, true, s -> System.out.printf("%.1f s %s%n", (System.nanoTime() - t0) / 1e9, s)));
    ClusterBuilder.write(clusters, Path.of(args[0]));
  }
}
