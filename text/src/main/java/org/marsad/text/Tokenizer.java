package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into surface tokens — Arabic words, words in other scripts, numbers, punctuation,
 * URLs, e-mail addresses, hashtags and mentions — with UTF-16 offsets, and segments each Arabic
 * word into its clitics ({@link CliticSegmenter}).
 *
 * <p>Conventions, those of the UD Arabic treebanks: punctuation is a token of its own, except
 * inside numbers (3.5, 1,365, 23:45) and in ellipses (...); a hyphen between words is a token; a
 * tatweel at the edge of a word is a dash (الإحصاء ـ), inside one it is elongation (جـميل) and
 * stays; an Arabic comma typed between two letters of a word (العا،م) stays in the word, whose
 * matching key repairs it ({@link ArabicNormalizer}); the article before digits stays with them
 * (الـ84, "the 84th").
 *
 * <p>Immutable and thread-safe; one pass over the characters, no regular expressions.
 */
public final class Tokenizer {
  private static final class Holder {
    static final Tokenizer NEWS = new Tokenizer(CliticSegmenter.news());
    static final Tokenizer SURFACE = new Tokenizer(null);
  }

  private final CliticSegmenter segmenter;

  /** Tokens with their clitic segments, over the lexicon shipped with Marsad. */
  public static Tokenizer news() {
    return Holder.NEWS;
  }

  /** Surface tokens only: each Arabic word is one stem segment (faster; for sentence splitting). */
  public static Tokenizer surface() {
    return Holder.SURFACE;
  }

