package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.text.SegmentationEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval segmentation --conllu FILE}: CoNLL 2018 tokens, words and sentences F1. */
@Command(name = "segmentation", mixinStandardHelpOptions = true,
    description = {
      "Tokenize the '# text' lines of a gold CoNLL-U file (each one paragraph) and score tokens,"
          + " syntactic words (clitic segmentation) and sentences as the CoNLL 2018 shared task does:"
          + " alignment on characters with whitespace removed.",
      "Clitics are written in the gold file's own convention: multiword tokens when it has any,"
          + " else tokens of their own (Arabic-PUD)."
    })
final class EvalSegmentationCommand implements Callable<Integer> {
  @Option(names = "--conllu", required = true, paramLabel = "FILE",
      description = "Gold CoNLL-U (e.g. ../shared/data/ud/ar_pud-ud-test.conllu).")
  Path conllu;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(conllu)) throw new IllegalArgumentException(conllu + ": no such file");
    long t0 = System.nanoTime();
    SegmentationEval.Result r = SegmentationEval.evaluate(conllu);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "metric", "precision", "recall", "F1");
    print("tokens", r.tokens());
    print("words", r.words());
    print("sentences", r.sentences());
    System.out.printf(Locale.ROOT, "(%s, %.1f s)%n", conllu.getFileName(), secs);
    return 0;
  }

  private static void print(String name, SegmentationEval.Score s) {
    System.out.printf(Locale.ROOT, "%-10s %9.2f %9.2f %9.2f%n", name, 100 * s.precision(),
        100 * s.recall(), 100 * s.f1());
  }
}
