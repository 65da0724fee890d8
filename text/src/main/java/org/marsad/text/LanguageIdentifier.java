package org.marsad.text;

/**
 * Tells Arabic, French and English apart (Maghreb sites mix them), from the script of the letters
 * and, for Latin text, the share of each language's most frequent function words.
 */
public final class LanguageIdentifier {
  private LanguageIdentifier() {}

  private static final java.util.Set<String> FR =
      java.util.Set.of("le", "la", "les", "des", "de", "du", "et", "est", "une", "un", "pour",
          "dans", "que", "qui", "sur", "au", "aux", "par", "avec", "pas", "ce", "il", "elle");
  private static final java.util.Set<String> EN =
      java.util.Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as",
          "was", "by", "it", "at", "from", "are", "this", "be", "an", "has", "have", "said");

  /** BCP 47 code: {@code ar}, {@code fr}, {@code en}, or {@code und} when there is too little text. */
  public static String identify(CharSequence text) {
    int arabic = 0, latin = 0;
    int n = Math.min(text.length(), 20_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F'
          || c >= '\uFB50' && c <= '\uFEFF') arabic++;
      else if (c < 0x250 && Character.isLetter(c)) latin++;
    }
    if (arabic + latin < 3) return "und";
    if (arabic >= latin) return "ar";
    int fr = 0, en = 0;
    for (String w : text.subSequence(0, n).toString().toLowerCase(java.util.Locale.ROOT)
        .split("[^\\p{L}']+")) {
      if (FR.contains(w)) fr++;
      if (EN.contains(w)) en++;
    }
    if (fr == 0 && en == 0) return "und";
    return fr > en ? "fr" : "en";
  }

  /** A paragraph of a text and its language: UTF-16 offsets, end exclusive. */
  public record Paragraph(int start, int end, String language) {}

  /**
   * The language of each paragraph (blocks separated by line breaks), for pages that mix Arabic
   * with French or English paragraphs, as Maghreb sites do. Blank lines are skipped.
   */
  public static java.util.List<Paragraph> paragraphs(CharSequence text) {
    java.util.List<Paragraph> out = new java.util.ArrayList<>();
    int n = text.length(), start = 0;
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
      int s = start, e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) out.add(new Paragraph(s, e, identify(text.subSequence(s, e))));
      start = end + 1;
    }
    return out;
  }
}
