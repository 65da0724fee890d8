package org.marsad.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.LightStemmer;
import org.marsad.text.Segment;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * The words a topic model sees: each Arabic word cut from its clitics ({@link CliticSegmenter}),
 * folded to its matching key ({@link ArabicNormalizer#searchKey}) and light-stemmed ({@link
 * LightStemmer}), so وبالحكومات ("and with the governments") and الحكومة ("the government") are
 * one word, حكوم; Latin words lower-cased; every number one word {@code <n>}; a currency sign
 * ({@code $ € £}) itself. Punctuation, URLs and mentions end a phrase: the list holds {@code null}
 * there, so that word pairs never span them.
 *
 * <p>Thread-safe and stateless.
 */
public final class TopicWords {
  private TopicWords() {}

  /** The number word. */
  public static final String NUMBER = "<n>";

  /**
   * The words of {@code text}, at most {@code maxWords} of them (the lead of a news story says
   * what it is about; the tail drifts), with {@code null} between phrases.
   *
   * @param segment whether to cut clitics with the segmenter (else only the light stemmer strips
   *     prefixes)
   */
  public static List<String> of(CharSequence text, int maxWords, boolean segment) {
    List<String> out = new ArrayList<>(Math.min(maxWords, text.length() / 5 + 8));
    if (text.isEmpty()) return out;
    Tokenizer tokenizer = segment ? Tokenizer.news() : Tokenizer.surface();
    int words = 0;
    for (Token token : tokenizer.tokenize(text, 0, lead(text, maxWords))) {
      if (words >= maxWords) break;
      switch (token.type()) {
        case ARABIC -> {
          boolean any = false;
          for (Segment s : token.segments()) {
            if (s.kind() != Segment.Kind.STEM) continue;
            String w = stem(s.form());
            if (w != null) {
              out.add(w);
              any = true;
            }
          }
          if (any) words++;
        }
        case WORD -> {
          out.add(token.text().toLowerCase(Locale.ROOT));
          words++;
        }
        case NUMBER -> {
          out.add(NUMBER);
          words++;
        }
        case HASHTAG -> { // #عاصي_الحلاني: the words of the tag
          for (String part : token.text().substring(1).split("_")) {
            String w = ArabicNormalizer.isArabicLetter(first(part)) ? stem(part) : lower(part);
            if (w != null) out.add(w);
          }
          out.add(null);
          words++;
        }
        case SYMBOL -> {
          if (token.text().length() == 1 && "$€£".indexOf(token.text().charAt(0)) >= 0) {
            out.add(token.text());
          }
        }
        default -> { // punctuation, URL, e-mail, mention
          if (!out.isEmpty() && out.get(out.size() - 1) != null) out.add(null);
        }
      }
    }
    return out;
  }

  /**
   * Where to stop tokenizing: after half as many space-separated chunks again as the words wanted
   * (a chunk is rarely more than one word), so a long text is not tokenized whole for its lead.
   */
  static int lead(CharSequence text, int maxWords) {
    if (maxWords == Integer.MAX_VALUE) return text.length();
    long chunks = maxWords + maxWords / 2L + 16;
    boolean inChunk = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (space && inChunk && --chunks == 0) return i;
      inChunk = !space;
    }
    return text.length();
  }

  /** The folded, light-stemmed key of an Arabic word; null for one letter or none. */
  static String stem(String word) {
    String key = ArabicNormalizer.searchKey(word);
    int n = 0;
    for (int i = 0; i < key.length(); i++) if (ArabicNormalizer.isArabicLetter(key.charAt(i))) n++;
    if (n < 2) return null;
    return LightStemmer.stem(key);
  }

  private static String lower(String part) {
    return part.isEmpty() ? null : part.toLowerCase(Locale.ROOT);
  }

  private static char first(String s) {
    return s.isEmpty() ? ' ' : s.charAt(0);
  }
}
