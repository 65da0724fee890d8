package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.model.Theme;
import org.marsad.store.LuceneStore;

/**
 * {@code marsad events} and the theme and event filters of {@code marsad search}, over a real
 * store.
 */
class EventsCommandTest {
  @TempDir Path dir;

  private static Article article(
      String id, String published, String text, String actor, Event event, String theme) {
    return Article.builder(id)
        .source("example.org")
        .title("عنوان " + id)
        .published(published)
        .text(text)
        .language("ar")
        .contentHash(id)
        .entities(List.of(new EntityMention(actor, "PERS", 0, 1, actor, null)))
        .themes(
            List.of(new Theme(theme, theme, 0.6, List.of(new Span(0, 3, text.substring(0, 3))))))
        .events(List.of(event))
        .build();
  }

  private static Event event(
      String type, String trigger, String date, String place, String... actors) {
    List<Event.Actor> a =
        java.util.Arrays.stream(actors).map(x -> new Event.Actor(x, x, "PERS", null)).toList();
    return new Event(
        type,
        false,
        new Span(0, trigger.length(), trigger),
        List.of(),
        a,
        place,
        date,
        null,
        new Span(0, 20, "x"),
        List.of());
  }

  @BeforeEach
  void store() throws Exception {
    try (LuceneStore s = LuceneStore.open(dir)) {
      s.put(
          article(
              "a1",
              "2021-02-22T16:18",
              "استقباله رئيس الحكومة الفيدرالية",
              "سعد الدين العثماني",
              event("meeting", "استقباله", "2021-02-22", null, "سعد الدين العثماني", "أمين زروق"),
              "offshoring"));
      s.put(
          article(
              "a2",
              "2016-10-19",
              "لقاء جمع الكاتبة العامة",
              "ليليان ماسالا",
              event("meeting", "لقاء", "2016-10-18", "ليبروفيل", "ليليان ماسالا"),
              "regional-cooperation"));
      s.put(
          article(
              "a3",
              "2017-05-02",
              "بتمويل من البنك",
              "البنك الإفريقي للتنمية",
              event("investment", "بتمويل", "2011", null, "البنك الإفريقي للتنمية"),
              "infrastructure"));
    }
  }

  @Test
  void listsTheEventsOfATypeLatestFirst() {
    CliRun run = CliRun.of("events", "--store", dir.toString(), "--type", "meeting");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "2021-02-22  meeting  استقباله: سعد الدين العثماني, أمين زروق  [a1]",
            "2016-10-18  meeting  لقاء: ليليان ماسالا @ ليبروفيل  [a2]",
            "2 events");
  }

  @Test
  void filtersByActorAndDateAndWritesJson() throws Exception {
    CliRun run =
        CliRun.of("events", "--store", dir.toString(), "--entity", "ليليان ماسالا", "--json");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode line = ArticleJson.MAPPER.readTree(lines.get(0));
    assertThat(line.get("article").asText()).isEqualTo("a2");
    assertThat(line.at("/event/place").asText()).isEqualTo("ليبروفيل");
    assertThat(line.at("/event/actors/0/id").asText()).isEqualTo("ليليان ماسالا");

    CliRun dated =
        CliRun.of(
            "events", "--store", dir.toString(), "--from", "2011-01-01", "--to", "2016-12-31");
    assertThat(dated.out()).contains("[a2]").contains("[a3]").doesNotContain("[a1]");
  }

  @Test
  void fromAfterToIsAUsageError() {
    CliRun run =
        CliRun.of(
            "events", "--store", dir.toString(), "--from", "2021-01-02", "--to", "2021-01-01");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("marsad: ").contains("after");
  }

  @Test
  void searchFiltersAndCountsThemesAndEvents() {
    CliRun run = CliRun.of("search", "--store", dir.toString(), "--theme", "offshoring");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1 articles match")
        .contains("a1")
        .contains("themes: {offshoring=1}")
        .contains("events: {meeting=1}");
    CliRun byEvent = CliRun.of("search", "--store", dir.toString(), "--event", "investment");
    assertThat(byEvent.out()).contains("1 articles match").contains("a3");
  }
}
