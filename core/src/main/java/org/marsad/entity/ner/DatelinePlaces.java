package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.model.EntityMention;
import org.marsad.text.Token;

/**
 * The place of a report in agency style: "أكد المغرب والغابون، أمس الثلاثاء بليبروفيل، ..." — a
 * weekday, then ب and the city. The tagger often misses the city when it is rare (ليبروفيل) because
 * the ب hides it; the weekday makes the reading safe. The word after ب is a place when the name
 * lists know it as one, or when it is a rare word, with and without its ب, closed by punctuation
 * ("بليبروفيل،"): frequent words after a weekday are circumstances or other words (برصاص، بعدما،
 * بيانا، بحضور). "بمدينة X" and "بالعاصمة X" name X.
 */
final class DatelinePlaces {
  private static final Set<String> WEEKDAYS = keys(
      "الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس",
      "الجمعة", "السبت");
  /** Nouns between ب and the name: "بمدينة طنجة", "بالعاصمة الرباط". */
  private static final Set<String> PLACE_NOUNS = keys("مدينة", "العاصمة", "عاصمة");
  /** Below this count in the news word list a word after "weekday ب" is read as a name. */
  private static final int RARE = 60;

  private DatelinePlaces() {}

  /**
   * Place mentions the tagger left out in one sentence: only over tokens no mention covers.
   *
   * @param lexicon the tagger's name lists (for "the lists know it as a place")
   */
  static List<EntityMention> find(String text, List<Token> tokens, List<EntityMention> mentions,
      NerLexicon lexicon) {
    List<EntityMention> out = new ArrayList<>(1);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!WEEKDAYS.contains(NerLexicon.key(tokens.get(i).text()))) continue;
      Token next = tokens.get(i + 1);
      String word = next.text();
      if (word.length() < 4 || word.charAt(0) != '\u0628' || covered(mentions, next)) continue;
      String name = NerLexicon.key(word.substring(1));
      int start = next.start() + 1;
      int at = i + 1;
      String raw = word;
      if (PLACE_NOUNS.contains(name) && at + 1 < tokens.size()
          && !covered(mentions, tokens.get(at + 1))) {
        at++;
        start = tokens.get(at).start();
        raw = tokens.get(at).text();
        name = NerLexicon.key(raw);
        if (!isPlace(name, lexicon) && !isRareName(raw, raw, closed(tokens, at))) continue;
      } else if (!isPlace(name, lexicon) && !isRareName(word, word.substring(1), closed(tokens, at))) {
        continue;
      }
      int end = tokens.get(at).end();
      // two-word places the lists know: بالدار البيضاء
      if (at + 1 < tokens.size() && !covered(mentions, tokens.get(at + 1))) {
        String two = name + " " + NerLexicon.key(tokens.get(at + 1).text());
        if (isPlace(two, lexicon)) end = tokens.get(at + 1).end();
      }
      out.add(new EntityMention(text.substring(start, end), "LOC", start, end, null, null));
    }
    return out;
  }

  private static boolean isPlace(String key, NerLexicon lexicon) {
    return (lexicon.gazetteerTypes(Hashing.of(key)) & NerLexicon.LOC) != 0;
  }

  /** A word unknown to the news word list, as written and without its ب, closed by punctuation. */
  private static boolean isRareName(String written, String bare, boolean closed) {
    var freq = org.marsad.text.WordFrequencies.news();
    return closed && bare.length() >= 4 && !bare.startsWith("ال")
        && freq.count(written) < RARE && freq.count(bare) < RARE
        && bare.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
  }

  /** The token after {@code at} is punctuation, or there is none. */
  private static boolean closed(List<Token> tokens, int at) {
    if (at + 1 >= tokens.size()) return true;
    String t = tokens.get(at + 1).text();
    return t.length() == 1 && ".,،؛;:".indexOf(t.charAt(0)) >= 0;
  }

  private static boolean covered(List<EntityMention> mentions, Token t) {
    for (EntityMention m : mentions) if (m.start() < t.end() && t.start() < m.end()) return true;
    return false;
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(NerLexicon::key).collect(Collectors.toUnmodifiableSet());
  }
}
