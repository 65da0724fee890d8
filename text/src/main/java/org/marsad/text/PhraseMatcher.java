package org.marsad.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the phrases of a lexicon in tokenized text, each word matched on its key so that one entry
 * covers the forms news writes: الألياف البصرية ("optical fibre") finds بالألياف البصرية, and شراكة
 * ("partnership") finds والشراكات.
 *
 * <p>How a word matches:
 *
 * <ul>
 *   <li><b>Arabic</b>: the stem segment of the word ({@link CliticSegmenter}: proclitics و ف ب ل ك
 *       س, the article ال and a pronoun enclitic set apart, حكومتها to حكومة), folded by {@link
 *       ArabicNormalizer#searchKey}. The phrase's own words go through the same segmenter, so both
 *       sides always agree. The text's word may then carry one inflection ending the lexicon word
 *       lacks: ات ان ين ون تان تين (plurals, duals), ة (feminine, هـ once folded), ت تا وا ا (verb
 *       endings); a word ending in ة also matches its plurals and duals in ات تان تين (شراكة,
 *       شراكات). Endings are only ever taken off the text's word, never off the lexicon's: ورشة
 *       ("workshop") does not match ورش ("works, projects"), and اجتماع ("meeting") does not match
 *       اجتماعية ("social"), whose ية is no ending here.
 *   <li><b>Latin</b> (French and English, as Maghreb news mixes them): lower-cased, accents
 *       removed, an elided article dropped (l'État, d'appels), and a plural s, es or x allowed.
 *   <li>A lexicon word written with a final {@code $} matches only exactly: بيان$ ("statement")
 *       must not find بيانات ("data").
 *   <li>Punctuation inside a phrase is a word of its own (e-commerce is e - commerce), so a phrase
 *       never runs across a comma the phrase does not have.
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <V> what each phrase stands for (a theme, an event type)
 */
public final class PhraseMatcher<V> {

  /**
   * One occurrence: tokens {@code [firstToken, endToken)} of the list searched, UTF-16 offsets
   * {@code [start, end)} into the text, and the entry that matched.
   */
  public record Match<V>(int firstToken, int endToken, int start, int end, String phrase, V value) {
    public int length() {
      return endToken - firstToken;
    }
  }

  /** A lexicon word: its matching key, and for an exact word its folded surface as well. */
  private record Word(String key, boolean exact, String surface) {}

  private record Entry<V>(String phrase, List<Word> words, V value) {}

  private static final String[] ARABIC_ENDINGS = {
    "ات", "ان", "ين", "ون", "تان", "تين", "ه", "ت", "تا", "وا", "ا"
  };
  private static final String[] FEMININE_PLURALS = {"ات", "تان", "تين"};
  private static final String[] LATIN_ENDINGS = {"s", "es", "x"};

  private final Map<String, List<Entry<V>>> byFirstWord;

  private PhraseMatcher(Map<String, List<Entry<V>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects phrases; {@link #add} fails on a phrase with no word in it. */
  public static final class Builder<V> {
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    public Builder<V> add(String phrase, V value) {
      List<Word> words = new ArrayList<>();
      for (String part : phrase.strip().split("\\s+")) {
        boolean exact = part.length() > 1 && part.endsWith("$");
        String surface = exact ? part.substring(0, part.length() - 1) : part;
        for (Token t : Tokenizer.news().tokenize(surface)) {
          words.add(
              new Word(
                  key(t), exact, ArabicNormalizer.searchKey(t.text()).toLowerCase(Locale.ROOT)));
        }
      }
      if (words.isEmpty() || words.stream().allMatch(w -> w.key().isEmpty())) {
        throw new IllegalArgumentException("no word in the phrase '" + phrase + "'");
      }
      byFirstWord
          .computeIfAbsent(words.get(0).key(), k -> new ArrayList<>())
          .add(new Entry<>(phrase.strip(), List.copyOf(words), value));
      return this;
    }

    public PhraseMatcher<V> build() {
      Map<String, List<Entry<V>>> copy = new HashMap<>();
      byFirstWord.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new PhraseMatcher<>(copy);
    }
  }

  /**
   * Every occurrence of every phrase in {@code tokens} (overlapping ones included), in order of
   * their first token, longer first. The tokens must come from {@link Tokenizer#news()} (or {@link
   * SentenceSplitter#sentences}), whose Arabic words carry their clitic segments.
   */
  public List<Match<V>> find(List<Token> tokens) {
    int n = tokens.size();
    String[] keys = new String[n];
    List<List<String>> bases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys[i] = key(tokens.get(i));
      bases.add(bases(keys[i]));
    }
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Match<V>> here = new ArrayList<>();
      for (String base : bases.get(i)) {
        List<Entry<V>> entries = byFirstWord.get(base);
        if (entries == null) continue;
        for (Entry<V> e : entries) {
          int len = e.words().size();
          if (i + len > n) continue;
          boolean all = true;
          for (int w = 0; w < len && all; w++) {
            Word word = e.words().get(w);
            all =
                word.exact()
                    ? exact(tokens.get(i + w), keys[i + w], word)
                    : bases.get(i + w).contains(word.key());
          }
          if (all) {
            here.add(
                new Match<>(
                    i,
                    i + len,
                    tokens.get(i).start(),
                    tokens.get(i + len - 1).end(),
                    e.phrase(),
                    e.value()));
          }
        }
      }
      here.sort((a, b) -> Integer.compare(b.length(), a.length()));
      for (Match<V> m : here) if (!out.contains(m)) out.add(m);
    }
    return out;
  }

  /**
   * An exact word matches a token with the same key whose letters hold the word as written: the
   * segmenter may cut a word oddly (بيانا, "a statement", as ب + يا + نا), and the key alone would
   * then find any word with the same stem (وليا, "and as heir").
   */
  private static boolean exact(Token token, String key, Word word) {
    return key.equals(word.key())
        && ArabicNormalizer.searchKey(token.text())
            .toLowerCase(Locale.ROOT)
            .contains(word.surface());
  }

  /**
   * The matching key of a token: for an Arabic word, its stem segment's search key; for a Latin
   * word, lower case without accents or elided article; anything else as written.
   */
  public static String key(Token t) {
    return switch (t.type()) {
      case ARABIC -> {
        for (Segment s : t.segments()) {
          if (s.kind() == Segment.Kind.STEM) yield ArabicNormalizer.searchKey(s.form());
        }
        yield ArabicNormalizer.searchKey(t.text());
      }
      case WORD, HASHTAG -> latinKey(t.text());
      default -> t.text().toLowerCase(Locale.ROOT);
    };
  }

  private static String latinKey(String word) {
    String s =
        Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('\u2019', '\'');
    int apostrophe = s.indexOf('\'');
    if (apostrophe > 0 && apostrophe <= 3 && apostrophe < s.length() - 1) {
      s = s.substring(apostrophe + 1); // l'etat, d'appels, qu'il
    }
    return s;
  }

  /** The key itself and the keys it may be an inflected form of (see the class comment). */
  static List<String> bases(String key) {
    List<String> out = new ArrayList<>(4);
    out.add(key);
    if (key.isEmpty()) return out;
    if (ArabicNormalizer.isArabicLetter(key.charAt(key.length() - 1))) {
      for (String end : ARABIC_ENDINGS) {
        if (key.length() - end.length() >= 2 && key.endsWith(end)) {
          out.add(key.substring(0, key.length() - end.length()));
        }
      }
      for (String end : FEMININE_PLURALS) {
        if (key.length() - end.length() >= 2 && key.endsWith(end)) {
          out.add(key.substring(0, key.length() - end.length()) + "ه");
        }
      }
    } else if (Character.isLetter(key.charAt(key.length() - 1))) {
      for (String end : LATIN_ENDINGS) {
        if (key.length() - end.length() >= 3 && key.endsWith(end)) {
          out.add(key.substring(0, key.length() - end.length()));
        }
      }
    }
    return out;
  }
}
