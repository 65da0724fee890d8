package org.marsad.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.store.LuceneStore;

class EventSearchTest {
  @TempDir Path dir;

  private static Event event(String type, String date, String... actors) {
    List<Event.Actor> a =
        java.util.Arrays.stream(actors).map(x -> new Event.Actor(x, x, "PERS", null)).toList();
    return new Event(
        type,
        false,
        new Span(0, 5, "استقب"),
        List.of(),
        a,
        null,
        date,
        null,
        new Span(0, 10, "x"),
        List.of());
  }

  private static Article article(
      String id, String published, List<EntityMention> entities, Event... events) {
    return Article.builder(id)
        .published(published)
        .text("استقبل الوزير الوفد.")
        .entities(entities)
        .events(List.of(events))
        .contentHash(id)
        .build();
  }

  private static EntityMention person(String name) {
    return new EntityMention(name, "PERS", 0, name.length(), name, null);
  }

  @Test
  void listsEventsByTypeEntityAndDateLatestFirst() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(
          article(
              "a1",
              "2021-02-22T16:18",
              List.of(person("سعد الدين العثماني"), person("أمين زروق")),
              event("meeting", "2021-02-22", "سعد الدين العثماني", "أمين زروق")));
      store.put(
          article(
              "a2",
              "2016-10-19",
              List.of(person("ليليان ماسالا")),
              event("meeting", null, "ليليان ماسالا"),
              event("partnership", "2016-10-18")));
      store.put(article("a3", "2017-05-02", List.of(), event("investment", "2011")));
      store.commit();

      assertThat(EventSearch.find(store, new EventSearch.Filter(null, null, null, null), 10))
          .extracting(h -> h.articleId() + ":" + h.event().type() + "@" + h.date())
          .containsExactly(
              "a1:meeting@2021-02-22",
              "a2:meeting@2016-10-19",
              "a2:partnership@2016-10-18",
              "a3:investment@2011");
      assertThat(EventSearch.find(store, new EventSearch.Filter("meeting", null, null, null), 10))
          .extracting(EventSearch.Hit::articleId)
          .containsExactly("a1", "a2");
      // any spelling: the Arabic key of the actor's name
      assertThat(EventSearch.find(store, new EventSearch.Filter(null, "أمين زروق", null, null), 10))
          .extracting(EventSearch.Hit::articleId)
          .containsExactly("a1");
      // an undated event takes its article's day; a year meets any range inside it
      assertThat(
              EventSearch.find(
                  store,
                  new EventSearch.Filter(
                      null, null, LocalDate.of(2011, 6, 1), LocalDate.of(2016, 10, 19)),
                  10))
          .extracting(h -> h.event().type())
          .containsExactly("meeting", "partnership", "investment");
      assertThat(EventSearch.find(store, new EventSearch.Filter(null, null, null, null), 1))
          .hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0} in [{1}, {2}]: {3}")
  @CsvSource({
    "2021-02-22, 2021-02-22, 2021-02-22, true",
    "2021-02-22, 2021-02-23, , false",
    "2020-12, 2020-12-31, 2021-01-31, true",
    "2011, 2011-06-01, 2011-06-30, true",
    "2011, 2012-01-01, , false",
    ", 2011-01-01, , false",
  })
  void aDateNamesADayAMonthOrAYear(String date, LocalDate from, LocalDate to, boolean meets) {
    assertThat(EventSearch.meets(date, from, to)).isEqualTo(meets);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "pers:أمين_زروق, أمين زروق",
    "org:جامعة_الدول_العربية, جامعة الدول العربية",
    "أمين زروق, أمين زروق"
  })
  void aTypedIdKeysAsItsName(String id, String name) {
    assertThat(EventSearch.idKey(id)).isEqualTo(LuceneStore.entityKey(name));
  }

  @Test
  void fromAfterToIsAUsageError() {
    assertThatThrownBy(
            () ->
                new EventSearch.Filter(
                    null, null, LocalDate.of(2021, 2, 2), LocalDate.of(2021, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after");
  }
}
