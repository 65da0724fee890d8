package org.marsad.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.store.ArticleStore.PutOutcome;
import org.marsad.store.ConnectIndex;
import org.marsad.store.FoldedResult;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;

class ConnectorTest {
  @TempDir Path dir;

  // A report on a new digital platform, and the same report as another outlet ran it.
  static final String PLATFORM = """
      أعلنت وزارة الاقتصاد الرقمي يوم الاثنين عن إطلاق منصة رقمية جديدة لفائدة المقاولات الصغرى \
      والمتوسطة، تهدف إلى تبسيط الإجراءات الإدارية وتقليص آجال معالجة الملفات.
      وقال الوزير في ندوة صحفية بالرباط إن المنصة ستمكن أكثر من مئة ألف مقاولة من إيداع طلباتها \
      عبر الإنترنت دون الحاجة إلى التنقل إلى الإدارات العمومية.
      وأضاف أن الحكومة رصدت لهذا المشروع غلافا ماليا قدره ثلاثون مليون دولار أمريكي على مدى ثلاث \
      سنوات، في إطار الاستراتيجية الوطنية للتحول الرقمي.""";
  static final String PLATFORM_COPY = """
      وأضاف أن الحكومة رصدت لهذا المشروع غلافا ماليا قدره ثلاثون مليون دولار أمريكي على مدى ثلاث \
      سنوات، في إطار الاستراتيجية الوطنية للتحول الرقمي.
      أعلنت وزارة الاقتصاد الرقمي يوم الاثنين عن إطلاق منصة رقمية جديدة لفائدة المقاولات الصغرى \
      والمتوسطة، تهدف إلى تبسيط الإجراءات الإدارية وتقليص آجال معالجة الملفات.
      وقال الوزير في ندوة صحفية في العاصمة إن المنصة ستمكن أكثر من مئة ألف مقاولة من إيداع طلباتها \
      عبر الإنترنت دون الحاجة إلى التنقل إلى الإدارات العمومية.
      تابعونا على فيسبوك وتويتر لمزيد من الأخبار.""";
  // The same event in other words, the next day.
  static final String PLATFORM_REPORT = """
      كشف وزير الاقتصاد الرقمي عن منصة رقمية جديدة موجهة للمقاولات الصغرى والمتوسطة، ستسمح لها \
      بإيداع ملفاتها عبر الإنترنت. وأوضح أن كلفة المنصة تبلغ ثلاثين مليون دولار.""";
  static final String MATCH = """
      فاز المنتخب المغربي على نظيره البرتغالي بهدف دون رد في المباراة التي جمعتهما مساء السبت \
      على ملعب الثمامة بالدوحة، ليتأهل إلى نصف نهائي كأس العالم لأول مرة في تاريخه.""";

  static Article article(String id, String source, String day, String title, String text) {
    return Article.builder(id).source(source).published(day).title(title).text(text).language("ar")
        .contentHash(Integer.toHexString(text.hashCode())).build();
  }

  static final Article A = article("a", "hespress", "2022-12-05", "إطلاق منصة رقمية جديدة للمقاولات", PLATFORM);
  static final Article EXACT = article("b", "le360", "2022-12-05", "منصة رقمية للمقاولات - le360", PLATFORM);
  static final Article NEAR = article("c", "alyaoum24", "2022-12-05",
      "عاجل: إطلاق منصة رقمية جديدة للمقاولات | اليوم 24", PLATFORM_COPY);
  static final Article REPORT = article("d", "bbc", "2022-12-06",
      "منصة رقمية جديدة للمقاولات الصغرى والمتوسطة", PLATFORM_REPORT);
  static final Article SPORT = article("e", "bbc", "2022-12-10", "المغرب يفوز على البرتغال", MATCH);

