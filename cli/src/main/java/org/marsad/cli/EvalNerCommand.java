package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.NerCrossValidation;
import org.marsad.entity.ner.NerEvaluation;
import org.marsad.entity.ner.NerSentence;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval ner --conll FILE [--cv K]}: CoNLL entity scores and tagging speed. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Score the shipped NER model on a gold CoNLL file: entity-level precision, recall and F1"
          + " (CoNLL style: type and both boundaries exact), overall, per type and over PERS+LOC+ORG,"
          + " and the tagging speed on one core.",
      "With --cv K, cross-validate instead: train K models on K-1 contiguous blocks of FILE (with"
          + " the shipped model's clusters and name lists) and score each on the block left out."
    })
final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Gold CoNLL file.")
  String conll;

  @Option(names = "--cv", paramLabel = "K", description = "Cross-validate with K folds.")
  int folds;

  @Option(names = "--epochs", paramLabel = "N", description = "Training epochs with --cv (default: ${DEFAULT-VALUE}).")
  int epochs = NerTrainer.Settings.defaults().epochs();

  @Override
  public Integer call() throws Exception {
    List<NerSentence> data = NerCommand.readConll(conll);
    for (NerSentence s : data) {
      if (s.tags() == null) throw new IllegalArgumentException(conll + ": a sentence has no gold tags");
    }
    NerTagger shipped = NerTagger.standard();
    NerEvaluation.Result result;
    long tokens = 0;
    double seconds;
    if (folds > 1) {
      NerTrainer.Settings d = NerTrainer.Settings.defaults();
      NerCrossValidation.Outcome cv =
          NerCrossValidation.run(data, folds, new NerTrainer.Settings(epochs, d.seed(), d.minCount()),
              shipped.model().lexicon(), System.err::println);
      result = cv.total();
      tokens = cv.tokens();
      seconds = cv.taggingSeconds();
      System.out.printf("%d-fold cross-validation on %s (%d sentences)%n", folds, conll, data.size());
    } else {
      List<List<String>> gold = new ArrayList<>();
      List<List<String>> predicted = new ArrayList<>();
      // warm-up pass, so the speed is that of a running service
      List<List<String>> words = new ArrayList<>();
      for (NerSentence s : data) words.add(s.tokens());
      shipped.tagAll(words.subList(0, Math.min(500, words.size())), NerTagger.WINDOW);
      long t0 = System.nanoTime();
      predicted.addAll(shipped.tagAll(words, NerTagger.WINDOW));
      seconds = (System.nanoTime() - t0) / 1e9;
      for (NerSentence s : data) {
        gold.add(s.tags());
        tokens += s.size();
      }
      result = NerEvaluation.score(gold, predicted);
      System.out.printf("shipped model on %s (%d sentences)%n", conll, data.size());
    }
    System.out.print(result.report());
    System.out.println(result.over(List.of("PERS", "LOC", "ORG")).line());
    System.out.printf(Locale.ROOT, "tagging speed: %,.0f tokens/s on one core (%,d tokens)%n",
        tokens / Math.max(seconds, 1e-9), tokens);
    return 0;
  }
}
