package org.marsad.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Span;
import org.marsad.model.Theme;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * The ICT themes of the observatory (telecom infrastructure, cybersecurity, offshoring, ...) and
 * the rule that finds them in an article. The taxonomy is data: {@code marsad/topic/themes.tsv} on
 * the class path, which a user extends with a file of the same format (docs/THEMES.md).
 *
 * <p>Each theme has terms in Arabic, French and English, matched by {@link PhraseMatcher} (clitics
 * and inflections in Arabic, case and accents in Latin script). In an article:
 *
 * <ol>
 *   <li>every occurrence of every term is found, and a longer term wins the words it shares with a
 *       shorter one, whatever their themes: التعليم عن بعد ("distance learning") is one piece of
 *       evidence, not two, and الاقتصاد الرقمي ("digital economy") leaves no الرقمي ("digital") to
 *       count elsewhere; a term of weight 0 takes its words away (البريد الإلكتروني, "e-mail", is
 *       not the post);
 *   <li>the theme's raw weight is the sum over its distinct terms of {@code weight x (1 + ln
 *       count)}: repeating a term adds less than naming the theme another way;
 *   <li>the theme is kept when the raw weight is at least {@value #MIN_WEIGHT}, it has at least
 *       {@value #MIN_EVIDENCE} pieces of evidence, and one of its terms weighs 1 or more: a single
 *       passing mention, or supporting words alone, do not make a theme;
 *   <li>a theme marked {@code needs-field} (regulation, cooperation, investment, digitization:
 *       words common outside ICT) is kept only in an article of the field, one that uses the
 *       field's own words ({@code field} lines: الاتصالات، الإنترنت، الرقمي، numérique ...) at
 *       least {@value #MIN_FIELD} times: a law on citizenship is no ICT regulation;
 *   <li>its score is {@code raw / (raw + 2 x (1 + words / 500))}, in 0..1: the same evidence counts
 *       for less in a longer article.
 * </ol>
 *
 * Every theme carries all its evidence spans. Immutable and thread-safe.
 */
public final class Themes {
  static final double MIN_WEIGHT = 2.5;
  static final int MIN_EVIDENCE = 2;
  static final int MIN_FIELD = 3;

  /** A theme of the taxonomy with its labels. */
  /**
   * A theme of the taxonomy with its labels.
   *
   * @param needsField whether the theme counts only in an article of the ICT field: its terms
   *     (قانون "law", التعاون "cooperation", الاستثمار "investment") are common elsewhere
   */
  public record Definition(
      String id, String english, String arabic, String french, boolean needsField) {}

  /** The id under which the field's own words are kept. */
  private static final String FIELD = "field";

  /** One term of a theme, as the data file gives it. */
  record Term(String theme, String phrase, double weight) {}

  private static final class Holder {
    static final Themes STANDARD = standardWith(List.of());
  }

  private final Map<String, Definition> definitions;
  private final PhraseMatcher<Term> matcher;
  private final PhraseMatcher<Term> field;

  private Themes(Map<String, Definition> definitions, List<Term> terms) {
    this.definitions = definitions;
    PhraseMatcher.Builder<Term> b = PhraseMatcher.builder(), f = PhraseMatcher.builder();
    for (Term t : terms) (t.theme().equals(FIELD) ? f : b).add(t.phrase(), t);
    this.matcher = b.build();
    this.field = f.build();
  }

  /** The taxonomy shipped with Marsad. */
  public static Themes standard() {
    return Holder.STANDARD;
  }

  /**
   * The shipped taxonomy extended by the user's files: new themes, or new terms for any theme.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed record
   */
  public static Themes standard(Path... extra) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (Path p : extra) sources.add(new Source(p.toString(), Files.readString(p)));
    return standardWith(sources);
  }

  /** A taxonomy read from the given files only (no shipped themes). */
  public static Themes of(Path... files) throws IOException {
    Map<String, Definition> definitions = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    for (Path p : files) parse(p.toString(), Files.newBufferedReader(p), definitions, terms);
    return new Themes(definitions, terms);
  }

  private record Source(String name, String content) {}

  private static Themes standardWith(List<Source> extra) {
    Map<String, Definition> definitions = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    String resource = "/marsad/topic/themes.tsv";
    try (InputStream in = Themes.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the class path");
      parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8), definitions, terms);
      for (Source s : extra)
        parse(s.name(), new java.io.StringReader(s.content()), definitions, terms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Themes(definitions, terms);
  }

  private static void parse(
      String name, Reader reader, Map<String, Definition> definitions, List<Term> terms)
      throws IOException {
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
        String where = name + ":" + number + ": ";
        if (f[0].equals("theme")) {
          if (f.length < 3 || f[1].isEmpty() || f[2].isEmpty()) {
            throw new IllegalArgumentException(
                where
                    + "a theme line is: theme <TAB> id <TAB> English label"
                    + " [<TAB> Arabic <TAB> French [<TAB> needs-field]]");
          }
          if (f.length > 5 && !f[5].isEmpty() && !f[5].equals("needs-field")) {
            throw new IllegalArgumentException(
                where + "the sixth column is 'needs-field' or nothing, not '" + f[5] + "'");
          }
          definitions.put(
              f[1],
              new Definition(
                  f[1],
                  f[2],
                  f.length > 3 ? f[3] : null,
                  f.length > 4 ? f[4] : null,
                  f.length > 5 && f[5].equals("needs-field")));
          continue;
        }
        if (f[0].equals(FIELD)) {
          if (f.length < 2 || f[1].isEmpty())
            throw new IllegalArgumentException(where + "a field line is: field <TAB> term");
          terms.add(new Term(FIELD, f[1], 1));
          continue;
        }
        if (f.length < 2 || f[1].isEmpty()) {
          throw new IllegalArgumentException(
              where + "a term line is: theme id <TAB> term [<TAB> weight]");
        }
        if (!definitions.containsKey(f[0])) {
          throw new IllegalArgumentException(
              where + "unknown theme '" + f[0] + "' (define it first: theme <TAB> id <TAB> label)");
        }
        double weight = 1;
        if (f.length > 2 && !f[2].isEmpty()) {
          try {
            weight = Double.parseDouble(f[2]);
          } catch (NumberFormatException e) {
            weight = -1;
          }
          if (!(weight >= 0)) {
            throw new IllegalArgumentException(
                where + "the weight must be a number >= 0, not '" + f[2] + "'");
          }
        }
        terms.add(new Term(f[0], f[1], weight));
      }
    }
  }

  /** The themes of the taxonomy, in file order. */
  public List<Definition> definitions() {
    return List.copyOf(definitions.values());
  }

  /** The themes of a text, best first, each with all its evidence. */
  public List<Theme> find(String text) {
    return find(text, Tokenizer.news().tokenize(text));
  }

  /**
   * The themes shown by {@code tokens} (from {@link Tokenizer#news()}, offsets into the article
   * text), best first.
   */
  public List<Theme> find(String text, List<Token> tokens) {
    Map<String, List<PhraseMatcher.Match<Term>>> byTheme = new HashMap<>();
    for (PhraseMatcher.Match<Term> m : longestFirst(matcher.find(tokens), tokens.size())) {
      if (m.value().weight() > 0)
        byTheme.computeIfAbsent(m.value().theme(), k -> new ArrayList<>()).add(m);
    }
    int words = 0;
    for (Token t : tokens) {
      if (t.type() == Token.Type.ARABIC || t.type() == Token.Type.WORD) words++;
    }
    boolean inField = field.find(tokens).size() >= MIN_FIELD;
    List<Theme> out = new ArrayList<>();
    for (var entry : byTheme.entrySet()) {
      Definition d = definitions.get(entry.getKey());
      if (d.needsField() && !inField) continue;
      Theme theme = score(d, entry.getValue(), text, words);
      if (theme != null) out.add(theme);
    }
    out.sort(Comparator.comparingDouble(Theme::score).reversed().thenComparing(Theme::id));
    return out;
  }

  /**
   * The matches that keep their words: longest first, a word goes to the longest term that covers
   * it, whatever its theme (الاقتصاد الرقمي, "digital economy", leaves no الرقمي, "digital", to
   * count elsewhere). Terms of several themes on the very same words all keep them, once per theme.
   */
  private static List<PhraseMatcher.Match<Term>> longestFirst(
      List<PhraseMatcher.Match<Term>> matches, int tokens) {
    List<PhraseMatcher.Match<Term>> sorted = new ArrayList<>(matches);
    sorted.sort(
        Comparator.<PhraseMatcher.Match<Term>>comparingInt(m -> -m.length())
            .thenComparingInt(PhraseMatcher.Match::firstToken));
    boolean[] taken = new boolean[tokens];
    List<PhraseMatcher.Match<Term>> kept = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      // one group: the same words, claimed together
      PhraseMatcher.Match<Term> first = sorted.get(i);
      int j = i;
      while (j < sorted.size()
          && sorted.get(j).firstToken() == first.firstToken()
          && sorted.get(j).endToken() == first.endToken()) j++;
      boolean free = true;
      for (int t = first.firstToken(); t < first.endToken() && free; t++) free = !taken[t];
      if (free) {
        for (int t = first.firstToken(); t < first.endToken(); t++) taken[t] = true;
        // one piece of evidence per theme, however many of its spellings match here
        Map<String, PhraseMatcher.Match<Term>> best = new LinkedHashMap<>();
        for (PhraseMatcher.Match<Term> m : sorted.subList(i, j)) {
          best.merge(
              m.value().theme(), m, (a, b) -> b.value().weight() > a.value().weight() ? b : a);
        }
        kept.addAll(best.values());
      }
      i = j;
    }
    return kept;
  }

  private static Theme score(
      Definition definition, List<PhraseMatcher.Match<Term>> evidence, String text, int words) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    double strongest = 0;
    for (PhraseMatcher.Match<Term> m : evidence) {
      counts.merge(m.value().phrase(), 1, Integer::sum);
      weights.put(m.value().phrase(), m.value().weight());
      strongest = Math.max(strongest, m.value().weight());
    }
    double raw = 0;
    for (var c : counts.entrySet()) raw += weights.get(c.getKey()) * (1 + Math.log(c.getValue()));
    if (raw < MIN_WEIGHT || evidence.size() < MIN_EVIDENCE || strongest < 1) return null;
    double score = raw / (raw + 2 * (1 + words / 500.0));
    List<PhraseMatcher.Match<Term>> sorted = new ArrayList<>(evidence);
    sorted.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
    List<Span> spans = new ArrayList<>();
    for (PhraseMatcher.Match<Term> m : sorted) {
      spans.add(new Span(m.start(), m.end(), text.substring(m.start(), m.end())));
    }
    return new Theme(
        definition.id(), definition.english(), Math.round(score * 1000) / 1000.0, spans);
  }
}
