package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Boilerplate;
import org.marsad.text.ArabicNormalizer;

/**
 * Reads a news page a crawler flattened to text: lists of other stories' headlines, a breaking-news
 * marker, a timestamp, the title (often twice), an agency byline, the body, then comment forms and
 * site notes.
 *
 * <p>Each non-empty line gets a body score from its shape (length in words, terminal punctuation,
 * sentence count, list marker, repetition, a date, lexical cues of {@link LineCues}) and from a
 * headline model learned from news titles against body sentences ({@link HeadlineModel}). The body
 * is the contiguous run of lines with the largest total score (a maximum-sum segment, weighted by
 * length, as in boilerplate detectors such as jusText and boilerpipe), so that a short paragraph
 * between two long ones stays. Lines outside the run are reported as boilerplate with a reason;
 * the title is the line repeated right before the body, or the headline-shaped line just before it.
 * Thread-safe and stateless.
 */
public final class TextPageExtractor implements Extractor {
  private final HeadlineModel headlines;

  public TextPageExtractor() {
    this(HeadlineModel.shipped());
  }

  public TextPageExtractor(HeadlineModel headlines) {
    this.headlines = headlines;
  }

  /** One non-empty line and its features. */
  static final class Line {
    final String text; // stripped, original characters
    final String key; // folded, for comparisons
    final int words;
    final int sentences;
    final boolean terminal;
    final boolean marker;
    final boolean symbolsOnly;
    final ArabicDates.Found date;
    LineCues.Kind cue;
    double headline; // learned log-odds that the line is a headline rather than body
    double body; // probability the line is body text
    boolean duplicate;

    Line(String text) {
      this.text = text;
      this.key = ArabicNormalizer.searchKey(text).replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
      this.words = countWords(text);
      this.sentences = countSentences(text);
      this.terminal = TERMINAL.matcher(text).find();
      this.marker = MARKER.matcher(text).lookingAt();
      this.symbolsOnly = !text.codePoints().anyMatch(Character::isLetterOrDigit);
      this.date = ArabicDates.find(text);
    }
  }

  private static final Pattern TERMINAL = Pattern.compile("[.!؟?…:;؛]\\s*[\"'»”)\\]]*\\s*$|[\"»”]\\s*$");
  private static final Pattern MARKER = Pattern.compile("\\s*(?:[•*·▪►◄■□●○◦‣⁃-]|\\d{1,2}[.)]\\s)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!؟?]+(?=\\s|$|[\"»”])");

