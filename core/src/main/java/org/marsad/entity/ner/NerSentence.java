package org.marsad.entity.ner;

import java.util.List;

/**
 * One sentence of a CoNLL-style NER file: tokens and, when the file has them, their BIO tags
 * ({@code B-PERS}, {@code I-ORG}, {@code O}, ...).
 *
 * @param tags the gold tags, one per token, or null for unlabelled input
 */
public record NerSentence(List<String> tokens, List<String> tags) {
  public NerSentence {
    tokens = List.copyOf(tokens);
    if (tags != null) {
      tags = List.copyOf(tags);
      if (tags.size() != tokens.size()) throw new IllegalArgumentException("tags and tokens differ");
    }
  }

  public int size() {
    return tokens.size();
  }
}
