package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.service.DedupEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval dedup --jsonl FILE}: duplicate detection through the real ingest. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = {
      "Measure duplicate detection: ingest FILE (JSONL, e.g. ANT) with generated near-duplicates"
          + " into a fresh store, two workers, connecting on.",
      "Exact recall on the corpus's dup_of pairs; near recall on the generated copies (paragraphs"
          + " reordered, sentences dropped or added, title changed, boilerplate added, words"
          + " edited); precision over every article marked as a duplicate."
    })
final class EvalDedupCommand implements Callable<Integer> {
  @Option(names = "--jsonl", required = true, paramLabel = "FILE",
      description = "Articles with dup_of pairs (e.g. ../shared/data/news/ant-v2.1-train.jsonl.gz).")
  Path jsonl;

  @Option(names = "--near", defaultValue = "2000", description = "Near-duplicates to generate (default: ${DEFAULT-VALUE}).")
  int near;

  @Option(names = "--seed", defaultValue = "20260611", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--workers", defaultValue = "2", description = "Ingest workers (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--show", defaultValue = "20", description = "Unexplained marks to list for review (default: ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(jsonl)) throw new IllegalArgumentException(jsonl + ": no such file");
    DedupEvaluation.Result r = DedupEvaluation.evaluate(jsonl, near, seed, workers);
    System.out.printf("articles         %,d (+ %,d generated near-duplicates, seed %d)%n",
        r.articles(), r.nearCopies(), seed);
    System.out.printf("exact recall     %.4f (%,d of %,d dup_of pairs)%n", r.exactRecall(), r.exactFound(), r.exactPairs());
    System.out.printf("near recall      %.4f (%,d of %,d copies)%n", r.nearRecall(), r.nearFound(), r.nearCopies());
    System.out.printf("precision        %.4f (%,d of %,d marked duplicates)%n", r.precision(), r.markedRight(), r.marked());
    System.out.printf("precision, known %.4f (%,d of %,d marks on copies and dup_of articles)%n",
        r.knownPrecision(), r.markedKnownRight(), r.markedKnown());
    System.out.printf("ingest           %.0f articles/s (%d workers, connecting on)%n", r.articlesPerSecond(), workers);
    System.out.println("summary          " + r.summary().line());
    if (!r.unexplained().isEmpty()) {
      System.out.printf("%nmarks the gold pairs do not explain (%d; jaccard, containment of word 3-shingles):%n",
          r.unexplained().size());
      r.unexplained().stream().limit(show).forEach(u -> System.out.printf(
          "  %s -> %s  %.2f %.2f%n", u.id(), u.duplicateOf(), u.jaccard(), u.containment()));
    }
    DedupEvaluation.missedExact.stream().limit(show).forEach(u -> System.out.printf(
        "  exact pair missed: %s marked %s%n", u.id(), u.duplicateOf()));
    if (!r.missed().isEmpty()) {
      System.out.printf("%ncopies missed (%d; jaccard, containment against their original):%n", r.missed().size());
      r.missed().stream().limit(show).forEach(u -> System.out.printf(
          "  %s -> %s  %.2f %.2f%n", u.id(), u.duplicateOf(), u.jaccard(), u.containment()));
    }
    return 0;
  }
}