  static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }

  private static int countSentences(String s) {
    Matcher m = SENTENCE_END.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Override
  public Extraction extract(RawDocument document) {
    String content = document.content().replace("\r\n", "\n").replace('\r', '\n');
    List<Line> lines = new ArrayList<>();
    for (String raw : content.split("\n")) {
      String t = strip(raw);
      if (!t.isEmpty()) lines.add(new Line(t));
    }
    if (lines.isEmpty()) {
      return new Extraction(
          document.title(), "", PublishedDates.normalize(document.published()), null, null, null,
          null, List.of());
    }
    score(lines);
    int[] segment = bodySegment(lines);
    int start = segment[0];
    int end = segment[1]; // exclusive

    String[] reasons = new String[lines.size()];
    double[] scores = new double[lines.size()];
    // Inside the body, only lines with an explicit cue and a low body score go ("اقرأ أيضا").
    for (int i = start; i < end; i++) {
      Line l = lines.get(i);
      if (l.cue != null && l.cue != LineCues.Kind.BYLINE && l.body < 0.5 && l.words <= 12) {
        reasons[i] = l.cue.reason;
      } else if (l.symbolsOnly) {
        reasons[i] = "other";
      }
    }
    // Title: the line repeated right before the body, else the headline-shaped line just before.
    int title = -1;
    int titleDup = -1;
    for (int i = start - 1; i > 0 && title < 0; i--) {
      for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
        if (lines.get(j).key.equals(lines.get(i).key) && isHeadlineShaped(lines.get(i))) {
          title = j;
          titleDup = i;
          break;
        }
      }
      if (start - i > 4) break;
    }
    String containerTitle = emptyToNull(document.title());
    if (title < 0 && containerTitle != null) {
      Set<String> want = tokens(ArabicNormalizer.searchKey(containerTitle));
      double best = 0.6;
      for (int i = 0; i < start; i++) {
        double sim = jaccard(want, tokens(lines.get(i).key));
        if (sim >= best) {
          best = sim;
          title = i;
        }
      }
    }
    if (title < 0) {
      // The nearest headline-shaped line before the body, skipping byline and timestamp lines,
      // unless it closes a list of headline-shaped lines (then it is the last other headline).
      for (int i = start - 1; i >= 0 && i >= start - 4; i--) {
        Line l = lines.get(i);
        if (isByline(l) || isTimestamp(l) || l.symbolsOnly || isBreakingMarker(l)) continue;
        if (isHeadlineShaped(l) && !l.marker && l.cue == null) {
          Line above = i > 0 ? lines.get(i - 1) : null;
          boolean listAbove =
              above != null && isHeadlineShaped(above) && !isTimestamp(above) && !isByline(above)
                  && !isBreakingMarker(above) && above.cue == null;
          if (!listAbove) title = i;
        }
        break;
      }
    }
    if (title >= 0) reasons[title] = "title";
    if (titleDup >= 0) reasons[titleDup] = "duplicate-title";

    String byline = null;
    String published = null;
    for (int i = 0; i < lines.size(); i++) {
      if (i >= start && i < end) continue;
      if (reasons[i] != null) continue;
      Line l = lines.get(i);
      boolean before = i < start;
      if (isBreakingMarker(l)) reasons[i] = "breaking-marker";
      else if (isTimestamp(l)) {
        reasons[i] = "timestamp";
        if (published == null) published = l.date.iso();
      } else if (before && isByline(l) && (title < 0 || i > title || i >= start - 3)) {
        reasons[i] = "byline";
        if (byline == null) byline = l.text;
      } else if (before && l.words >= 5 && isHeadlineShaped(l) && l.cue != LineCues.Kind.SITE_NOTE) {
        reasons[i] = "other-headline"; // "أول تعليق من ..." (a first comment from ...) is a story
      } else if (l.cue == LineCues.Kind.SITE_NOTE) reasons[i] = "site-note";
      else if (l.cue == LineCues.Kind.COMMENT_FORM || (!before && l.symbolsOnly)) {
        reasons[i] = "comment-form";
      } else if (l.cue == LineCues.Kind.NAVIGATION) reasons[i] = "navigation";
      else if (!before && l.marker && i > 0 && "site-note".equals(reasons[i - 1])) {
        reasons[i] = "site-note"; // the bullets of a note
      } else if (isHeadlineShaped(l) || l.marker) reasons[i] = "other-headline";
      else if (l.words <= 3) reasons[i] = "navigation";
      else reasons[i] = "other";
    }

    List<Boilerplate> boilerplate = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (reasons[i] == null) {
        if (!text.isEmpty()) text.append("\n\n");
        text.append(l.text);
      } else {
        scores[i] = round(Math.max(1 - l.body, reasons[i].startsWith("title") ? 0.9 : 0.5));
        boilerplate.add(new Boilerplate(l.text, reasons[i], scores[i]));
      }
    }
    String titleText = title >= 0 ? lines.get(title).text : containerTitle;
    if (published == null) published = PublishedDates.normalize(document.published());
    String dateline = null;
    if (start < lines.size()) {
      Matcher m = DATELINE.matcher(lines.get(start).text);
      if (m.find()) {
        dateline = m.group(1);
        // "القاهرة (أ ش أ) -" (Cairo (MENA) -): the agency in the dateline is the byline.
        if (byline == null && m.group(2) != null) byline = m.group(2).strip();
      }
    }
    return new Extraction(
        titleText, text.toString(), published, byline, dateline, null, null, boilerplate);
  }

  /** Sets {@link Line#cue}, {@link Line#duplicate}, {@link Line#headline} and {@link Line#body}. */
  private void score(List<Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) counts.merge(l.key, 1, Integer::sum);
    for (Line l : lines) {
      l.duplicate = counts.get(l.key) > 1 && !l.key.isEmpty();
      String folded = ArabicDates.fold(l.text);
      for (LineCues.Kind k : LineCues.ORDER) {
        // A long paragraph that mentions "تعليق" is still a paragraph: cues count on short lines.
        if (l.words <= 14 && LineCues.pattern(k).matcher(folded).find()) {
          l.cue = k;
          break;
        }
      }
      l.headline = headlines.logOdds(l.text);
      l.body = sigmoid(bodyLogit(l));
    }
  }

  /**
   * The body log-odds of a line. The weights were set on synthetic pages (ANT articles with other
   * titles prepended and comment forms appended, see {@code HeadlineModelTrainer}) and checked on
   * the seeds.
   */
  static double bodyLogit(Line l) {
    double z = -2.6;
    z += 0.2 * Math.min(l.words, 30);
    z += l.terminal ? 1.6 : 0;
    z += 0.6 * Math.min(l.sentences, 3);
    z -= 0.35 * Math.max(-4, Math.min(4, l.headline));
    z -= l.marker ? 2.5 : 0;
    z -= l.cue != null ? 3.0 : 0;
    z -= l.duplicate ? 3.0 : 0;
    z -= l.symbolsOnly ? 5 : 0;
    z -= l.date != null && l.words <= 14 ? 3.0 : 0;
    return z;
  }

  /** The maximum-sum run of lines, each weighing (body - 0.5) times its length. */
  private static int[] bodySegment(List<Line> lines) {
    int bestStart = 0, bestEnd = 0, curStart = 0;
    double best = Double.NEGATIVE_INFINITY, cur = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      double w = (l.body - 0.5) * Math.log(2 + l.words);
      if (cur <= 0) {
        cur = w;
        curStart = i;
      } else {
        cur += w;
      }
      if (cur > best) {
        best = cur;
        bestStart = curStart;
        bestEnd = i + 1;
      }
    }
    if (best <= 0) return new int[] {0, lines.size()}; // nothing reads like boilerplate around a body
    return new int[] {bestStart, bestEnd};
  }

  static boolean isHeadlineShaped(Line l) {
    return l.words >= 3 && l.words <= 30 && l.sentences <= 1 && !l.symbolsOnly;
  }

  private static boolean isTimestamp(Line l) {
    return l.date != null && l.words <= 14;
  }

  private static boolean isBreakingMarker(Line l) {
    return l.cue == LineCues.Kind.BREAKING && l.words <= 3 && l.date == null;
  }

  private static final Pattern SEPARATED = Pattern.compile("^[^.!؟?]{2,40}\\s[-–—|/]\\s[^.!؟?]{1,40}$");

  private static boolean isByline(Line l) {
    if (l.words > 8 || l.terminal && l.text.endsWith(".") && l.words > 4) return false;
    return l.cue == LineCues.Kind.BYLINE || (SEPARATED.matcher(l.text).matches() && l.words <= 6);
  }

  /** "الرباط - أكد ..." (Rabat - ...): up to three words before a dash at the start of the body. */
  private static final Pattern DATELINE =
      Pattern.compile("^([\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+){0,2})\\s*(?:\\(([^)]{1,30})\\)\\s*)?[-–—]\\s");

  private static Set<String> tokens(String key) {
    Set<String> s = new HashSet<>();
    for (String t : key.split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) s.add(t);
    return s;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int inter = 0;
    for (String t : a) if (b.contains(t)) inter++;
    return inter / (double) (a.size() + b.size() - inter);
  }

  static String strip(String s) {
    int b = 0, e = s.length();
    while (b < e && isSpace(s.charAt(b))) b++;
    while (e > b && isSpace(s.charAt(e - 1))) e--;
    return s.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200f' || c == '\u200e' || c == '\ufeff';
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
