package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * One article's text as roles and quotes read it: surface tokens, their folded keys (computed
 * when first asked), and which mention covers each token. Not thread-safe; one per call.
 */
final class TextIndex {
  final String text;
  final List<Token> tokens;
  final List<EntityMention> mentions;
  private final String[] keys;
  /** The mention covering each token, -1 for none; a person wins over another type. */
  private final int[] mentionAt;

  TextIndex(String text, List<EntityMention> mentions) {
    this.text = text;
    this.tokens = Tokenizer.surface().tokenize(text);
    this.mentions = mentions;
    this.keys = new String[tokens.size()];
    this.mentionAt = new int[tokens.size()];
    Arrays.fill(mentionAt, -1);
    for (int m = 0; m < mentions.size(); m++) {
      EntityMention e = mentions.get(m);
      for (int t = tokenAt(e.start()); t < tokens.size() && tokens.get(t).start() < e.end(); t++) {
        if (tokens.get(t).end() <= e.start()) continue;
        int old = mentionAt[t];
        if (old < 0 || !isPerson(old) && isPerson(m)) mentionAt[t] = m;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int t) {
    return tokens.get(t);
  }

  String text(int t) {
    return tokens.get(t).text();
  }

  /** The folded key of token {@code t}. */
  String key(int t) {
    String k = keys[t];
    if (k == null) keys[t] = k = Keys.key(tokens.get(t).text());
    return k;
  }

  boolean isArabic(int t) {
    return tokens.get(t).type() == Token.Type.ARABIC;
  }

  boolean isPunctuation(int t, char c) {
    Token k = tokens.get(t);
    return k.type() == Token.Type.PUNCTUATION && k.text().charAt(0) == c;
  }

  boolean isComma(int t) {
    return isPunctuation(t, '،') || isPunctuation(t, ',');
  }

  /** The mention covering token {@code t}, or -1. */
  int mentionAt(int t) {
    return t < 0 || t >= mentionAt.length ? -1 : mentionAt[t];
  }

  boolean isPerson(int mention) {
    return "PERS".equals(mentions.get(mention).type());
  }

  /** The index of the token containing {@code offset}, else of the first token after it. */
  int tokenAt(int offset) {
    int lo = 0, hi = tokens.size() - 1, found = tokens.size();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** Whether a line break separates token {@code t} from the token before it. */
  boolean lineBreakBefore(int t) {
    if (t <= 0 || t >= tokens.size()) return true;
    int from = tokens.get(t - 1).end(), to = tokens.get(t).start();
    for (int i = from; i < to; i++) if (text.charAt(i) == '\n') return true;
    return false;
  }

  /** The offset in the text where token {@code t} goes on after {@code letters} peeled letters. */
  int offsetAfterLetters(int t, int letters) {
    Token k = tokens.get(t);
    return letters == 0 ? k.start() : k.start() + Keys.afterLetters(k.text(), letters);
  }

  /** The end of the paragraph (the next line break, or the end of the text) after {@code offset}. */
  int paragraphEnd(int offset) {
    int nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length() : nl;
  }
}
