package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an Arabic word into proclitics, stem and pronoun enclitic: وبالتالي ("and consequently")
 * is و + ب + ال + تالي, لأوباما ("for Obama") is ل + أوباما, كتابهم ("their book") is كتاب + هم.
 *
 * <p>Every split the grammar allows (conjunction و ف, then preposition ب ل ك or future س, then the
 * article ال, and one pronoun ه ها هما هم هن ك كما كم كن ي ني نا) is weighed against the whole word
 * with the word frequencies of news text ({@link WordFrequencies}): a split is taken when its stem,
 * as written alone, is frequent enough to explain the word, times a weight for each clitic. So وزير
 * ("minister", 5,827 times in ANT) stays whole against زير (4 times), while وقال ("and he said")
 * splits because قال is common. This is the frequency-ratio idea of unsupervised affix learners
 * (Goldsmith's Linguistica, Morfessor), with the clitic grammar of the Penn Arabic Treebank and
 * Universal Dependencies written by hand. The weights were fitted on the development file
 * (UD Arabic-PUD) as a handful of numbers, one per clitic, never per word.
 *
 * <p>A second signal from the same list guards the first letter: a word that itself occurs after
 * ال ب ل or ك (البحيرة, لبكين), clitics that cannot stand before و ف ب ل ك س, begins with a letter
 * of its own, so a split into proclitic + stem must beat the word's count plus that evidence.
 *
 * <p>Immutable and thread-safe.
 */
public final class CliticSegmenter {
  private static final class Holder {
    static final CliticSegmenter NEWS = new CliticSegmenter(WordFrequencies.news());
  }

  /** The segmenter over the word frequencies shipped with Marsad. */
  public static CliticSegmenter news() {
    return Holder.NEWS;
  }

  private static final char WAW = 'و', FEH = 'ف', BEH = 'ب', LAM = 'ل', KAF = 'ك', SEEN = 'س';
  private static final char ALEF = 'ا', TEH = 'ت', TEH_MARBUTA = 'ة', YEH = 'ي', MAQSURA = 'ى';

  /** Pronoun enclitics, longest first so that هما is tried before ها. */
  private static final String[] PRONOUNS = {
    "هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"
  };

  /**
   * Function words that look like clitic + word but are single words in the UD Arabic treebanks:
   * كما "as", عندما "when", لكن "but", لدى "at", كذلك "also", لذا "so".
   */
  private static final Set<String> WHOLE =
      Set.of(
          "كما", "لما", "فيما", "بينما", "عندما", "حينما", "كلما", "طالما", "ريثما", "لكن",
          "لكي", "لدى", "لذا", "كذلك", "هكذا", "فقط", "ليس", "ليست", "كيف", "لعل", "بل", "لو", "لولا",
          "سوف", "سوى", "فوق", "كل", "كلا", "بعض", "وفق", "وفقا", "لدي", "بعد", "بين", "كان",
          "كانت", "كي", "لقد", "ولكن", "مما", "ممن", "عما", "عمن", "كأن");

  // Multipliers of the stem's count, one per clitic (as logs). Fitted by a coarse grid on the
  // development file; a split wins when count(stem) x weights > count(word) + UNSPLIT_PRIOR.
  private static final double W_CONJ = Math.log(25); // و
  private static final double W_FA = Math.log(5); // ف: also a root letter (فكرة "idea")
  private static final double W_PREP = Math.log(25); // ب ل
  private static final double W_KAF = Math.log(3); // ك: also a root letter (كبير "big")
  private static final double W_FUTURE = Math.log(5); // س
  private static final double W_PRONOUN = Math.log(25); // ه ها هم هما هن
  private static final double W_PRONOUN_KAF = Math.log(0.3); // ك كم كما: second person, rare in news
  private static final double W_PRONOUN_KN = Math.log(0.02); // كن: rarer still (أماكن "places")
  private static final double W_PRONOUN_YEH = Math.log(0.01); // ي: mostly the nisba (رسمي "official")
  private static final double W_PRONOUN_NA = Math.log(1); // نا: also a verb ending (عدنا "we returned")
  private static final double W_PRONOUN_NY = Math.log(0.3); // ني
  private static final double W_SHORT_STEM = Math.log(0.05); // two-letter stems collide: ورد, بيو
  private static final double W_TWO_PROCLITICS = Math.log(0.1);
  private static final double W_DEFINITE = Math.log(20); // وال بال لل: hardly ever a word's own letters
  private static final double UNSPLIT_PRIOR = 20;
  private static final double SPLIT_PRIOR = 0.01;
  private static final int UNSEEN = 1;
  // weight of that evidence against a split into proclitic + stem; F1 is flat from 10 to 100
  private static final double STEMHOOD = 25;

  private final WordFrequencies lexicon;

  public CliticSegmenter(WordFrequencies lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Segments the word {@code text[start..end)} (Arabic letters, maybe with diacritics or tatweel).
   * The segments cover the word exactly, in order.
   */
  public List<Segment> segment(CharSequence text, int start, int end) {
    int n = end - start;
    char[] key = new char[n + 1];
    int[] pos = new int[n + 1];
    int len = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      // tatweel, diacritics and a comma typed inside the word (العا،م) are not letters of the key
      if (c == '\u0640' || c == '\u060C' || ArabicNormalizer.isDiacritic(c)) continue;
      pos[len] = i;
      key[len++] = c;
    }
    pos[len] = end;
    char lastMark = 0;
    for (int i = end - 1; i >= start && ArabicNormalizer.isDiacritic(text.charAt(i)); i--) {
      if (text.charAt(i) >= '\u064B' && text.charAt(i) <= '\u064D') lastMark = text.charAt(i);
    }
    Split best = decide(key, len, lastMark);
    return best.toSegments(text, start, end, key, len, pos);
  }

  /** The segmentation of a word given alone, as {@code form} strings: "و+ب+ال+تالي". */
  public String explain(String word) {
    StringBuilder b = new StringBuilder();
    for (Segment s : segment(word, 0, word.length())) {
      if (!b.isEmpty()) b.append('+');
      b.append(s.surface(word));
    }
    return b.toString();
  }

  /** What {@link #decide} found: clitic lengths in key chars and how the stem is spelled alone. */
  private record Split(
      int conj, int prep, boolean future, boolean contractedArticle, int pronoun, String stemForm) {
    static final Split WHOLE_WORD = new Split(0, 0, false, false, 0, null);

    List<Segment> toSegments(
        CharSequence text, int start, int end, char[] key, int len, int[] pos) {
      List<Segment> out = new ArrayList<>(4);
      int k = 0;
      if (conj > 0) {
        out.add(seg(text, pos, k, k + 1, Segment.Kind.CONJUNCTION, null));
        k++;
      }
      if (prep > 0) {
        out.add(seg(text, pos, k, k + 1, future ? Segment.Kind.FUTURE : Segment.Kind.PREPOSITION, null));
        k++;
      }
      int stemEnd = len - pronoun;
      if (contractedArticle) {
        out.add(seg(text, pos, k, k + 1, Segment.Kind.ARTICLE, "ال"));
        k++;
      } else if (stemEnd - k >= 4 && key[k] == ALEF && key[k + 1] == LAM && !isRelative(key, k, stemEnd)) {
        out.add(seg(text, pos, k, k + 2, Segment.Kind.ARTICLE, null));
        k += 2;
      }
      if (stemEnd > k) {
        out.add(seg(text, pos, k, stemEnd, Segment.Kind.STEM, stemForm));
      }
      if (pronoun > 0) out.add(seg(text, pos, stemEnd, len, Segment.Kind.PRONOUN, null));
      return out;
    }

    private static Segment seg(
        CharSequence text, int[] pos, int from, int to, Segment.Kind kind, String form) {
      int s = pos[from], e = pos[to];
      return new Segment(form != null ? form : text.subSequence(s, e).toString(), kind, s, e);
    }
  }

  /** الذي التي الذين ...: relative pronouns, where ال is no article. */
  private static final Set<String> RELATIVE =
      Set.of("الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللواتي", "اللاتي", "اللائي");

  private static boolean isRelative(char[] key, int from, int to) {
    return to - from <= 6 && RELATIVE.contains(new String(key, from, to - from));
  }

  private Split decide(char[] key, int len, char lastMark) {
    if (len < 2) return Split.WHOLE_WORD;
    if (len <= 6 && WHOLE.contains(new String(key, 0, len))) return Split.WHOLE_WORD;
    int c0 = key[0] == WAW || key[0] == FEH ? 1 : 0;
    if (c0 == 1 && len - 1 <= 6 && len > 2 && WHOLE.contains(new String(key, 1, len - 1))) {
      return new Split(1, 0, false, false, 0, null);
    }
    // كلها = كل + ها, لكنه = لكن + ه, بينهم = بين + هم: a whole function word with a pronoun
    for (String pr : PRONOUNS) {
      int stemEnd = len - pr.length();
      if (stemEnd - c0 >= 2 && stemEnd <= 6 + c0 && endsWith(key, len, pr)) {
        if (WHOLE.contains(new String(key, 0, stemEnd))) return new Split(0, 0, false, false, pr.length(), null);
        if (c0 == 1 && WHOLE.contains(new String(key, 1, stemEnd - 1)))
          return new Split(1, 0, false, false, pr.length(), null);
      }
    }
    // a word ending in tanween (أحياناً, "sometimes") is indefinite: it carries no pronoun
    boolean tanween = lastMark >= '\u064B' && lastMark <= '\u064D';
    int wholeCount = lexicon.count(key, 0, len);
    double bestScore = Math.log(wholeCount + UNSPLIT_PRIOR);
    Split best = Split.WHOLE_WORD;
    char[] scratch = new char[len + 2];
    // the whole word seen after a clitic that cannot stand before another one (ال ب ل ك): لبكين,
    // الفكرة show that the word's first letter is its own, not a conjunction or preposition
    double stemhood = 0;
    if (len >= 3 && isProclitic(key[0])) {
      int evidence = 0;
      System.arraycopy(key, 0, scratch, 2, len);
      scratch[0] = ALEF;
      scratch[1] = LAM;
      evidence += lexicon.count(scratch, 0, len + 2);
      scratch[1] = BEH;
      evidence += lexicon.count(scratch, 1, len + 1);
      // ل before a word in ل is the contracted article (للجدل = ل + الجدل), no evidence
      scratch[1] = LAM;
      if (key[0] != LAM) evidence += lexicon.count(scratch, 1, len + 1);
      scratch[1] = KAF;
      evidence += lexicon.count(scratch, 1, len + 1);
      stemhood = Math.log((wholeCount + STEMHOOD * evidence + UNSPLIT_PRIOR) / (wholeCount + UNSPLIT_PRIOR));
    }
    for (int conj = 0; conj <= c0; conj++) {
      for (int prepKind = 0; prepKind < 3; prepKind++) { // none, preposition, future
        int k = conj;
        if (prepKind == 1 && !(k < len && (key[k] == BEH || key[k] == LAM || key[k] == KAF))) continue;
        if (prepKind == 2
            && !(k + 1 < len && key[k] == SEEN && (key[k + 1] == YEH || key[k + 1] == TEH
                || key[k + 1] == 'ن' || key[k + 1] == 'أ'))) continue;
        int p = prepKind == 0 ? 0 : 1;
        double w = 0;
        if (conj > 0) w += key[0] == WAW ? W_CONJ : W_FA;
        if (prepKind == 1) w += key[k] == KAF ? W_KAF : W_PREP;
        if (prepKind == 2) w += W_FUTURE;
        int stemStart = k + p;
        for (int pi = -1; pi < PRONOUNS.length; pi++) {
          int plen = pi < 0 ? 0 : PRONOUNS[pi].length();
          if (conj == 0 && p == 0 && plen == 0) continue; // that is the whole word
          if (plen > 0 && (tanween || !endsWith(key, len, PRONOUNS[pi]))) continue;
          int stemEnd = len - plen;
          int stemLen = stemEnd - stemStart;
          double wp = w;
          if (plen > 0) {
            String pr = PRONOUNS[pi];
            wp +=
                switch (pr) {
                  case "ك", "كم", "كما" -> W_PRONOUN_KAF; // second person: rare in news
                  case "كن" -> W_PRONOUN_KN; // feminine plural "your": rarer still
                  case "ي" -> W_PRONOUN_YEH; // mostly the nisba adjective: رسمي "official"
                  case "نا" -> W_PRONOUN_NA; // also the verb ending: عدنا "we returned"
                  case "ني" -> W_PRONOUN_NY;
                  default -> W_PRONOUN;
                };
            if (prepKind == 2) continue; // future verbs take object pronouns, but rarely: keep simple
          }
          if (stemLen == 0) {
            // ل or ب with a pronoun and no stem: له "to him", بها "with her"
            if (prepKind == 1 && key[k] != KAF && plen > 0 && !(key[k] == BEH && plen == 1 && key[len - 1] == YEH)) {
              return new Split(conj, 1, false, false, plen, null);
            }
            continue;
          }
          if (stemLen < 2) continue;
          boolean definite = stemLen >= 3 && key[stemStart] == ALEF && key[stemStart + 1] == LAM;
          if (definite && plen > 0) continue; // الكتاب takes no possessive
          // the stem as written alone, trying the spellings a clitic hides
          int f = lexicon.count(key, stemStart, stemLen);
          String form = null;
          boolean contracted = false;
          if (prepKind == 1 && key[k] == LAM && key[stemStart] == LAM && stemLen >= 3 && plen == 0) {
            // للسلطة = ل + السلطة: the article's alef drops after ل
            scratch[0] = ALEF;
            System.arraycopy(key, stemStart, scratch, 1, stemLen);
            int fa = lexicon.count(scratch, 0, stemLen + 1);
            if (fa >= f && stemLen >= 4 || fa > f) {
              f = fa;
              contracted = true;
            }
          }
          if (plen > 0) {
            char last = key[stemEnd - 1];
            char alt =
                last == TEH ? TEH_MARBUTA : last == YEH ? MAQSURA : last == ALEF ? MAQSURA
                    : last == 'ؤ' || last == 'ئ' ? 'ء' : 0;
            if (alt != 0) {
              System.arraycopy(key, stemStart, scratch, 0, stemLen);
              scratch[stemLen - 1] = alt;
              int fa = lexicon.count(scratch, 0, stemLen);
              if (fa > f) {
                f = fa;
                form = new String(scratch, 0, stemLen);
              }
            }
            if (last == WAW) { // قالوه = قالوا + ه
              System.arraycopy(key, stemStart, scratch, 0, stemLen);
              scratch[stemLen] = ALEF;
              int fa = lexicon.count(scratch, 0, stemLen + 1);
              if (fa > f) {
                f = fa;
                form = new String(scratch, 0, stemLen + 1);
              }
            }
          }
          if (stemLen == 2) wp += W_SHORT_STEM; // short stems collide with whole words: ورد, بيو
          if (conj + p == 2) wp += W_TWO_PROCLITICS;
          // وال بال لل before three letters or more: hardly ever a word of its own
          if ((definite && stemLen >= 4 || contracted) && conj + p > 0) wp += W_DEFINITE;
          if (f == 0 && wholeCount == 0 && plen == 0 && (definite && stemLen >= 4 || contracted
              || conj > 0 && key[0] == WAW && p == 0 && stemLen >= 3)) {
            // neither word nor stem seen: والكوبالت, وزايون are "and" + a rare word far more often
            // than a rare word of their own
            f = UNSEEN;
          }
          double s = Math.log(f + SPLIT_PRIOR) + wp;
          if (conj + p > 0) s -= stemhood;
          if (s > bestScore) {
            bestScore = s;
            best = new Split(conj, p, prepKind == 2, contracted, plen, form);
          }
        }
      }
    }
    return best;
  }

  private static boolean isProclitic(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF || c == SEEN;
  }

  private static boolean endsWith(char[] key, int len, String suffix) {
    int m = suffix.length();
    if (len < m) return false;
    for (int i = 0; i < m; i++) if (key[len - m + i] != suffix.charAt(i)) return false;
    return true;
  }
}
