package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.extract.AebEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval extraction --aeb DIR}: main-text extraction on the Article Extraction Benchmark. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {
      "Score HTML main-text extraction on the Article Extraction Benchmark with its own metric:"
          + " word 4-gram shingles, per-page precision and recall averaged, F1 of the means.",
      "Also reports pages/s on one thread and how many pages got a publication date."
    })
final class EvalExtractionCommand implements Callable<Integer> {
  @Option(names = "--aeb", required = true, paramLabel = "DIR",
      description = "The benchmark folder: ground-truth.json and html/*.html.gz"
          + " (e.g. ../shared/data/extraction/scrapinghub-aeb).")
  Path aeb;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(aeb.resolve("ground-truth.json"))) {
      throw new IllegalArgumentException(aeb + ": no ground-truth.json here; is this the AEB folder?");
    }
    AebEvaluation.evaluate(aeb); // warm-up pass: the speed below is the JIT-compiled code's
    AebEvaluation.Result r = AebEvaluation.evaluate(aeb);
    System.out.printf("pages      %d%nprecision  %.4f%nrecall     %.4f%nF1         %.4f%n"
            + "speed      %.0f pages/s (one thread, after a warm-up pass)%ndates      %d of %d pages%n",
        r.pages(), r.precision(), r.recall(), r.f1(), r.pagesPerSecond(), r.datesFound(), r.pages());
    return 0;
  }
}
