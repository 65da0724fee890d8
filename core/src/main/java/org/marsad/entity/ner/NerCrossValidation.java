package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * K-fold cross-validation on a labelled file: the sentences are cut into K contiguous blocks (news
 * articles stay whole, so names repeated within an article do not leak between train and test), each
 * block is tagged by a model trained on the others, and the counts of all folds are summed.
 */
public final class NerCrossValidation {
  private NerCrossValidation() {}

  /** Scores of all folds together, and of each. */
  public record Outcome(NerEvaluation.Result total, List<NerEvaluation.Result> folds, long tokens,
      double taggingSeconds) {
    public double tokensPerSecond() {
      return taggingSeconds == 0 ? 0 : tokens / taggingSeconds;
    }
  }

  public static Outcome run(
      List<NerSentence> data,
      int k,
      NerTrainer.Settings settings,
      NerLexicon lexicon,
      Consumer<String> progress) {
    NerEvaluation.Result total = null;
    List<NerEvaluation.Result> folds = new ArrayList<>();
    long tokens = 0;
    long nanos = 0;
    int n = data.size();
    for (int f = 0; f < k; f++) {
      int from = (int) ((long) n * f / k);
      int to = (int) ((long) n * (f + 1) / k);
      List<NerSentence> train = new ArrayList<>(data.subList(0, from));
      train.addAll(data.subList(to, n));
      List<NerSentence> test = data.subList(from, to);
      NerModel model = new NerTrainer(settings).train(train, lexicon, "{}", null);
      NerTagger tagger = new NerTagger(model);
      List<List<String>> gold = new ArrayList<>();
      List<List<String>> predicted = new ArrayList<>();
      long t0 = System.nanoTime();
      int window = Integer.getInteger("ner.window", NerTagger.WINDOW);
      List<List<String>> words = new ArrayList<>();
      for (NerSentence s : test) words.add(s.tokens());
      predicted.addAll(tagger.tagAll(words, window));
      nanos += System.nanoTime() - t0;
      for (NerSentence s : test) {
        gold.add(s.tags());
        tokens += s.size();
      }
      NerEvaluation.Result r = NerEvaluation.score(gold, predicted);
      folds.add(r);
      total = total == null ? r : total.plus(r);
      if (progress != null) {
        progress.accept(String.format(java.util.Locale.ROOT, "fold %d/%d: F1 %.2f", f + 1, k,
            r.overall().f1()));
      }
    }
    return new Outcome(total, folds, tokens, nanos / 1e9);
  }
}
