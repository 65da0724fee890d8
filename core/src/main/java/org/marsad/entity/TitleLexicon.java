package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heads of titles and roles ({@code marsad/entity/titles.tsv}, documented there), matched on
 * tokens: folded keys, the article ignored on every word, clitics peeled from the first.
 */
final class TitleLexicon {
  static final String RESOURCE = "/marsad/entity/titles.tsv";

  /** What a head does; see titles.tsv. */
  enum Kind { POSITION, HONORIFIC, RELATIVE, COUNTERPART, MODIFIER }

  /**
   * One head.
   *
   * @param words the folded words without their article
   * @param definite whether the head is written with the article
   */
  record Head(String written, List<String> words, Kind kind, boolean definite) {}

  /**
   * A head found in a text.
   *
   * @param first the token it starts in
   * @param end the token after its last word
   * @param start the UTF-16 offset where the head starts, after any clitic
   * @param pronounLetters letters of a pronoun suffix on a relative head (نائبه: 1), else 0
   * @param clitic whether clitics were peeled from the first word
   */
  record Match(Head head, int first, int end, int start, int pronounLetters, boolean clitic) {}

  private static final String[] PRONOUNS = {"ه", "ها", "هم", "هما"};

  private static final class Shipped {
    static final TitleLexicon TITLES = ShippedData.load(RESOURCE, TitleLexicon::read);
  }

  /** Heads by their first word, longest first; relative heads also under first word + pronoun. */
  private final Map<String, List<Head>> byFirst;
  private final Map<String, List<Head>> byFirstWithPronoun;

  private TitleLexicon(List<Head> heads) {
    Map<String, List<Head>> first = new HashMap<>();
    Map<String, List<Head>> pronoun = new HashMap<>();
    for (Head h : heads) {
      first.computeIfAbsent(h.words().get(0), k -> new ArrayList<>()).add(h);
      if (h.kind() == Kind.RELATIVE || h.kind() == Kind.COUNTERPART) {
        for (String p : PRONOUNS) {
          pronoun.computeIfAbsent(h.words().get(0) + p, k -> new ArrayList<>()).add(h);
        }
      }
    }
    Comparator<Head> longestFirst = Comparator.comparingInt((Head h) -> -h.words().size());
    first.values().forEach(l -> l.sort(longestFirst));
    this.byFirst = Map.copyOf(first);
    this.byFirstWithPronoun = Map.copyOf(pronoun);
  }

  static TitleLexicon shipped() {
    return Shipped.TITLES;
  }

  static TitleLexicon read(Reader reader, String origin) throws IOException {
    List<Head> heads = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException(origin + ":" + number + ": expected 'head<TAB>kind'");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ":" + number + ": unknown kind '" + cols[1] + "'");
      }
      String written = cols[0].strip();
      List<String> words = new ArrayList<>();
      for (String w : Keys.key(written).split("\\s+")) words.add(Keys.withoutArticle(w));
      heads.add(new Head(written, List.copyOf(words), kind, Keys.key(written).startsWith("ال")));
    }
    return new TitleLexicon(heads);
  }

  /**
   * The longest head that starts in token {@code t}, or null.
   *
   * @param clitics whether the first word may carry clitics (لرئيس, ونائبه)
   */
  Match at(TextIndex ix, int t, boolean clitics) {
    if (!ix.isArabic(t)) return null;
    String key = ix.key(t);
    List<Keys.Reading> readings = clitics ? Keys.readings(key) : List.of(new Keys.Reading(key, 0));
    for (Keys.Reading reading : readings) {
      String bare = Keys.withoutArticle(reading.key());
      boolean hasArticle = bare.length() < reading.key().length();
      int peeled = reading.peeled();
      List<Head> relatives = hasArticle ? null : byFirstWithPronoun.get(bare);
      // نائبه (his deputy) and نائبة (a deputy, feminine) share a key: the written ه decides
      boolean pronoun = relatives != null && lastLetter(ix.text(t)) != 'ة';
      List<Head> heads = pronoun ? null : byFirst.get(bare);
      if (heads != null) {
        for (Head h : heads) {
          if (h.definite() && h.kind() == Kind.HONORIFIC && !hasArticle) continue;
          int end = rest(ix, t, h);
          if (end > 0) return new Match(h, t, end, ix.offsetAfterLetters(t, peeled), 0, peeled > 0);
        }
      }
      if (pronoun) {
        Head h = relatives.get(0);
        int letters = bare.length() - h.words().get(0).length();
        return new Match(h, t, t + 1, ix.offsetAfterLetters(t, peeled), letters, peeled > 0);
      }
    }
    return null;
  }

  private static char lastLetter(String word) {
    for (int i = word.length() - 1; i >= 0; i--) {
      if (org.marsad.text.ArabicNormalizer.isArabicLetter(word.charAt(i))) return word.charAt(i);
    }
    return 0;
  }

  /** The token after the head's last word when its other words follow token {@code t}, else -1. */
  private static int rest(TextIndex ix, int t, Head h) {
    int k = t + 1;
    for (int w = 1; w < h.words().size(); w++, k++) {
      if (k >= ix.size() || ix.lineBreakBefore(k)) return -1;
      String word = h.words().get(w);
      String token = ix.text(k);
      if (!(word.equals(token) || Keys.withoutArticle(ix.key(k)).equals(word))) return -1;
    }
    return k;
  }
}
