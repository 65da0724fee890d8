package org.marsad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.text.ArabicNormalizer;

/**
 * A stand-in for the statistical tagger in tests: marks every occurrence of the given phrases,
 * longest first, where a word starts (after a clitic و ف ل ب ك, as a tagger segments) and ends.
 */
final class PhraseFinder implements MentionFinder {
  private record Phrase(String text, String type) {}

  private final List<Phrase> phrases = new ArrayList<>();

  /** Phrases as {@code type, text, type, text, ...}: {@code "PERS", "أمين زروق", "ORG", ...}. */
  static PhraseFinder of(String... typeAndText) {
    PhraseFinder f = new PhraseFinder();
    for (int i = 0; i < typeAndText.length; i += 2) f.phrases.add(new Phrase(typeAndText[i + 1], typeAndText[i]));
    f.phrases.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
    return f;
  }

  @Override
  public List<EntityMention> find(String text) {
    boolean[] taken = new boolean[text.length()];
    List<EntityMention> out = new ArrayList<>();
    for (Phrase p : phrases) {
      for (int i = text.indexOf(p.text()); i >= 0; i = text.indexOf(p.text(), i + 1)) {
        int end = i + p.text().length();
        if (!wordStart(text, i) || end < text.length() && isLetter(text.charAt(end))) continue;
        boolean free = true;
        for (int k = i; k < end && free; k++) free = !taken[k];
        if (!free) continue;
        for (int k = i; k < end; k++) taken[k] = true;
        out.add(new EntityMention(p.text(), p.type(), i, end, null, null));
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    return out;
  }

  private static boolean wordStart(String text, int i) {
    if (i == 0 || !isLetter(text.charAt(i - 1))) return true;
    int j = i - 1; // up to two clitic letters: و ف ل ب ك
    while (j >= 0 && i - j <= 2 && "وفلبك".indexOf(text.charAt(j)) >= 0) j--;
    return j < i - 1 && (j < 0 || !isLetter(text.charAt(j)));
  }

  private static boolean isLetter(char c) {
    return ArabicNormalizer.isArabicLetter(c) || Character.isLetter(c);
  }
}
