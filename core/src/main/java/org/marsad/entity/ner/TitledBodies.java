package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.model.EntityMention;
import org.marsad.text.Token;

/**
 * A body written in brackets after a title, and the person who holds the title: "الكاتب العام ل
 * ( مغرب تصدير ) العربي بوربعة". The writer detaches ل and brackets the name because it is one
 * (a company or agency named with common words, often a translation: مغرب تصدير is Maroc Export),
 * so the tagger's reading of its words (مغرب as a place) gives way to the body. The words right
 * after the closing bracket are the title holder's name when the first is a given name in the
 * name lists and the second is a rare word.
 */
final class TitledBodies {
  /** Last words of titles that point at a body with ل: "الكاتب العام ل", "رئيس ل"... */
  private static final Set<String> TITLE_ENDS = keys(
      "العام", "العامة", "رئيس", "رئيسة", "مدير", "مديرة", "المدير", "الرئيس", "نائب", "مستشار",
      "ممثل", "المنسق", "منسق", "الأمين", "الناطق", "المتحدث", "عضو", "مؤسس", "الرئيسة",
      "المديرة", "التنفيذي", "التنفيذية", "المنتدب", "باسم");
  private static final Set<String> LAM = Set.of("\u0644", "\u0644\u0640");
  private static final int MAX_WORDS = 4;

  private TitledBodies() {}

  /**
   * Bodies and title holders in one sentence; mentions of the tagger inside a bracketed body are
   * dropped from {@code mentions}.
   */
  static List<EntityMention> find(String text, List<Token> tokens, List<EntityMention> mentions,
      NerLexicon lexicon) {
    List<EntityMention> out = new ArrayList<>(0);
    for (int p = 2; p < tokens.size(); p++) {
      if (!tokens.get(p).text().equals("(")) continue;
      if (!LAM.contains(tokens.get(p - 1).text())) continue;
      if (!TITLE_ENDS.contains(NerLexicon.key(tokens.get(p - 2).text()))) continue;
      int q = p + 1;
      while (q < tokens.size() && q - p - 1 <= MAX_WORDS && !tokens.get(q).text().equals(")")) q++;
      if (q >= tokens.size() || !tokens.get(q).text().equals(")") || q == p + 1) continue;
      if (!allWords(tokens, p + 1, q)) continue;
      int start = tokens.get(p + 1).start(), end = tokens.get(q - 1).end();
      mentions.removeIf(m -> m.start() >= start && m.end() <= end);
      out.add(new EntityMention(text.substring(start, end), "ORG", start, end, null, null));
      // the title holder: a listed given name, then a rare word
      holder(text, tokens, q + 1, mentions, lexicon, out);
    }
    return out;
  }

  private static void holder(String text, List<Token> tokens, int at, List<EntityMention> mentions,
      NerLexicon lexicon, List<EntityMention> out) {
    if (at + 1 >= tokens.size()) return;
    Token given = tokens.get(at), family = tokens.get(at + 1);
    for (EntityMention m : mentions) {
      if (m.start() < family.end() && given.start() < m.end()) return; // the tagger has a reading
    }
    if ((lexicon.gazetteerTypes(Hashing.of(NerLexicon.key(given.text()))) & NerLexicon.PERS) == 0) return;
    String f = family.text();
    if (f.length() < 3 || !f.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) return;
    if (org.marsad.text.WordFrequencies.news().count(f) >= 60) return;
    out.add(new EntityMention(text.substring(given.start(), family.end()), "PERS", given.start(),
        family.end(), null, null));
  }

  private static boolean allWords(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = tokens.get(i).text();
      if (!t.chars().allMatch(Character::isLetter)) return false;
    }
    return true;
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(NerLexicon::key).collect(Collectors.toUnmodifiableSet());
  }
}
