package org.marsad.entity.ner;

import java.nio.file.Path;
import java.util.List;

/** Developer harness: cross-validates settings on the ANERcorp training file. Not a test. */
public final class NerExperiment {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
    List<NerSentence> data = NerCorpus.read(shared.resolve("data/ner/anercorp-camel-train.txt"));
    int epochs = Integer.parseInt(System.getProperty("epochs", "10"));
    int folds = Integer.parseInt(System.getProperty("folds", "5"));
    boolean gaz = Boolean.parseBoolean(System.getProperty("gaz", "true"));
    String clusters = System.getProperty("clusters", "");
    NerLexicon lexicon =
        NerLexiconBuilder.build(
            gaz ? shared.resolve("data/gazetteers") : null,
            clusters.isEmpty() ? null : Path.of(clusters));
    long t0 = System.nanoTime();
    var out =
        NerCrossValidation.run(
            data, folds, new NerTrainer.Settings(epochs, 42, 1), lexicon, System.out::println);
    System.out.print(out.total().report());
    System.out.printf("tagging %.0f tokens/s; total %.1f s%n", out.tokensPerSecond(),
        (System.nanoTime() - t0) / 1e9);
  }
}
