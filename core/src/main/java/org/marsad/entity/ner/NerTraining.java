package org.marsad.entity.ner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.json.ArticleJson;

/**
 * The recipe behind the shipped model, in one place so that {@code marsad train ner} rebuilds it
 * reproducibly: read the labelled file, learn word clusters from unlabelled news, hash the name
 * lists, optionally cross-validate, train on everything, and write the model with its provenance.
 */
public final class NerTraining {
  /**
   * @param conll labelled training file
   * @param gazetteers folder of name lists, or null
   * @param news unlabelled ANT-style JSONL(.gz) files for clusters (empty: no clusters)
   * @param folds cross-validation folds, 0 for none
   */
  public record Recipe(
      Path conll, Path gazetteers, List<Path> news, NerTrainer.Settings settings, int folds) {}

  /** What came out: the model and, when asked for, its cross-validation. */
  public record Outcome(NerModel model, NerCrossValidation.Outcome crossValidation) {}

  private NerTraining() {}

  public static Outcome run(Recipe recipe, Consumer<String> progress) throws IOException {
    List<NerSentence> data = NerCorpus.read(recipe.conll());
    for (NerSentence s : data) {
      if (s.tags() == null) throw new IOException(recipe.conll() + ": a sentence has no tags");
    }
    progress.accept(recipe.conll().getFileName() + ": " + data.size() + " sentences");
    LongIntMap gazetteer = new LongIntMap(1 << 17);
    int maxPhrase = 0;
    if (recipe.gazetteers() != null) {
      maxPhrase = Gazetteers.load(recipe.gazetteers(), gazetteer);
      progress.accept("name lists: " + gazetteer.size() + " phrase keys");
    }
    LongIntMap clusters = new LongIntMap(16);
    if (!recipe.news().isEmpty()) {
      ClusterBuilder.Corpus corpus = ClusterBuilder.read(recipe.news(), progress);
      ClusterBuilder builder = ClusterBuilder.defaults();
      clusters = builder.build(corpus, false, progress);
      ClusterBuilder.putAll(clusters, builder.build(corpus, true, progress));
    }
    NerLexicon lexicon = new NerLexicon(clusters, gazetteer, maxPhrase);
    NerCrossValidation.Outcome cv = null;
    if (recipe.folds() > 1) {
      cv = NerCrossValidation.run(data, recipe.folds(), recipe.settings(), lexicon, progress);
    }
    ObjectNode p = ArticleJson.MAPPER.createObjectNode();
    p.put("model", "averaged structured perceptron, first-order Viterbi over BIO");
    p.put("trained", Instant.now().toString());
    p.put("data", recipe.conll().getFileName().toString());
    p.put("data_sha256", sha256(recipe.conll()));
    p.put("sentences", data.size());
    p.put("epochs", recipe.settings().epochs());
    p.put("seed", recipe.settings().seed());
    p.put("min_feature_count", recipe.settings().minCount());
    p.put("gazetteers", recipe.gazetteers() == null ? null : "ANERgazet, ANETAC (hashed)");
    var news = p.putArray("cluster_corpus");
    for (Path f : recipe.news()) news.add(f.getFileName() + " sha256:" + sha256(f));
    p.put("cluster_levels", "64/256/1024 left and right, predictive exchange");
    if (cv != null) {
      p.put("cv_folds", recipe.folds());
      p.put("cv_f1", round(cv.total().overall().f1()));
      p.put("cv_precision", round(cv.total().overall().precision()));
      p.put("cv_recall", round(cv.total().overall().recall()));
      for (var c : cv.total().byType()) p.put("cv_f1_" + c.type(), round(c.f1()));
    }
    NerModel model =
        new NerTrainer(recipe.settings())
            .train(data, lexicon, p.toString(), e -> progress.accept("epoch " + e));
    return new Outcome(model, cv);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a model file, replacing the target only once it is complete. */
  public static void write(NerModel model, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".ner", ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      model.write(out);
    }
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
