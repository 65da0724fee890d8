package org.marsad.service;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;

/**
 * The events over a store, filtered by type, actor and date: what {@code marsad events} lists.
 *
 * <p>The store narrows the articles first (those with an event of the type, those naming the
 * actor); then each event is kept when its type matches, one of its actors is the entity (under any
 * spelling: its name, or its id read as a name, {@code pers:أمين_زروق} as أمين زروق, has the same
 * Arabic key), and its period meets {@code [from, to]}. An event's period is its date read as a
 * day, a month (2020-12) or a year (2011); an event with no date of its own takes its article's
 * publication day.
 */
public final class EventSearch {
  private EventSearch() {}

  /** What to list; any part may be null. */
  public record Filter(String type, String entity, LocalDate from, LocalDate to) {
    public Filter {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("--from " + from + " is after --to " + to);
      }
    }
  }

  /**
   * One event with the article it was read from; {@code date} the event's, else the article's day.
   */
  public record Hit(
      String articleId, String title, String source, String published, String date, Event event) {}

  /** The matching events, latest first (undated last), at most {@code limit}. */
  public static List<Hit> find(ArticleStore store, Filter filter, int limit) throws IOException {
    SearchRequest request =
        new SearchRequest(
            "", null, null, null, filter.entity(), null, null, 0, 0, null, filter.type());
    String key = filter.entity() == null ? null : LuceneStore.entityKey(filter.entity());
    List<Hit> hits = new ArrayList<>();
    store.forEach(
        request,
        article -> {
          for (Event e : article.events()) {
            if (filter.type() != null && !filter.type().equals(e.type())) continue;
            if (key != null
                && e.actors().stream()
                    .noneMatch(
                        a ->
                            key.equals(idKey(a.id()))
                                || key.equals(LuceneStore.entityKey(a.name())))) continue;
            String date = e.date() != null ? e.date() : day(article);
            if (!meets(date, filter.from(), filter.to())) continue;
            hits.add(
                new Hit(
                    article.id(), article.title(), article.source(), article.published(), date, e));
          }
        });
    hits.sort(
        Comparator.comparing(Hit::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Hit::articleId)
            .thenComparingInt(h -> h.event().trigger().start()));
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }

  /** The key of an actor id, plain or typed ({@code pers:سعد_الدين_العثماني} keys as the name). */
  static String idKey(String id) {
    String name =
        id.matches("^[a-z]{2,5}:.+") ? id.substring(id.indexOf(':') + 1).replace('_', ' ') : id;
    return LuceneStore.entityKey(name);
  }

  private static String day(Article a) {
    return a.published() == null || a.published().length() < 10
        ? null
        : a.published().substring(0, 10);
  }

  /** Whether the period a date names (a day, a month, a year) meets {@code [from, to]}. */
  static boolean meets(String date, LocalDate from, LocalDate to) {
    if (from == null && to == null) return true;
    LocalDate first, last;
    try {
      if (date == null) return false;
      if (date.length() >= 10) {
        first = last = LocalDate.parse(date.substring(0, 10));
      } else if (date.length() == 7) {
        YearMonth m = YearMonth.parse(date);
        first = m.atDay(1);
        last = m.atEndOfMonth();
      } else if (date.length() == 4) {
        int y = Integer.parseInt(date);
        first = LocalDate.of(y, 1, 1);
        last = LocalDate.of(y, 12, 31);
      } else {
        return false;
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return false;
    }
    return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
  }
}
