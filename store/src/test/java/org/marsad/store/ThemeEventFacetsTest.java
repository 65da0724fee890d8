package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.model.Theme;

/** Themes and event types are filters and facets of a real index. */
class ThemeEventFacetsTest {
  @TempDir Path dir;

  static Article article(
      String id, String published, String text, List<String> themes, List<String> events) {
    List<Theme> t =
        themes.stream()
            .map(th -> new Theme(th, th, 0.5, List.of(new Span(0, 4, text.substring(0, 4)))))
            .toList();
    List<Event> e =
        events.stream()
            .map(
                type ->
                    new Event(
                        type,
                        false,
                        new Span(0, 4, text.substring(0, 4)),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        new Span(0, text.length(), text),
                        List.of()))
            .toList();
    return Article.builder(id)
        .source("hespress")
        .published(published)
        .title(id)
        .text(text)
        .language("ar")
        .contentHash(Integer.toHexString(text.hashCode()))
        .themes(t)
        .events(e)
        .build();
  }

  static final Article CYBER =
      article(
          "c1",
          "2021-03-01",
          "حذرت المديرية من الهجمات السيبرانية.",
          List.of("cybersecurity"),
          List.of("statement"));
  static final Article MEETING =
      article(
          "m1",
          "2021-02-22",
          "استقبل رئيس الحكومة وفد الفيدرالية.",
          List.of("offshoring", "digitization"),
          List.of("meeting", "meeting", "launch"));
  static final Article PLAIN =
      article("p1", "2021-01-10", "فاز المنتخب الوطني في مباراة ودية.", List.of(), List.of());

  @Test
  void filtersAndCountsByThemeAndEventType() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(CYBER);
      store.put(MEETING);
      store.put(PLAIN);
      store.commit();
      SearchResult all = store.search(SearchRequest.of(""));
      assertThat(all.facets().get("theme"))
          .containsEntry("cybersecurity", 1)
          .containsEntry("offshoring", 1)
          .containsEntry("digitization", 1);
      assertThat(all.facets().get("event")) // an article counts once per type
          .containsEntry("meeting", 1)
          .containsEntry("launch", 1)
          .containsEntry("statement", 1);
      assertThat(store.search(request("offshoring", null)).hits())
          .extracting(SearchResult.Hit::id)
          .containsExactly("m1");
      assertThat(store.search(request(null, "statement")).hits())
          .extracting(SearchResult.Hit::id)
          .containsExactly("c1");
      assertThat(store.search(request("cybersecurity", "meeting")).total()).isZero();
    }
  }

  @Test
  void forEachVisitsEveryMatchingArticleOnce() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(CYBER);
      store.put(MEETING);
      store.put(PLAIN);
      store.put(
          MEETING.toBuilder()
              .text(MEETING.text() + " وأضاف.")
              .contentHash("x")
              .build()); // an update
      store.commit();
      List<String> seen = new ArrayList<>();
      store.forEach(SearchRequest.of(""), a -> seen.add(a.id()));
      assertThat(seen).containsExactlyInAnyOrder("c1", "m1", "p1");
      seen.clear();
      store.forEach(request(null, "meeting"), a -> seen.add(a.id()));
      assertThat(seen).containsExactly("m1");
    }
  }

  private static SearchRequest request(String theme, String event) {
    return new SearchRequest("", null, null, null, null, null, null, 0, 10, theme, event);
  }
}
