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

  /**
   * Sentences either side within which a name found once is propagated, for corpora in CoNLL form
   * where article boundaries are not marked; within an article, {@link #find} uses the whole text.
   */
  public static final int WINDOW = 20;

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

  /**
   * Tags consecutive sentences of one text (or a window of a corpus), then makes the tags
   * consistent: a name found once is found wherever it recurs within {@code window} sentences
   * (one sense per discourse; the same string in the same article names the same thing). Only
   * untagged stretches are filled, and single words only when they are not common words.
   */
  public List<List<String>> tagAll(List<List<String>> sentences, int window) {
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) tags.add(new ArrayList<>(tag(s)));
    if (window <= 0) return tags;
    // entities found, by sentence: key (normalized words) -> type
    List<java.util.Map<String, String>> found = new ArrayList<>(sentences.size());
    int maxLen = 1;
    for (int s = 0; s < sentences.size(); s++) {
      java.util.Map<String, String> m = new java.util.HashMap<>();
      List<String> t = tags.get(s);
      for (int i = 0; i < t.size(); ) {
        if (t.get(i).equals("O")) {
          i++;
          continue;
        }
        String type = t.get(i).substring(2);
        int j = i + 1;
        while (j < t.size() && t.get(j).equals("I-" + type)) j++;
        if (j - i > 1 || rare(sentences.get(s).get(i))) {
          m.putIfAbsent(key(sentences.get(s), i, j), type);
          maxLen = Math.max(maxLen, j - i);
        }
        // a person's family name alone refers back to the full name (العثماني)
        if (PARTIAL && type.equals("PERS") && j - i >= 2 && rare(sentences.get(s).get(j - 1))) {
          m.putIfAbsent(key(sentences.get(s), j - 1, j), type);
        }
        i = j;
      }
      found.add(m);
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      List<String> t = tags.get(s);
      for (int i = 0; i < words.size(); i++) {
        if (!t.get(i).equals("O")) continue;
        for (int len = Math.min(maxLen, words.size() - i); len >= 1; len--) {
          boolean free = true;
          for (int j = i; j < i + len; j++) free &= t.get(j).equals("O");
          if (!free) continue;
          String k = key(words, i, i + len);
          String type = null;
          for (int o = Math.max(0, s - window); o <= Math.min(sentences.size() - 1, s + window) && type == null; o++) {
            if (o != s) type = found.get(o).get(k);
          }
          if (type == null) continue;
          t.set(i, "B-" + type);
          for (int j = i + 1; j < i + len; j++) t.set(j, "I-" + type);
          i += len - 1;
          break;
        }
      }
    }
    return tags;
  }

  static final boolean PARTIAL = Boolean.parseBoolean(System.getProperty("ner.partial", "true"));

  private static String key(List<String> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) sb.append(NerLexicon.key(words.get(i))).append(' ');
    return sb.toString();
  }

  private static boolean rare(String word) {
    return org.marsad.text.WordFrequencies.news().count(word) < 200;
  }

  /** Entity mentions in a text, with UTF-16 offsets; canonical ids and roles are left null. */
  public List<EntityMention> find(String text) {
    List<EntityMention> out = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.split(text)) {
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) continue;
      List<String> w = new ArrayList<>(tokens.size());
      for (Token t : tokens) w.add(t.text());
      sentences.add(tokens);
      words.add(w);
    }
    List<List<String>> all = tagAll(words, Integer.MAX_VALUE / 2);
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      List<String> tags = all.get(s);
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
