package org.marsad.text;

/**
 * One morpheme of an Arabic word: a proclitic, the definite article, the stem, or a pronoun
 * enclitic. {@code start} and {@code end} are UTF-16 offsets into the original text (end
 * exclusive); diacritics ride with the letter before them. {@code form} is the segment as it would
 * be written alone: the article hidden in للسلطة ("for the authority", ل + ال + سلطة) is ال though
 * its surface is one ل, and the stem of حكومتها ("her government") is حكومة.
 */
public record Segment(String form, Kind kind, int start, int end) {
  public enum Kind {
    /** و ف: "and", "so". */
    CONJUNCTION,
    /** ب ل ك: "with/by", "for/to", "like". */
    PREPOSITION,
    /** س: the future particle on an imperfect verb (سيكون, "will be"). */
    FUTURE,
    /** ال: the definite article; kept with its noun where treebanks (UD Arabic) write words. */
    ARTICLE,
    STEM,
    /** ه ها هما هم هن ك كما كم كن ي ني نا: object and possessive pronouns. */
    PRONOUN;

    /** Whether the segment is a syntactic word of its own (the article is not, in UD Arabic). */
    public boolean isSyntacticWord() {
      return this != ARTICLE;
    }
  }

  /** The segment's surface in the text it came from. */
  public String surface(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
