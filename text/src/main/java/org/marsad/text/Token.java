package org.marsad.text;

import java.util.List;

/**
 * A surface token: what whitespace and punctuation delimit, with UTF-16 offsets into the original
 * text (end exclusive). An Arabic word also carries its clitic segments, which cover it exactly;
 * every other token has none.
 */
public record Token(String text, Type type, int start, int end, List<Segment> segments) {
  public enum Type {
    /** A word in Arabic script; see {@link Token#segments}. */
    ARABIC,
    /** A word in another script (Latin mostly). */
    WORD,
    /** Digits in any script, with inner separators: 3.5, 1,365, 23:45, ٢٠٢١. */
    NUMBER,
    PUNCTUATION,
    /** Anything else that is not a letter or a digit: % $ € + =. */
    SYMBOL,
    URL,
    EMAIL,
    /** #word, in any script. */
    HASHTAG,
    /** @name. */
    MENTION
  }

  public Token {
    segments = List.copyOf(segments);
  }

  /** Whether the token was split into more than one syntactic word (و + قال, ل + أوباما). */
  public boolean isSplit() {
    int words = 0;
    for (Segment s : segments) if (s.kind().isSyntacticWord()) words++;
    return words > 1;
  }
}
