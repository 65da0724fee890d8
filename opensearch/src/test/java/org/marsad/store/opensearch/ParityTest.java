package org.marsad.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.model.Article;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * The same articles in the embedded store and in a fresh OpenSearch index give the same answers:
 * the same article ids in the same order with the same scores, the same totals and facet counts,
 * and snippets that mark the same words.
 */
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityTest {
  private LuceneStore lucene;
  private OpenSearchStore cluster;

  @BeforeAll
  void load() throws Exception {
    String spec = Cluster.freshIndex("parity");
    lucene = LuceneStore.openReadOnly(Samples.embedded());
    cluster = OpenSearchStore.open(spec, true);
    for (Article a : Samples.records()) cluster.write(a, o -> {});
    cluster.commit();
  }

  @AfterAll
  void close() throws Exception {
    if (lucene != null) lucene.close();
    if (cluster != null) cluster.close();
  }

  @Test
  void holdsEveryRecordAsItWas() throws Exception {
    assertThat(cluster.stats().articles()).isEqualTo(lucene.stats().articles())
        .isEqualTo(Samples.records().size());
    assertThat(cluster.stats().sources()).isEqualTo(lucene.stats().sources());
    for (Article a : Samples.records()) assertThat(cluster.get(a.id())).contains(a);
    assertThat(cluster.get("no-such-article")).isEmpty();
    List<String> listed = new ArrayList<>();
    cluster.forEach(SearchRequest.all(), a -> listed.add(a.id()));
    assertThat(listed).hasSameSizeAs(Samples.records()).doesNotHaveDuplicates();
  }

  /** Plural, clitic and other forms that meet on one stem; phrases, operators, prefixes, fields. */
  @ParameterizedTest
  @ValueSource(strings = {
    "الحكومات", "الحكومة", "كابلات", "والألياف", "بالمغرب", "الاتفاقيات", "الرقمية", "شركات",
    "\"الألياف البصرية\"", "المغرب OR الأردن", "الاقتصاد -الرقمي", "رقم*", "title:المغرب",
    "الذكاء الاصطناعي", "الفنانة", "مهرجانات", "السعودية", "C++ (", "عاجل"
  })
  void sameAnswersForAQuery(String query) throws Exception {
    SearchRequest r = SearchRequest.of(query).withPage(0, 20);
    compare(r);
    compare(r.withPage(3, 5));
    compare(r.withSort(SearchRequest.Sort.NEWEST));
    compare(r.withSort(SearchRequest.Sort.OLDEST));
  }

  @Test
  void sameAnswersWithFilters() throws Exception {
    SearchResult all = lucene.search(SearchRequest.all());
    String source = first(all.facets().get("source"));
    String theme = first(all.facets().get("theme"));
    String topic = first(all.facets().get("topic"));
    String story = first(all.facets().get("story"));
    List<SearchRequest> requests = new ArrayList<>();
    requests.add(SearchRequest.all().withPage(0, 50));
    requests.add(SearchRequest.all().withSource(source).withPage(0, 50));
    requests.add(SearchRequest.of("المغرب").withSource("hespress").withPage(0, 50));
    requests.add(SearchRequest.all().withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 28)).withPage(0, 50));
    requests.add(SearchRequest.all().withDates(null, LocalDate.of(2021, 1, 1)).withPage(0, 50));
    requests.add(SearchRequest.all().withTopic(topic).withPage(0, 50));
    requests.add(new SearchRequest("", null, null, null, null, null, null, 0, 50, theme, null));
    requests.add(new SearchRequest("", null, null, null, null, null, "ar", 0, 50));
    requests.add(SearchRequest.all().withEventType("any").withPage(0, 50));
    requests.add(SearchRequest.all().withStory(story).withPage(0, 50));
    // an actor under other spellings: the alias table's Latin name, a long form, the canonical id
    for (String entity : List.of("Morocco", "المملكة المغربية", "loc:المغرب", "المغرب")) {
      requests.add(SearchRequest.all().withEntity(entity).withPage(0, 50));
      requests.add(SearchRequest.of("الحكومة").withEntity(entity).withPage(0, 50));
    }
    for (SearchRequest r : requests) compare(r);
    // filters that select something, so that the comparisons above compare something
    assertThat(lucene.search(SearchRequest.all().withEntity("Morocco")).total()).isPositive();
    assertThat(lucene.search(SearchRequest.all().withSource(source)).total()).isPositive();
  }

  @Test
  void sameFacetCountsPerDimension() throws Exception {
    for (String dim : List.of("source", "date", "topic", "theme", "entity", "language", "event", "story")) {
      for (SearchRequest r : List.of(SearchRequest.all(), SearchRequest.of("المغرب"))) {
        assertThat(cluster.facet(r, dim, 50)).as(dim + " over " + r.query())
            .containsExactlyEntriesOf(lucene.facet(r, dim, 50));
      }
    }
  }

  @Test
  void sameDuplicates() throws Exception {
    int originals = 0;
    for (Article a : Samples.records()) {
      if (a.duplicateOf() == null) continue;
      originals++;
      assertThat(ids(cluster.duplicates(a.duplicateOf(), 20)))
          .isEqualTo(ids(lucene.duplicates(a.duplicateOf(), 20)));
    }
    System.out.println("parity: " + originals + " copies among " + Samples.records().size() + " articles");
  }

  private void compare(SearchRequest r) throws Exception {
    SearchResult expected = lucene.search(r);
    SearchResult actual = cluster.search(r);
    String what = "'" + r.query() + "' " + r;
    assertThat(actual.total()).as("total of " + what).isEqualTo(expected.total());
    assertThat(ids(actual.hits())).as("ids of " + what).isEqualTo(ids(expected.hits()));
    for (int i = 0; i < expected.hits().size(); i++) {
      SearchResult.Hit e = expected.hits().get(i), a = actual.hits().get(i);
      assertThat(a.score()).as("score of " + e.id() + " for " + what).isCloseTo(e.score(), org.assertj.core.data.Offset.offset(1e-4 * Math.max(1, e.score())));
      // comparable highlights: both mark words or neither, and they share a marked stem (the two
      // highlighters may choose other sentences, and the embedded one marks a phrase as one span)
      Set<String> expectedStems = stems(marked(e.snippet())), actualStems = stems(marked(a.snippet()));
      assertThat(actualStems.isEmpty()).as("marks in " + e.id() + " for " + what + ": " + a.snippet())
          .isEqualTo(expectedStems.isEmpty());
      if (!expectedStems.isEmpty()) {
        assertThat(actualStems).as("marked stems of " + e.id() + " for " + what).containsAnyElementsOf(expectedStems);
      }
      snippets++;
      if (marked(a.snippet()).equals(marked(e.snippet()))) sameMarks++;
      assertThat(a.title()).isEqualTo(e.title());
      assertThat(a.published()).isEqualTo(e.published());
    }
    for (var dim : expected.facets().keySet()) {
      assertThat(actual.facets().get(dim)).as(dim + " facet of " + what)
          .containsExactlyEntriesOf(expected.facets().get(dim));
    }
  }

  private int snippets, sameMarks;

  @AfterAll
  void report() {
    System.out.printf("parity: %d of %d snippets mark exactly the same words%n", sameMarks, snippets);
  }

  private static final org.apache.lucene.analysis.Analyzer ANALYZER = new org.marsad.analysis.MarsadAnalyzer();

  /** The analyzed terms of marked words. */
  static Set<String> stems(Set<String> words) throws java.io.IOException {
    Set<String> out = new TreeSet<>();
    for (String w : words) {
      try (var ts = ANALYZER.tokenStream("text", w)) {
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) out.add(term.toString());
        ts.end();
      }
    }
    return out;
  }

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  /** The words a snippet marks (what the highlighters agree on; their passage cuts may differ). */
  static Set<String> marked(String snippet) {
    Set<String> out = new TreeSet<>();
    if (snippet == null) return out;
    Matcher m = MARK.matcher(snippet);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  static List<String> ids(List<SearchResult.Hit> hits) {
    return hits.stream().map(SearchResult.Hit::id).toList();
  }

  private static String first(Map<String, Integer> counts) {
    Set<String> keys = new LinkedHashSet<>(counts.keySet());
    return keys.isEmpty() ? "none" : keys.iterator().next();
  }

}
