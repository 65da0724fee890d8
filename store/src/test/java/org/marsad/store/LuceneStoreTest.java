package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.entity.EntityResolver;
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

  /** An article naming {@code names} ({@code type, text, ...}), resolved as the pipeline does. */
  private static Article naming(String id, String... typeAndText) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> found = new java.util.ArrayList<>();
    for (int i = 0; i < typeAndText.length; i += 2) {
      int start = text.length();
      text.append(typeAndText[i + 1]).append(" قال إن القطاع مهم. ");
      found.add(new EntityMention(typeAndText[i + 1], typeAndText[i], start, start + typeAndText[i + 1].length(), null, null));
    }
    return article(id, "seeds", "2021-02-22", "خبر " + id, text.toString()).toBuilder()
        .entities(EntityResolver.standard().resolve(found)).build();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      سعد الدين العثماني          | e1
      سعد الدين العثمانى          | e1
      سعدالدين العثماني           | e1
      Saad Eddine El Othmani      | e1
      pers:سعد_الدين_العثماني     | e1
      العثماني                    | e2
      Arab League                 | e1 e2
      الجامعه العربيه             | e1 e2
      جامعة الدول العربية         | e1 e2
      org:جامعة_الدول_العربية     | e1 e2
      مهدي علوي                   | e3
      محمد علوي                   | ''
      علوي                        | ''
      غابون                       | e3
      Gabon                       | e3
      """)
  void findsAnActorUnderAnyOfItsSpellings(String entity, String ids) throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(naming("e1", "PERS", "سعد الدين العثماني", "ORG", "الجامعة العربية"));
      store.put(naming("e2", "PERS", "العثماني", "ORG", "جامعة الدول العربية"));
      store.put(naming("e3", "PERS", "مهدي علوي", "LOC", "الغابون"));
      store.commit();
      List<String> found = ids(store, new SearchRequest("", null, null, null, entity, null, null, 0, 10));
      assertThat(found).containsExactlyInAnyOrder(ids.isEmpty() ? new String[0] : ids.split(" "));
    }
  }

  @Test
  void theEntityFacetCountsCanonicalIds() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.put(naming("e1", "PERS", "سعد الدين العثماني", "ORG", "الجامعة العربية"));
      store.put(naming("e2", "PERS", "العثماني", "ORG", "جامعة الدول العربية"));
      store.commit();
      assertThat(store.search(SearchRequest.of("")).facets().get("entity"))
          .containsEntry("org:جامعة_الدول_العربية", 2).containsEntry("pers:سعد_الدين_العثماني", 1);
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
