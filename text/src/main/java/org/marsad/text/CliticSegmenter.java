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
          "كما", "لما", "فيما", "بينما", "عندما", "حينما", "كلما", "طالما", "ريثما", "لكن", "لكنه",
          "لكي", "لدى", "لذا", "كذلك", "هكذا", "فقط", "ليس", "ليست", "كيف", "لعل", "بل", "لو", "لولا",
          "سوف", "سوى", "فوق", "كل", "كلا", "بعض", "وفق", "وفقا", "كأن", "لدي", "بعد", "بين", "كان",
          "كانت", "كي", "لقد", "فإن", "ولكن", "لأن", "بأن", "لئن");

  // log-weights of each clitic, fitted on the development file (see class comment)
  private final double wConj = Math.log(3.0);
  private final double wFa = Math.log(0.5);
  private final double wPrep = Math.log(1.0);
  private final double wKaf = Math.log(0.3);
  private final double wFuture = Math.log(1.0);
  private final double wPronoun = Math.log(1.0);
  private final double wPronounKaf = Math.log(0.1);
  private final double wPronounYeh = Math.log(0.02);
  private final double eps = 0.3;

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
      if (c == '\u0640' || ArabicNormalizer.isDiacritic(c)) continue;
      pos[len] = i;
      key[len++] = c;
    }
    pos[len] = end;
    Split best = decide(key, len);
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
      int conj, int prep, boolean future, boolean contractedArticle, int pronoun, String stemForm,
      boolean assimilated) {
    static final Split WHOLE_WORD = new Split(0, 0, false, false, 0, null, false);

    List<Segment> toSegments(
        CharSequence text, int start, int end, char[] key, int len, int[] pos) {
      List<Segment> out = new ArrayList<>(4);
      int k = 0;
      if (conj > 0) {
        out.add(seg(text, pos, k, k + 1, Segment.Kind.CONJUNCTION, null));
        k++;
      }
      if (assimilated) { // مما = من + ما, عما = عن + ما: the nun assimilated into the mim
        String prepForm = key[k] == 'م' ? "من" : "عن";
        int plen = key[k] == 'م' ? 1 : 2;
        out.add(seg(text, pos, k, k + plen, Segment.Kind.PREPOSITION, prepForm));
        out.add(seg(text, pos, k + plen, len, Segment.Kind.STEM, null));
        return out;
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

  private Split decide(char[] key, int len) {
    if (len < 2) return Split.WHOLE_WORD;
    if (len <= 6 && WHOLE.contains(new String(key, 0, len))) return Split.WHOLE_WORD;
    int c0 = key[0] == WAW || key[0] == FEH ? 1 : 0;
    if (c0 == 1 && len - 1 <= 6 && len > 2 && WHOLE.contains(new String(key, 1, len - 1))) {
      return new Split(1, 0, false, false, 0, null, false);
    }
    // مما ممن عما عمن, alone or after a conjunction
    for (int c = 0; c <= c0; c++) {
      if (len - c == 3 && key[c] == 'م' && key[c + 1] == 'م' && (key[c + 2] == ALEF || key[c + 2] == 'ن')
          || len - c == 3 && key[c] == 'ع' && key[c + 1] == 'م' && key[c + 2] == ALEF) {
        return new Split(c, 0, false, false, 0, null, true);
      }
    }
    double bestScore = Math.log(lexicon.count(key, 0, len) + eps);
    Split best = Split.WHOLE_WORD;
    char[] scratch = new char[len + 2];
    for (int conj = 0; conj <= c0; conj++) {
      for (int prepKind = 0; prepKind < 3; prepKind++) { // none, preposition, future
        int k = conj;
        if (prepKind == 1 && !(k < len && (key[k] == BEH || key[k] == LAM || key[k] == KAF))) continue;
        if (prepKind == 2
            && !(k + 1 < len && key[k] == SEEN && (key[k + 1] == YEH || key[k + 1] == TEH
                || key[k + 1] == 'ن' || key[k + 1] == 'أ'))) continue;
        int p = prepKind == 0 ? 0 : 1;
        double w = 0;
        if (conj > 0) w += key[0] == WAW ? wConj : wFa;
        if (prepKind == 1) w += key[k] == KAF ? wKaf : wPrep;
        if (prepKind == 2) w += wFuture;
        int stemStart = k + p;
        for (int pi = -1; pi < PRONOUNS.length; pi++) {
          int plen = pi < 0 ? 0 : PRONOUNS[pi].length();
          if (conj == 0 && p == 0 && plen == 0) continue; // that is the whole word
          if (plen > 0 && !endsWith(key, len, PRONOUNS[pi])) continue;
          int stemEnd = len - plen;
          int stemLen = stemEnd - stemStart;
          double wp = w;
          if (plen > 0) {
            String pr = PRONOUNS[pi];
            wp += pr.charAt(0) == KAF ? wPronounKaf : pr.equals("ي") ? wPronounYeh : wPronoun;
            if (prepKind == 2) continue; // future verbs take object pronouns, but rarely: keep simple
          }
          if (stemLen == 0) {
            // ل or ب with a pronoun and no stem: له "to him", بها "with her"
            if (prepKind == 1 && key[k] != KAF && plen > 0 && !(key[k] == BEH && plen == 1 && key[len - 1] == YEH)) {
              double s = Math.log(1000) + wp;
              if (s > bestScore) {
                bestScore = s;
                best = new Split(conj, 1, false, false, plen, null, false);
              }
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
            if (fa > f) {
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
          double s = Math.log(f + eps) + wp;
          if (s > bestScore) {
            bestScore = s;
            best = new Split(conj, p, prepKind == 2, contracted, plen, form, false);
          }
        }
      }
    }
    return best;
  }

  private static boolean endsWith(char[] key, int len, String suffix) {
    int m = suffix.length();
    if (len < m) return false;
    for (int i = 0; i < m; i++) if (key[len - m + i] != suffix.charAt(i)) return false;
    return true;
  }
}
