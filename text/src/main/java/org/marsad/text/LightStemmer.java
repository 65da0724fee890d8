package org.marsad.text;

/**
 * A light stemmer for search: strips the definite article with its conjunction and preposition
 * prefixes, and the most frequent suffixes, after Larkey, Ballesteros and Connell's light10
 * (SIGIR 2002). Works on folded keys (see {@link ArabicNormalizer}): teh marbuta is already heh.
 *
 * <p>الحكومات (the governments) and الحكومة (the government) both give حكوم.
 */
public final class LightStemmer {
  private LightStemmer() {}

  private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
  private static final String[] SUFFIXES = {
    "ها", "ان", "ات", "ون", "ين", "يه", "يه", "ه", "ي"
  };

  public static String stem(String key) {
    char[] buf = key.toCharArray();
    return new String(buf, 0, stem(buf, buf.length));
  }

  /** Stems {@code buf[0..len)} in place; returns the new length. */
  public static int stem(char[] buf, int len) {
    int start = 0;
    if (len > 3 && buf[0] == '\u0648') { // و conjunction, only when a long word remains
      start = 1;
    }
    for (String p : PREFIXES) {
      if (len - start - p.length() >= 2 && startsWith(buf, start, len, p)) {
        start += p.length();
        break;
      }
    }
    int end = len;
    for (String s : SUFFIXES) {
      if (end - start - s.length() >= 2 && endsWith(buf, start, end, s)) {
        end -= s.length();
      }
    }
    if (start > 0) System.arraycopy(buf, start, buf, 0, end - start);
    return end - start;
  }

  private static boolean startsWith(char[] buf, int from, int len, String p) {
    if (len - from < p.length()) return false;
    for (int i = 0; i < p.length(); i++) if (buf[from + i] != p.charAt(i)) return false;
    return true;
  }

  private static boolean endsWith(char[] buf, int from, int end, String s) {
    if (end - from < s.length()) return false;
    for (int i = 0; i < s.length(); i++) if (buf[end - s.length() + i] != s.charAt(i)) return false;
    return true;
  }
}
