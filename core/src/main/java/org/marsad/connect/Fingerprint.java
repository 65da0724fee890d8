package org.marsad.connect;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.marsad.model.Article;

/**
 * Everything connecting needs from one article, computed once, outside any lock: its shingles and
 * LSH band keys (duplicates), its story vector, actors and day (stories), and the pairs of actors
 * seen together (graph). A pure function of the article.
 *
 * @param day the publication day as epoch days, or {@link Long#MIN_VALUE} when undated
 */
public record Fingerprint(
    String contentHash,
    long[] shingles,
    long[] lead,
    String[] bandKeys,
    StoryVector vector,
    List<String> actors,
    List<String> closePairs,
    long day) {

  public static Fingerprint of(Article article) {
    long[] shingles = Shingles.of(article.text());
    String[] bands =
        shingles.length >= Dedup.MIN_SHINGLES ? MinHash.standard().bandKeys(shingles) : new String[0];
    long[] lead = Shingles.lead(article.text(), Dedup.LEAD_WORDS);
    return new Fingerprint(article.contentHash(), shingles, lead, bands,
        StoryVector.of(article.title(), article.text()), Actors.of(article),
        Actors.closePairs(article), day(article.published()));
  }

  public boolean dated() {
    return day != Long.MIN_VALUE;
  }

  static long day(String published) {
    if (published == null || published.length() < 10) return Long.MIN_VALUE;
    try {
      return LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }
}
