package org.marsad.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes sentences as CoNLL-U (universaldependencies.org/format.html), so that the standard UD
 * evaluation (conll18_ud_eval.py, or {@link SegmentationEval}) compares our segmentation with a
 * treebank.
 *
 * <p>Syntactic words follow UD Arabic: each proclitic and pronoun is a word, the article stays with
 * its noun. In {@link Style#MULTIWORD} (the UD convention, as in PADT) a split token is a range line
 * and its words follow:
 *
 * <pre>
 * 3-4  لأوباما  _ ...
 * 3    ل
 * 4    أوباما
 * </pre>
 *
 * In {@link Style#SPLIT} (the convention of Arabic-PUD) each word is a token of its own, glued to
 * the next with {@code SpaceAfter=No}. Word forms are the characters of the text (للسلطة gives ل and
 * لسلطة), as the evaluation aligns on characters. Lemmas and features are left empty; clitics get
 * their part of speech; heads are a placeholder tree (word 1 the root) that validates.
 */
public final class ConlluWriter {
  public enum Style {
    MULTIWORD,
    SPLIT
  }

  private final Style style;

  public ConlluWriter(Style style) {
    this.style = style;
  }

  /** CoNLL-U of all {@code sentences} of {@code text}, ids {@code idPrefix-1}, {@code idPrefix-2}. */
  public String write(String idPrefix, CharSequence text, List<Sentence> sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) write(b, idPrefix + "-" + (i + 1), text, sentences.get(i));
    return b.toString();
  }

  /** Appends one sentence, ending with its blank line. */
  public void write(Appendable out, String sentId, CharSequence text, Sentence sentence) {
    try {
      out.append("# sent_id = ").append(sentId).append('\n');
      out.append("# text = ").append(oneLine(sentence.text(text))).append('\n');
      int id = 1;
      List<Token> tokens = sentence.tokens();
      for (int t = 0; t < tokens.size(); t++) {
        Token tok = tokens.get(t);
        boolean spaceAfter =
            t + 1 < tokens.size()
                ? tokens.get(t + 1).start() != tok.end()
                : tok.end() >= text.length() || Character.isWhitespace(text.charAt(tok.end()));
        List<int[]> words = words(tok); // {start, end, kind ordinal}
        if (words.size() == 1) {
          line(out, id, text, tok.start(), tok.end(), upos(tok, null), spaceAfter);
          id++;
        } else if (style == Style.MULTIWORD) {
          out.append(Integer.toString(id)).append('-').append(Integer.toString(id + words.size() - 1))
              .append('\t').append(tok.text()).append("\t_\t_\t_\t_\t_\t_\t_\t")
              .append(spaceAfter ? "_" : "SpaceAfter=No").append('\n');
          for (int[] w : words) {
            line(out, id, text, w[0], w[1], upos(tok, Segment.Kind.values()[w[2]]), true);
            id++;
          }
        } else {
          for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            boolean last = k == words.size() - 1;
            line(out, id, text, w[0], w[1], upos(tok, Segment.Kind.values()[w[2]]), last && spaceAfter);
            id++;
          }
        }
      }
      out.append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The syntactic words of a token: segments, the article joined to its stem. */
  static List<int[]> words(Token tok) {
    List<int[]> out = new ArrayList<>(3);
    int pendingArticle = -1;
    for (Segment s : tok.segments()) {
      if (s.kind() == Segment.Kind.ARTICLE) {
        pendingArticle = s.start();
        continue;
      }
      int start = pendingArticle >= 0 ? pendingArticle : s.start();
      out.add(new int[] {start, s.end(), s.kind().ordinal()});
      pendingArticle = -1;
    }
    if (pendingArticle >= 0) out.add(new int[] {pendingArticle, tok.end(), Segment.Kind.STEM.ordinal()});
    if (out.isEmpty()) out.add(new int[] {tok.start(), tok.end(), Segment.Kind.STEM.ordinal()});
    return out;
  }

  private static String upos(Token tok, Segment.Kind kind) {
    if (kind != null) {
      switch (kind) {
        case CONJUNCTION -> { return "CCONJ"; }
        case PREPOSITION -> { return "ADP"; }
        case FUTURE -> { return "AUX"; }
        case PRONOUN -> { return "PRON"; }
        default -> { }
      }
    }
    return switch (tok.type()) {
      case NUMBER -> "NUM";
      case PUNCTUATION -> "PUNCT";
      case SYMBOL -> "SYM";
      default -> "_";
    };
  }

  private static void line(Appendable out, int id, CharSequence text, int s, int e, String upos,
      boolean spaceAfter) throws IOException {
    out.append(Integer.toString(id)).append('\t').append(oneLine(text.subSequence(s, e).toString()))
        .append("\t_\t").append(upos).append("\t_\t_\t")
        .append(id == 1 ? "0" : "1").append('\t').append(id == 1 ? "root" : "dep")
        .append("\t_\t").append(spaceAfter ? "_" : "SpaceAfter=No").append('\n');
  }

  private static String oneLine(String s) {
    return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0
        ? s
        : s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
