package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at . ! ? ؟ ؛ and at line breaks, working on tokens so that numbers
 * (3.5), URLs and e-mail addresses never break a sentence.
 *
 * <ul>
 *   <li>Closing quotes and brackets after the stop stay with their sentence: «...انتهى.» ends
 *       after ».
 *   <li>A period after a single letter is an abbreviation or an initial, not a stop: د. (Dr), م.
 *       (AD), ق.م (BC), أحمد ز. أمين.
 *   <li>An ellipsis (... or …) is a pause, not a stop: news writes it mid-sentence.
 *   <li>A stop inside a quotation that closes later in the paragraph does not end the sentence:
 *       the quoted words belong to the sentence that reports them (قال: "... الصحيح. اتفاق ...").
 * </ul>
 *
 * <p>Thread-safe; no state.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** The sentences of {@code text}, with tokens segmented into clitics. */
  public static List<Sentence> sentences(CharSequence text) {
    return split(text, Tokenizer.news().tokenize(text));
  }

  /** Sentence spans of {@code text}, from surface tokens (no clitic segmentation). */
  public static List<Sentence> split(CharSequence text) {
    return split(text, Tokenizer.surface().tokenize(text));
  }

  /** Groups the tokens of {@code text}, in order, into sentences. */
  public static List<Sentence> split(CharSequence text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int n = tokens.size();
    int first = 0;
    int quoteDepth = 0; // « “ open, » ” close
    boolean inAsciiQuote = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      // a line break before this token ends the sentence before it
      if (i > first && hasLineBreak(text, tokens.get(i - 1).end(), t.start())) {
        out.add(sentence(tokens, first, i));
        first = i;
        quoteDepth = 0;
        inAsciiQuote = false;
      }
      char c = t.text().charAt(0);
      if (t.type() == Token.Type.PUNCTUATION) {
        if (c == '«' || c == '“') quoteDepth++;
        else if ((c == '»' || c == '”') && quoteDepth > 0) quoteDepth--;
        else if (c == '"') inAsciiQuote = !inAsciiQuote;
      }
      if (!isStop(tokens, i)) continue;
      int last = i;
      // closing quotes, brackets and further stops stay with the sentence
      while (last + 1 < n && sameLine(text, tokens.get(last), tokens.get(last + 1))
          && isCloser(tokens.get(last + 1), inAsciiQuote, quoteDepth)) {
        Token k = tokens.get(++last);
        char kc = k.text().charAt(0);
        if (kc == '"') inAsciiQuote = false;
        else if ((kc == '»' || kc == '”') && quoteDepth > 0) quoteDepth--;
      }
      if (last + 1 >= n) break;
      if ((quoteDepth > 0 || inAsciiQuote) && closesLater(text, tokens, last + 1)) continue;
      out.add(sentence(tokens, first, last + 1));
      first = last + 1;
      i = last;
      quoteDepth = 0;
      inAsciiQuote = false;
    }
    if (first < n) out.add(sentence(tokens, first, n));
    return out;
  }

  private static boolean isStop(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.type() != Token.Type.PUNCTUATION) return false;
    String s = t.text();
    char c = s.charAt(0);
    if (c == '!' || c == '?' || c == '\u061F' || c == '\u061B') return true;
    if (c != '.' || s.length() > 1) return false; // ... is a pause
    if (i == 0) return false;
    Token prev = tokens.get(i - 1);
    if (prev.end() == t.start() && prev.text().length() == 1
        && (prev.type() == Token.Type.ARABIC || prev.type() == Token.Type.WORD)) {
      return false; // د. م. ق.م J.
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (next.start() == t.end() && next.type() == Token.Type.ARABIC && next.text().length() == 1) {
        return false; // ق.م: a letter glued after the dot
      }
    }
    return true;
  }

  private static boolean isCloser(Token t, boolean inAsciiQuote, int quoteDepth) {
    if (t.type() != Token.Type.PUNCTUATION) return false;
    char c = t.text().charAt(0);
    return c == '»' && quoteDepth > 0 || c == '”' && quoteDepth > 0 || c == '"' && inAsciiQuote
        || c == ')' || c == ']' || c == '\''
        || c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026';
  }

  /** Whether a closing quote comes later in the same paragraph. */
  private static boolean closesLater(CharSequence text, List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (i > from && hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start())) return false;
      Token t = tokens.get(i);
      if (t.type() != Token.Type.PUNCTUATION) continue;
      char c = t.text().charAt(0);
      if (c == '»' || c == '”' || c == '"') return true;
      if (c == '«' || c == '“') return false;
    }
    return false;
  }

  private static boolean sameLine(CharSequence text, Token a, Token b) {
    return !hasLineBreak(text, a.end(), b.start());
  }

  private static boolean hasLineBreak(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') return true;
    }
    return false;
  }

  private static Sentence sentence(List<Token> tokens, int from, int to) {
    return new Sentence(tokens.get(from).start(), tokens.get(to - 1).end(), tokens.subList(from, to));
  }
}