  @Test
  void copiesPointAtTheOriginalAndJoinItsStory() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Connector c = new Connector(store);
      Article a = c.put(A).article();
      Article b = c.put(EXACT).article();
      Article near = c.put(NEAR).article();
      Article report = c.put(REPORT).article();
      Article sport = c.put(SPORT).article();
      assertThat(a.duplicateOf()).isNull();
      assertThat(a.story()).isEqualTo("story-a");
      assertThat(b.duplicateOf()).isEqualTo("a");
      assertThat(near.duplicateOf()).isEqualTo("a");
      assertThat(List.of(b.story(), near.story(), report.story())).containsOnly("story-a");
      assertThat(report.duplicateOf()).isNull();
      assertThat(sport.story()).isEqualTo("story-e");
      assertThat(c.counts()).isEqualTo(new Connector.Counts(1, 1, 2, 3));
      store.commit();
      assertThat(store.get("c").orElseThrow().duplicateOf()).isEqualTo("a");
      assertThat(new ConnectIndex(store).duplicates()).isEqualTo(2);
    }
  }

  @Test
  void reIngestingChangesNothingAndNeverMakesAnArticleItsOwnCopy() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Connector c = new Connector(store);
      for (Article x : List.of(A, EXACT, NEAR)) c.put(x);
      store.commit();
      for (Article x : List.of(A, EXACT, NEAR)) { // the next day, the same feed again
        Connector.Result r = new Connector(store).put(x);
        assertThat(r.outcome()).isEqualTo(PutOutcome.UNCHANGED);
      }
      assertThat(store.get("a").orElseThrow().duplicateOf()).isNull();
      // the original alone, re-read before its copies were committed: not a copy of its copy
      Connector fresh = new Connector(store);
      assertThat(fresh.put(A).article().duplicateOf()).isNull();
    }
  }

  @Test
  void twoCopiesArrivingAtOnceStillMeet() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Connector c = new Connector(store);
      // both prepared against the same (empty) reader, as two workers would, then put in order
      CountDownLatch ready = new CountDownLatch(2);
      List<Connector.Prepared> prepared = new ArrayList<>();
      for (Article x : List.of(A, NEAR)) {
        prepared.add(c.prepare(x));
        ready.countDown();
      }
      ready.await();
      Article first = c.put(prepared.get(0)).article(), second = c.put(prepared.get(1)).article();
      assertThat(first.duplicateOf()).isNull();
      assertThat(second.duplicateOf()).isEqualTo("a");
      // after a commit the window empties and the store answers instead
      store.commit();
      assertThat(c.put(EXACT).article().duplicateOf()).isEqualTo("a");
    }
  }

  @Test
  void searchFoldsAStoryIntoOneResultWithItsCopies() throws Exception {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Connector c = new Connector(store);
      for (Article x : List.of(A, EXACT, NEAR, REPORT, SPORT)) c.put(x);
      store.commit();
      FoldedResult r = new ConnectIndex(store).search(SearchRequest.of("منصة رقمية"));
      assertThat(r.total()).isEqualTo(4);
      assertThat(r.results()).hasSize(1);
      assertThat(r.results().get(0).matching()).isEqualTo(4);
      assertThat(r.results().get(0).folded()).hasSize(3)
          .anySatisfy(f -> assertThat(f.duplicateOf()).isEqualTo("a"));
      var story = new ConnectIndex(store).story("story-a").orElseThrow();
      assertThat(story.articles()).isEqualTo(4);
      assertThat(story.duplicates()).isEqualTo(2);
      assertThat(story.sources()).containsKeys("hespress", "le360", "alyaoum24", "bbc");
      assertThat(story.first()).isEqualTo("2022-12-05");
      assertThat(story.last()).isEqualTo("2022-12-06");
      assertThat(new ConnectIndex(store).stories(10, 2)).extracting(s -> s.id()).containsExactly("story-a");
    }
  }

  @Test
  void theGraphCountsArticlesSentencesAndEvents() throws Exception {
    String text = "استقبل سعد الدين العثماني سفير إسبانيا في الرباط. ثم اجتمعت الحكومة.";
    List<EntityMention> mentions = List.of(
        new EntityMention("سعد الدين العثماني", "PERS", 7, 25, "pers:سعد_الدين_العثماني", null),
        new EntityMention("إسبانيا", "LOC", 31, 38, null, null),
        new EntityMention("الحكومة", "ORG", 60, 67, null, null));
    try (LuceneStore store = LuceneStore.open(dir)) {
      Connector c = new Connector(store);
      c.put(Article.builder("g1").text(text).entities(mentions).contentHash("1").build());
      c.put(Article.builder("g2").text(text + " ").entities(mentions).contentHash("2").build());
      store.commit();
      ConnectIndex index = new ConnectIndex(store);
      assertThat(index.resolve("سعد الدين العثماني")).containsExactly("pers:سعد_الدين_العثماني");
      assertThat(index.neighbours("pers:سعد_الدين_العثماني", 10)).containsExactly(
          new ConnectIndex.Neighbour("loc:إسبانيا", 6, 2, 2, 0),
          new ConnectIndex.Neighbour("org:الحكومة", 2, 2, 0, 0));
      assertThat(index.actors()).hasSize(3);
    }
  }
}
