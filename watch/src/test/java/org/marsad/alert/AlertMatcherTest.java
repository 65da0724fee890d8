package org.marsad.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.memory.MemoryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Topic;

class AlertMatcherTest {
  static final Article ARTICLE = Article.builder("a1")
      .source("hespress.com")
      .language("ar")
      .title("الحكومات تطلق مشروع الألياف البصرية")
      .text("أعلن الأمين العام للأمم المتحدة أن الحكومة المغربية ستربط القرى بشبكة الاتصالات.")
      .entities(List.of(new EntityMention("الأمين العام", "PER", 5, 17, null, null)))
      .topics(List.of(new Topic("technology", 0.9)))
      .build();

  static SavedSearch search(String query, String entity, String topic, String source) {
    return new SavedSearch("s", "s", query, entity, null, topic, source, null, null, null, 0);
  }

  @ParameterizedTest(name = "{0} | entity={1} topic={2} source={3} → {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "الحكومة              | -             | -          | -            | true",  // the government: stemmed like the store
      "الحكومات الاتصالات   | -             | -          | -            | true",  // all words
      "الحكومة تونس         | -             | -          | -            | false", // Tunisia is not there
      "تونس OR القرى        | -             | -          | -            | true",
      "\"ستربط القرى\"       | -             | -          | -            | true",  // a phrase
      "الحكومة -المغربية    | -             | -          | -            | false", // excluded word
      "-                    | الامين العام  | -          | -            | true",  // another spelling
      "-                    | الأمين        | -          | -            | false",
      "الحكومة              | -             | technology | hespress.com | true",
      "الحكومة              | -             | economy    | -            | false",
      "اتصال*               | -             | -          | -            | true",  // no presearch term
  })
  void matchesLikeTheStoreSearch(String query, String entity, String topic, String source,
      boolean expected) {
    AlertMatcher matcher = new AlertMatcher(List.of(search(query, entity, topic, source)));
    assertThat(matcher.match(ARTICLE)).hasSize(expected ? 1 : 0);
  }

  @Test
  void thePresearcherNeverDropsAMatch() {
    long seed = 20261123L;
    System.out.println("AlertMatcherTest: seed " + seed);
    Random random = new Random(seed);
    String[] words = ARTICLE.text().split("[\\s.]+");
    String[] others = {"تونس", "الجزائر", "الاستثمار", "الذكاء", "مصر"};
    List<SavedSearch> searches = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String a = random.nextBoolean() ? words[random.nextInt(words.length)]
          : others[random.nextInt(others.length)];
      String b = random.nextBoolean() ? words[random.nextInt(words.length)]
          : others[random.nextInt(others.length)];
      String q = switch (random.nextInt(3)) {
        case 0 -> a;
        case 1 -> a + " " + b;
        default -> a + " OR " + b;
      };
      searches.add(new SavedSearch("s" + i, "s" + i, q, null, null, null, null, null, null, null,
          0));
    }
    AlertMatcher matcher = new AlertMatcher(searches);
    MemoryIndex index = AlertMatcher.index(ARTICLE);
    List<String> bruteForce = new ArrayList<>();
    for (SavedSearch s : searches) {
      if (index.search(AlertMatcher.query(s)) > 0) bruteForce.add(s.id());
    }
    assertThat(bruteForce).isNotEmpty();
    assertThat(matcher.match(ARTICLE).stream().map(SavedSearch::id).toList())
        .isEqualTo(bruteForce);
    assertThat(matcher.candidates(index).cardinality()).isLessThan(searches.size());
  }

  @Test
  void aSavedSearchNeedsAQueryOrAFilter() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> search(null, null, null, null)).hasMessageContaining("needs a query or a filter");
  }
}
