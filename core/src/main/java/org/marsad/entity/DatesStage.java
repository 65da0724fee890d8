package org.marsad.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.marsad.model.Article;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Article#dates()} with the dates its text mentions ({@link DateFinder}), relative
 * ones resolved against the date part of {@link Article#published()} as written (its own time
 * zone: "2018-02-18T21:35:43+04:00" is the 18th). An article without a publication date gets only
 * its absolute dates.
 */
public final class DatesStage implements Stage {
  private final DateFinder finder = new DateFinder();

  @Override
  public Article apply(Article article) {
    return article.toBuilder().dates(finder.find(article.text(), publishedDay(article.published())))
        .build();
  }

  /** The day of an ISO date or date-time, or null when there is none. */
  static LocalDate publishedDay(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeException e) {
      return null; // not ISO: Identify normalizes published, so this is a hand-built record
    }
  }
}
