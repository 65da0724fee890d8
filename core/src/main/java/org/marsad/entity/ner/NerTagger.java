package org.marsad.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;

/**
 * Finds names of people, places, organizations and other entities (PERS, LOC, ORG, MISC) in Arabic
 * text with a trained model ({@link NerTrainer}). Words are tagged as written, clitics attached
 * (والمغرب), the way ANERcorp is annotated. Thread-safe: the model is immutable.
 */
public final class NerTagger {
  static final String RESOURCE = "/marsad/entity/ner/ner-model.bin.gz";

  private static final class Holder {
    static final NerTagger STANDARD = load();

    private static NerTagger load() {
      try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("NER model missing: " + RESOURCE);
        return new NerTagger(NerModel.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
      }
    }
  }

  private final NerModel model;
  private final Features features;
  private final boolean[] allowed;

  public NerTagger(NerModel model) {
    this.model = model;
    this.features = new Features(model.lexicon);
    this.allowed = Viterbi.allowed(List.of(model.tags));
  }

  /** The shipped model, loaded once. */
  public static NerTagger standard() {
    return Holder.STANDARD;
  }

  public NerModel model() {
    return model;
  }

  /** BIO tags for the tokens of one sentence. */
  public List<String> tag(List<String> tokens) {
    long[][] hashes = features.extract(tokens);
    int[][] rows = new int[hashes.length][];
    for (int i = 0; i < hashes.length; i++) {
      int[] r = new int[hashes[i].length];
      int k = 0;
      for (long h : hashes[i]) {
        int row = model.features.get(h);
        if (row >= 0) r[k++] = row;
      }
      rows[i] = k == r.length ? r : java.util.Arrays.copyOf(r, k);
    }
    int[] best =
        Viterbi.decode(rows, model.weights, model.transitions, allowed, model.tags.length);
    List<String> out = new ArrayList<>(best.length);
    for (int b : best) out.add(model.tags[b]);
    return out;
  }

  /** Entity mentions in a text, with UTF-16 offsets; canonical ids and roles are left null. */
  public List<EntityMention> find(String text) {
    List<EntityMention> out = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.split(text)) {
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) continue;
      List<String> words = new ArrayList<>(tokens.size());
      for (Token t : tokens) words.add(t.text());
      List<String> tags = tag(words);
      int i = 0;
      while (i < tags.size()) {
        String tag = tags.get(i);
        if (tag.equals("O")) {
          i++;
          continue;
        }
        String type = tag.substring(2);
        int j = i + 1;
        while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
        int start = tokens.get(i).start();
        int end = tokens.get(j - 1).end();
        out.add(new EntityMention(text.substring(start, end), type, start, end, null, null));
        i = j;
      }
    }
    return out;
  }
}
