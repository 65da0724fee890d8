package org.marsad.text;

import java.util.List;

/** A sentence: UTF-16 offsets into the text (end exclusive) and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence's characters in {@code text}. */
  public String text(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