  /** @param segmenter null for surface tokens only */
  public Tokenizer(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from..to)}, offsets into the whole {@code text}. */
  public List<Token> tokenize(CharSequence text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
          || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\uFEFF') {
        i++;
        continue;
      }
      int end;
      if (ArabicNormalizer.isArabicLetter(c) || isPresentationLetter(c)) {
        end = arabicWord(text, i, to);
        int afterTatweel = end;
        while (afterTatweel < to && text.charAt(afterTatweel) == '\u0640') afterTatweel++;
        if (isArticle(text, i, end) && afterTatweel < to && isDigit(text.charAt(afterTatweel))) {
          end = afterTatweel;
          end = number(text, end, to); // الـ84: the article with a number
          add(out, text, Token.Type.ARABIC, i, end, false);
        } else {
          add(out, text, Token.Type.ARABIC, i, end, true);
        }
      } else if (isDigit(c)) {
        end = number(text, i, to);
        if (end < to && isLatinLetter(text.charAt(end))) { // 5G, 3D
          end = latinWord(text, end, to);
          add(out, text, Token.Type.WORD, i, end, false);
        } else {
          add(out, text, Token.Type.NUMBER, i, end, false);
        }
      } else if ((end = url(text, i, to)) > i) {
        add(out, text, Token.Type.URL, i, end, false);
      } else if ((end = email(text, i, to)) > i) {
        add(out, text, Token.Type.EMAIL, i, end, false);
      } else if ((c == '#' || c == '@') && i + 1 < to && isWordChar(text.charAt(i + 1))) {
        end = i + 1;
        while (end < to && (isWordChar(text.charAt(end)) || text.charAt(end) == '_')) end++;
        add(out, text, c == '#' ? Token.Type.HASHTAG : Token.Type.MENTION, i, end, false);
      } else if (c != '\u0640' && Character.isLetter(c) || Character.isHighSurrogate(c) && i + 1 < to
          && Character.isLetter(Character.codePointAt(text, i))) {
        end = latinWord(text, i, to);
        add(out, text, Token.Type.WORD, i, end, false);
      } else if (Character.isHighSurrogate(c) && i + 1 < to) {
        add(out, text, Token.Type.SYMBOL, i, i + 2, false); // emoji and other astral symbols
        end = i + 2;
      } else {
        end = i + 1;
        if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u0640' || c == '-') {
          while (end < to && text.charAt(end) == c) end++; // ... !! ؟؟ ـــ --
        }
        add(out, text, isPunctuation(c) ? Token.Type.PUNCTUATION : Token.Type.SYMBOL, i, end, false);
      }
      i = end;
    }
    return out;
  }

  private void add(List<Token> out, CharSequence text, Token.Type type, int s, int e, boolean segment) {
    String surface = text.subSequence(s, e).toString();
    List<Segment> segments;
    if (type != Token.Type.ARABIC) segments = List.of();
    else if (segment && segmenter != null) segments = segmenter.segment(text, s, e);
    else segments = List.of(new Segment(surface, Segment.Kind.STEM, s, e));
    out.add(new Token(surface, type, s, e, segments));
  }

  /** End of the Arabic word starting at {@code i}: letters, marks, inner tatweel, inner comma. */
  private static int arabicWord(CharSequence t, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = t.charAt(j);
      if (ArabicNormalizer.isArabicLetter(c) || ArabicNormalizer.isDiacritic(c) || isPresentationLetter(c)) {
        j++;
      } else if (c == '\u0640' || c == '\u060C') {
        // tatweel or comma: inside the word only when a letter follows (after more tatweel)
        int k = j + 1;
        if (c == '\u0640') while (k < to && t.charAt(k) == '\u0640') k++;
        if (k < to && ArabicNormalizer.isArabicLetter(t.charAt(k))) j = k;
        else break;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isArticle(CharSequence t, int s, int e) {
    if (e - s < 2 || t.charAt(s) != 'ا' || t.charAt(s + 1) != 'ل') return false;
    for (int k = s + 2; k < e; k++) if (t.charAt(k) != '\u0640') return false;
    return true;
  }

  private static int number(CharSequence t, int i, int to) {
    int j = i;
    while (j < to) {
      char c = t.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',' || c == ':' || c == '\u066B' || c == '\u066C' || c == '/')
          && j + 1 < to && isDigit(t.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static int latinWord(CharSequence t, int i, int to) {
    int j = i;
    while (j < to) {
      int cp = Character.codePointAt(t, j);
      if (Character.isLetterOrDigit(cp) && !ArabicNormalizer.isArabicLetter((char) cp)
          || Character.getType(cp) == Character.NON_SPACING_MARK) {
        j += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019') && j > i && j + 1 < to
          && isLatinLetter(t.charAt(j + 1))) {
        j += 2; // l'État, O'Neil
      } else if (cp == '.' && j + 1 < to && isLatinLetter(t.charAt(j + 1)) && j + 2 < to
          && t.charAt(j + 2) == '.') {
        j += 2; // U.S.  (the final dot is decided by the sentence splitter's token)
      } else {
        break;
      }
    }
    return j;
  }

  private static int url(CharSequence t, int i, int to) {
    if (!(startsWithIgnoreCase(t, i, to, "http://") || startsWithIgnoreCase(t, i, to, "https://")
        || startsWithIgnoreCase(t, i, to, "www."))) return i;
    int j = i;
    while (j < to && !Character.isWhitespace(t.charAt(j)) && !isQuoteOrBracket(t.charAt(j))) j++;
    while (j > i && isTrailing(t.charAt(j - 1))) j--;
    return j;
  }

  private static int email(CharSequence t, int i, int to) {
    if (!isAsciiAlnum(t.charAt(i))) return i;
    int j = i;
    while (j < to && (isAsciiAlnum(t.charAt(j)) || ".-_+%".indexOf(t.charAt(j)) >= 0)) j++;
    if (j >= to || t.charAt(j) != '@') return i;
    int k = j + 1, dot = -1;
    while (k < to && (isAsciiAlnum(t.charAt(k)) || t.charAt(k) == '-' || t.charAt(k) == '.')) {
      if (t.charAt(k) == '.') dot = k;
      k++;
    }
    while (k > j && t.charAt(k - 1) == '.') k--;
    return dot > j + 1 && dot < k - 1 ? k : i;
  }

  private static boolean startsWithIgnoreCase(CharSequence t, int i, int to, String p) {
    if (to - i < p.length()) return false;
    for (int k = 0; k < p.length(); k++)
      if (Character.toLowerCase(t.charAt(i + k)) != p.charAt(k)) return false;
    return true;
  }

  private static boolean isTrailing(char c) {
    return ".,;:!?)]}'\"»”،؛؟".indexOf(c) >= 0;
  }

  private static boolean isQuoteOrBracket(char c) {
    return "\"«»“”<>".indexOf(c) >= 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean isLatinLetter(char c) {
    return Character.isLetter(c) && !ArabicNormalizer.isArabicLetter(c) && !isPresentationLetter(c);
  }

  private static boolean isPresentationLetter(char c) {
    return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicNormalizer.isDiacritic(c) || c == '\u0640';
  }

  private static boolean isPunctuation(char c) {
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION || c == '\u0640';
  }
}
