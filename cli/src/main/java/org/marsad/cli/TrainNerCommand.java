package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.NerTrainer;
import org.marsad.entity.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train ner ...}: rebuilds the NER model from the data, reproducibly. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Train the NER model: word clusters from unlabelled news, hashed name lists, an averaged"
          + " structured perceptron on the labelled file. The shipped model is made with:",
      "  marsad train ner --conll ../shared/data/ner/anercorp-camel-train.txt"
          + " --gazetteers ../shared/data/gazetteers --news ../shared/data/news/ant-v2.1-train.jsonl.gz"
          + " --news ../shared/data/news/ant-v1.1-train.jsonl.gz --cv 5"
          + " --out core/src/main/resources/marsad/entity/ner/ner-model.bin.gz"
    })
final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Labelled CoNLL file.")
  Path conll;

  @Option(names = "--gazetteers", paramLabel = "DIR", description = "Folder of name lists (ANERgazet, ANETAC).")
  Path gazetteers;

  @Option(names = "--news", paramLabel = "FILE", description = "Unlabelled ANT-style JSONL(.gz) for word clusters; repeatable.")
  List<Path> news = List.of();

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs = NerTrainer.Settings.defaults().epochs();

  @Option(names = "--cv", paramLabel = "K", description = "Also cross-validate with K folds; the scores go into the model's provenance.")
  int folds;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(conll)) throw new IllegalArgumentException(conll + ": no such file");
    if (gazetteers != null && !Files.isDirectory(gazetteers)) {
      throw new IllegalArgumentException(gazetteers + ": no such folder");
    }
    for (Path f : news) {
      if (!Files.isRegularFile(f)) throw new IllegalArgumentException(f + ": no such file");
    }
    NerTrainer.Settings d = NerTrainer.Settings.defaults();
    NerTraining.Outcome outcome =
        NerTraining.run(
            new NerTraining.Recipe(conll, gazetteers, news,
                new NerTrainer.Settings(epochs, d.seed(), d.minCount()), folds),
            System.err::println);
    NerTraining.write(outcome.model(), out);
    if (outcome.crossValidation() != null) {
      System.out.print(outcome.crossValidation().total().report());
    }
    System.out.printf("%s: %,d features, %,d bytes%n", out, outcome.model().featureCount(), Files.size(out));
    return 0;
  }
}
