package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;

class LuceneStoreTest {
  @TempDir Path dir;

  static Article article(String id, String source, String published, String title, String text) {
    return Article.builder(id).source(source).published(published).title(title).text(text)
        .language("ar").contentHash(Integer.toHexString(text.hashCode())).build();
  }

  private static final Article GOVERNMENT = article("a1", "hespress", "2021-02-22T16:18",
      "الحكومة تطلق برنامجا رقميا", "أعلنت الحكومة اليوم عن برنامج جديد للتحول الرقمي في الإدارات العمومية.");
  private static final Article FIBRE = article("a2", "le360", "2021-03-05",
      "شبكة الألياف البصرية تصل إلى الجنوب", "وصلت شبكة الألياف البصرية إلى مدن الجنوب بتكلفة 30 مليون دولار.");
  private static final Article SPORT = article("a3", "hespress", "2020-12-30",
      "المنتخب يفوز", "فاز المنتخب الوطني في مباراة ودية أمس.");

  @Test
  void findsInflectedFormsOfTheQuery() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(GOVERNMENT);
      store.put(FIBRE);
      store.put(SPORT);
      store.commit();
      // الحكومات (the governments) finds the article that says الحكومة (the government)
      SearchResult r = store.search(SearchRequest.of("الحكومات"));
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("a1");
      assertThat(r.hits().get(0).snippet()).contains("<mark>الحكومة</mark>");
      assertThat(r.facets().get("source")).containsEntry("hespress", 1);
    }
  }

  @Test
  void putIsIdempotentAndTellsStoredUpdatedUnchanged() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.put(GOVERNMENT)).isEqualTo(ArticleStore.PutOutcome.STORED);
      store.commit();
      assertThat(store.put(GOVERNMENT)).isEqualTo(ArticleStore.PutOutcome.UNCHANGED);
      Article changed = GOVERNMENT.toBuilder().text(GOVERNMENT.text() + " وأضاف الوزير.")
          .contentHash("other").build();
      assertThat(store.put(changed)).isEqualTo(ArticleStore.PutOutcome.UPDATED);
      store.commit();
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.get("a1")).contains(changed);
    }
  }

  @Test
  void filtersBySourceDateAndEntity() throws Exception {
    Article withEntity = FIBRE.toBuilder()
        .entities(List.of(new EntityMention("الاتحاد المغاربي", "ORG", 0, 16, "اتحاد المغرب العربي", null)))
        .build();
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(GOVERNMENT);
      store.put(withEntity);
      store.put(SPORT);
      store.commit();
      assertThat(ids(store, new SearchRequest("", "hespress", null, null, null, null, null, 0, 10)))
          .containsExactly("a1", "a3"); // newest first
      assertThat(ids(store, new SearchRequest("", null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 28), null, null, null, 0, 10)))
          .containsExactly("a1");
      // an actor under another spelling: with hamza, without the article
      assertThat(ids(store, new SearchRequest("", null, null, null, "إتحاد المغرب العربي", null, null, 0, 10)))
          .containsExactly("a2");
      assertThat(ids(store, new SearchRequest("", null, null, null, "الاتحاد المغاربي", null, null, 0, 10)))
          .containsExactly("a2");
    }
  }

  @Test
  void committedArticlesSurviveAndReadOnlyStoreSeesThem() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(GOVERNMENT);
      store.commit();
      store.put(FIBRE); // not committed explicitly: close commits
    }
    try (LuceneStore store = LuceneStore.openReadOnly(dir)) {
      assertThat(store.stats().articles()).isEqualTo(2);
      assertThat(store.get("a2")).isPresent();
      assertThat(store.get("missing")).isEmpty();
    }
  }

  @Test
  void undatedArticlesMixWithDatedOnesAndSortLast() throws Exception {
    Article undated = article("u1", "seeds", null, "بلا تاريخ", "نص عن الحكومة بلا تاريخ نشر.");
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(undated);
      store.put(GOVERNMENT);
      store.commit();
      assertThat(ids(store, new SearchRequest("", null, null, null, null, null, null, 0, 10)))
          .containsExactly("a1", "u1");
      assertThat(ids(store, new SearchRequest("", null, LocalDate.of(2000, 1, 1), null, null, null, null, 0, 10)))
          .containsExactly("a1");
    }
  }

  @Test
  void secondWriterIsRefusedClearly() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThatThrownBy(() -> LuceneStore.open(dir))
          .isInstanceOf(StoreException.class).hasMessageContaining("in use");
    }
  }

  @Test
  void readOnlyOpenOfMissingStoreSaysWhatToDo() {
    assertThatThrownBy(() -> LuceneStore.openReadOnly(dir.resolve("nothing")))
        .isInstanceOf(StoreException.class).hasMessageContaining("marsad ingest");
  }

  @Test
  void strayQuerySyntaxIsSearchedAsWords() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(FIBRE);
      store.commit();
      assertThat(store.search(SearchRequest.of("الألياف \"البصرية")).total()).isEqualTo(1);
    }
  }

  private static List<String> ids(LuceneStore store, SearchRequest r) throws Exception {
    return store.search(r).hits().stream().map(SearchResult.Hit::id).toList();
  }
}
