package org.marsad.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores our tokenization, clitic segmentation and sentence splitting against a UD treebank with
 * the metrics of the CoNLL 2018 shared task, computed as its conll18_ud_eval.py does:
 *
 * <ul>
 *   <li>Both files are reduced to their characters with whitespace removed; tokens, words and
 *       sentences become spans over those characters (so both must hold the same text).
 *   <li>Tokens and sentences match when their spans are identical.
 *   <li>Words outside multiword tokens match by span. Where a multiword token is involved on either
 *       side, the script takes the smallest stretch of words, gold and system, that covers the
 *       multiword tokens overlapping it, and aligns the words inside by the longest common
 *       subsequence of their (lower-cased) forms.
 * </ul>
 *
 * Precision is correct / system, recall correct / gold, F1 their harmonic mean.
 *
 * <pre>
 * java -cp text/target/classes org.marsad.text.SegmentationEval ../shared/data/ud/ar_pud-ud-test.conllu
 * </pre>
 */
public final class SegmentationEval {
  private SegmentationEval() {}

  /** Counts for one metric. */
  public record Score(int gold, int system, int correct) {
    public double precision() {
      return system == 0 ? 0 : (double) correct / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      return gold + system == 0 ? 0 : 2.0 * correct / (gold + system);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %6.2f  R %6.2f  F1 %6.2f", 100 * precision(),
          100 * recall(), 100 * f1());
    }
  }

  /** The three segmentation metrics of the CoNLL 2018 shared task. */
  public record Result(Score tokens, Score words, Score sentences) {
    @Override
    public String toString() {
      return "Tokens     " + tokens + "\nWords      " + words + "\nSentences  " + sentences;
    }
  }

  /**
   * Runs the tokenizer over the {@code # text} lines of {@code goldConllu} (each a paragraph) and
   * scores the result against the file's own tokens, words and sentences. Clitics are written the
   * way the treebank does: as multiword tokens when it has any, else as tokens of their own.
   */
  public static Result evaluate(Path goldConllu) throws IOException {
    String gold = Files.readString(goldConllu, StandardCharsets.UTF_8);
    return score(gold, systemOutput(gold));
  }

  /** Our CoNLL-U for the {@code # text} paragraphs of a gold file. */
  public static String systemOutput(String goldConllu) {
    List<String> paragraphs = paragraphs(goldConllu);
    boolean multiword = goldConllu.lines().anyMatch(l -> !l.isEmpty()
        && Character.isDigit(l.charAt(0)) && l.indexOf('-') > 0 && l.indexOf('-') < l.indexOf('\t'));
    ConlluWriter writer =
        new ConlluWriter(multiword ? ConlluWriter.Style.MULTIWORD : ConlluWriter.Style.SPLIT);
    StringBuilder out = new StringBuilder(goldConllu.length() / 2);
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      out.append(writer.write("p" + (p + 1), text, SentenceSplitter.sentences(text)));
    }
    return out.toString();
  }

  static List<String> paragraphs(String conllu) {
    List<String> out = new ArrayList<>();
    conllu.lines().filter(l -> l.startsWith("# text = ")).forEach(l -> out.add(l.substring(9)));
    return out;
  }

  /** Scores a system CoNLL-U against a gold one. */
  public static Result score(String goldConllu, String systemConllu) {
    Ud g = Ud.parse(goldConllu, "gold");
    Ud s = Ud.parse(systemConllu, "system");
    if (!g.chars.equals(s.chars)) {
      int i = 0;
      while (i < Math.min(g.chars.length(), s.chars.length()) && g.chars.charAt(i) == s.chars.charAt(i)) i++;
      throw new IllegalArgumentException("gold and system texts differ at character " + i + ": gold '"
          + excerpt(g.chars, i) + "', system '" + excerpt(s.chars, i) + "'");
    }
    return new Result(spans(g.tokens, s.tokens), new Score(g.words.size(), s.words.size(),
        alignWords(g.words, s.words, null)), spans(g.sentences, s.sentences));
  }

  private static String excerpt(String s, int i) {
    return s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 20));
  }

  record Word(int start, int end, boolean multiword, String form) {}

  /** A CoNLL-U file as conll18_ud_eval.py sees it. */
  static final class Ud {
    final String chars;
    final List<int[]> tokens = new ArrayList<>();
    final List<Word> words = new ArrayList<>();
    final List<int[]> sentences = new ArrayList<>();

    private Ud(String chars) {
      this.chars = chars;
    }

    static Ud parse(String conllu, String name) {
      StringBuilder chars = new StringBuilder();
      List<int[]> tokens = new ArrayList<>();
      List<Word> words = new ArrayList<>();
      List<int[]> sentences = new ArrayList<>();
      int sentenceStart = -1, rangeEnd = -1;
      int[] range = null;
      int lineNo = 0;
      for (String line : (Iterable<String>) conllu.lines()::iterator) {
        lineNo++;
        if (line.startsWith("#")) continue;
        if (line.isBlank()) {
          if (sentenceStart >= 0) sentences.add(new int[] {sentenceStart, chars.length()});
          sentenceStart = -1;
          continue;
        }
        String[] col = line.split("\t", -1);
        if (col.length != 10) {
          throw new IllegalArgumentException(name + " line " + lineNo + ": " + col.length
              + " columns, CoNLL-U has 10");
        }
        String id = col[0];
        if (id.indexOf('.') >= 0) continue; // empty node
        if (sentenceStart < 0) sentenceStart = chars.length();
        String form = stripSpaces(col[1]);
        int dash = id.indexOf('-');
        if (dash > 0) {
          int s = chars.length();
          chars.append(form);
          range = new int[] {s, chars.length()};
          tokens.add(range);
          rangeEnd = Integer.parseInt(id.substring(dash + 1));
          continue;
        }
        int wid = Integer.parseInt(id);
        if (range != null && wid <= rangeEnd) {
          words.add(new Word(range[0], range[1], true, col[1].toLowerCase(Locale.ROOT)));
          if (wid == rangeEnd) range = null;
        } else {
          range = null;
          int s = chars.length();
          chars.append(form);
          tokens.add(new int[] {s, chars.length()});
          words.add(new Word(s, chars.length(), false, col[1].toLowerCase(Locale.ROOT)));
        }
      }
      if (sentenceStart >= 0) sentences.add(new int[] {sentenceStart, chars.length()});
      Ud ud = new Ud(chars.toString());
      ud.tokens.addAll(tokens);
      ud.words.addAll(words);
      ud.sentences.addAll(sentences);
      return ud;
    }

    private static String stripSpaces(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++)
        if (Character.getType(s.charAt(i)) != Character.SPACE_SEPARATOR) b.append(s.charAt(i));
      return b.toString();
    }
  }

  private static Score spans(List<int[]> gold, List<int[]> system) {
    int correct = 0, gi = 0, si = 0;
    while (gi < gold.size() && si < system.size()) {
      int[] g = gold.get(gi), s = system.get(si);
      if (s[0] < g[0]) si++;
      else if (g[0] < s[0]) gi++;
      else {
        if (g[1] == s[1]) correct++;
        gi++;
        si++;
      }
    }
    return new Score(gold.size(), system.size(), correct);
  }

  /**
   * Number of aligned words, as align_words in conll18_ud_eval.py. When {@code errors} is not
   * null, the unaligned stretches are appended to it (gold words | system words).
   */
  static int alignWords(List<Word> gold, List<Word> system, List<String> errors) {
    int aligned = 0, gi = 0, si = 0;
    while (gi < gold.size() && si < system.size()) {
      if (gold.get(gi).multiword() || system.get(si).multiword()) {
        // the multiword span: from here to where no multiword token reaches further
        int end;
        if (gold.get(gi).multiword()) {
          end = gold.get(gi).end();
          if (!system.get(si).multiword() && system.get(si).start() < gold.get(gi).start()) si++;
        } else {
          end = system.get(si).end();
          if (!gold.get(gi).multiword() && gold.get(gi).start() < system.get(si).start()) gi++;
        }
        int gs = gi, ss = si;
        while (!beyond(gold, gi, end) || !beyond(system, si, end)) {
          if (gi < gold.size() && (si >= system.size() || gold.get(gi).start() <= system.get(si).start())) {
            end = extend(gold.get(gi), end);
            gi++;
          } else {
            end = extend(system.get(si), end);
            si++;
          }
        }
        int a = lcsAlign(gold, gs, gi, system, ss, si);
        aligned += a;
        if (errors != null && a < Math.max(gi - gs, si - ss)) errors.add(forms(gold, gs, gi) + " | " + forms(system, ss, si));
      } else {
        Word g = gold.get(gi), s = system.get(si);
        if (g.start() == s.start() && g.end() == s.end()) {
          aligned++;
          gi++;
          si++;
        } else if (g.start() <= s.start()) {
          if (errors != null) errors.add(g.form() + " | " + s.form());
          gi++;
        } else {
          si++;
        }
      }
    }
    return aligned;
  }

  private static String forms(List<Word> w, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) b.append(i > from ? " " : "").append(w.get(i).form());
    return b.toString();
  }

  private static boolean beyond(List<Word> words, int i, int end) {
    return i >= words.size() || words.get(i).start() >= end;
  }

  private static int extend(Word w, int end) {
    return w.multiword() && w.end() > end ? w.end() : end;
  }

  private static int lcsAlign(List<Word> gold, int gs, int ge, List<Word> system, int ss, int se) {
    int gn = ge - gs, sn = se - ss;
    if (gn == 0 || sn == 0) return 0;
    int[][] lcs = new int[gn + 1][sn + 1];
    for (int g = gn - 1; g >= 0; g--) {
      for (int s = sn - 1; s >= 0; s--) {
        int v = gold.get(gs + g).form().equals(system.get(ss + s).form()) ? 1 + lcs[g + 1][s + 1] : 0;
        lcs[g][s] = Math.max(v, Math.max(lcs[g + 1][s], lcs[g][s + 1]));
      }
    }
    int aligned = 0, g = 0, s = 0;
    while (g < gn && s < sn) {
      if (gold.get(gs + g).form().equals(system.get(ss + s).form())) {
        aligned++;
        g++;
        s++;
      } else if (lcs[g][s] == lcs[g + 1][s]) {
        g++;
      } else {
        s++;
      }
    }
    return aligned;
  }

  /** Prints the scores on a gold file and the speed of the full tokenize-and-segment path. */
  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0]
        : System.getProperty("marsad.shared", "../shared") + "/data/ud/ar_pud-ud-test.conllu");
    if (!Files.isRegularFile(gold)) {
      System.err.println(gold + ": no such file (give the gold .conllu as first argument)");
      System.exit(1);
    }
    String goldText = Files.readString(gold, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    String system = systemOutput(goldText);
    Result r = score(goldText, system);
    System.out.printf(Locale.ROOT, "%s (%d paragraphs, %.1f s)%n%s%n", gold,
        paragraphs(goldText).size(), (System.nanoTime() - t0) / 1e9, r);
    List<String> flags = List.of(args);
    if (flags.contains("--errors")) {
      List<String> errors = new ArrayList<>();
      alignWords(Ud.parse(goldText, "gold").words, Ud.parse(system, "system").words, errors);
      errors.forEach(System.out::println);
    }
    if (flags.contains("--system")) System.out.print(system);
    speed(paragraphs(goldText));
  }

  /** Words per second of tokenization with clitic segmentation and sentence splitting, one thread. */
  private static void speed(List<String> paragraphs) {
    long words = 0;
    long start = System.nanoTime(), warm = start + 2_000_000_000L, measureStart = 0;
    long measured = 0;
    while (true) {
      for (String p : paragraphs) {
        List<Sentence> s = SentenceSplitter.sentences(p);
        if (measureStart > 0) for (Sentence x : s) measured += x.tokens().size();
        words += s.size();
      }
      long now = System.nanoTime();
      if (measureStart == 0 && now > warm) measureStart = now;
      else if (measureStart > 0 && now - measureStart > 3_000_000_000L) {
        System.out.printf(Locale.ROOT, "speed: %,.0f tokens/s (one thread, segmentation and sentences included)%n",
            measured / ((now - measureStart) / 1e9));
        return;
      }
    }
  }
}
