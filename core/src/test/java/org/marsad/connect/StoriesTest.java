package org.marsad.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.junit.jupiter.api.Test;

class StoriesTest {

  private static Fingerprint fp(String title, String lead) {
    return Fingerprint.of(Article.builder("x").title(title).text(lead).published("2018-04-03").build());
  }

  @ParameterizedTest(name = "{0} ~ {2}")
  @CsvSource(delimiter = '|', value = {
    // the same event, two outlets, other words: one story
    "التحالف: إفشال هجوم حوثي إيراني استهدف ناقلة نفط سعودية|أعلن التحالف عن تعرض ناقلة نفط سعودية لهجوم حوثي في البحر الأحمر|"
        + "تحالف دعم الشرعية: هجوم إرهابي حوثي يستهدف ناقلة نفط سعودية|أعلن التحالف الذي تقوده السعودية عن تعرض ناقلة نفط سعودية لهجوم حوثي|true",
    "قمة ترامب وكيم في سنغافورة|التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة|"
        + "ترامب وكيم يوقعان وثيقة في ختام قمة سنغافورة|وقع ترامب وكيم جونغ أون وثيقة مشتركة في ختام قمتهما التاريخية في سنغافورة|true",
    // same words, different events: apart
    "قمة ترامب وكيم في سنغافورة|التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة|"
        + "ارتفاع أسعار النفط في الأسواق العالمية|ارتفعت أسعار النفط الخام اليوم بعد قرار أوبك خفض الإنتاج|false",
    "المنتخب المغربي يفوز على البرتغال|فاز المنتخب المغربي على البرتغال في كأس العالم|"
        + "الحكومة المغربية تعلن ميزانية جديدة|أعلنت الحكومة المغربية عن ميزانية السنة المقبلة|false",
  })
  void reportsOfOneEventMeet(String t1, String l1, String t2, String l2, boolean same) {
    Fingerprint a = fp(t1, l1), b = fp(t2, l2);
    assertThat(Stories.similarity(a, b.vector(), b.actors()) >= Stories.THRESHOLD).isEqualTo(same);
  }

  @Test
  void sharedActorsAddToTheSimilarity() {
    Article a = Article.builder("a").title("لقاء في الرباط").text("التقى العثماني بالوفد في الرباط")
        .entities(List.of(new EntityMention("العثماني", "PERS", 6, 14, "pers:سعد_الدين_العثماني", null)))
        .build();
    Fingerprint x = Fingerprint.of(a);
    assertThat(Stories.similarity(x, x.vector(), List.of("pers:سعد_الدين_العثماني")))
        .isGreaterThan(Stories.similarity(x, x.vector(), List.of()));
  }

  @Test
  void theWindowIsAboutAWeek() {
    assertThat(Stories.inWindow(100, 107, 7)).isTrue();
    assertThat(Stories.inWindow(100, 108, 7)).isFalse();
    assertThat(Stories.inWindow(Long.MIN_VALUE, 5000, 7)).isFalse();
    assertThat(Stories.inWindow(5000, Long.MIN_VALUE, 7)).isFalse();
    assertThat(Stories.inWindow(Long.MIN_VALUE, Long.MIN_VALUE, 7)).isTrue();
  }

  @Test
  void aLigatureThatStandsForSeveralWordsGivesTermsWithoutSpaces() {
    // ﷺ expands to four words under the matching key; a stored vector must read back
    StoryVector v = StoryVector.of("قال النبي \uFDFA في الحديث", "قال النبي \uFDFA في الحديث الشريف");
    for (String t : v.terms()) assertThat(t).doesNotContain(" ");
    assertThat(StoryVector.decode(v.encode()).terms()).containsExactly(v.terms());
  }

  @Test
  void aWindowTouchesTheBucketsThatHoldItsDays() {
    // day 100 is in bucket 14 (98..104); 93..107 spans buckets 13..15
    assertThat(Stories.buckets(100, 7)).containsExactly(13, 14, 15);
    assertThat(Stories.bucket(93)).isEqualTo(13);
    assertThat(Stories.bucket(107)).isEqualTo(15);
    assertThat(Stories.buckets(-1, 0)).containsExactly(-1);
    assertThat(Stories.buckets(Long.MIN_VALUE, 7)).containsExactly(Stories.UNDATED);
    assertThat(Stories.bucketTerm(14, "غزه")).isEqualTo("14|غزه");
    assertThat(Stories.bucketTerm(Stories.UNDATED, "غزه")).isEqualTo("u|غزه");
  }

  @Test
  void theLabelIsTheMostCentralHeadline() {
    List<Article> members = List.of(
        Article.builder("1").title("ترامب وكيم يلتقيان في سنغافورة - بي بي سي عربي").build(),
        Article.builder("2").title("قمة تاريخية بين ترامب وكيم في سنغافورة").build(),
        Article.builder("3").title("كيم يصل إلى سنغافورة").build());
    assertThat(Stories.label(members)).isEqualTo("ترامب وكيم يلتقيان في سنغافورة");
  }

  @Test
  void vectorsRoundTripThroughTheStoreForm() {
    StoryVector v = fp("قمة ترامب وكيم في سنغافورة", "التقى ترامب كيم").vector();
    assertThat(StoryVector.decode(v.encode()).terms()).containsExactly(v.terms());
    assertThat(v.cosine(StoryVector.decode(v.encode()))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }
}
