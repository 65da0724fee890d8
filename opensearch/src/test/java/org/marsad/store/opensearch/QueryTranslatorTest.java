package org.marsad.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.MarsadAnalyzer;
import org.marsad.store.UserQuery;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** The parsed query as the cluster receives it: analyzed terms, the same clauses and boosts. */
class QueryTranslatorTest {
  private static final MarsadAnalyzer ANALYZER = new MarsadAnalyzer();

  static String json(String userQuery) {
    Query q = QueryTranslator.translate(UserQuery.parse(userQuery, ANALYZER));
    JacksonJsonpMapper mapper = new JacksonJsonpMapper();
    StringWriter out = new StringWriter();
    try (var g = mapper.jsonProvider().createGenerator(out)) {
      q.serialize(g, mapper);
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // الحكومات (the governments): one stem, in title (boost 2) or text, required
    "الحكومات|{\"bool\":{\"should\":[{\"term\":{\"title\":{\"boost\":2.0,\"value\":\"حكوم\"}}},{\"term\":{\"text\":{\"value\":\"حكوم\"}}}]}}",
    // a phrase keeps its analyzed words, not analyzed again
    "\"الألياف البصرية\"|{\"match_phrase\":{\"title\":{\"boost\":2.0,\"analyzer\":\"whitespace\",\"query\":\"الياف بصر\",\"slop\":0",
    "رقم*|{\"prefix\":{\"title\":{\"boost\":2.0,\"value\":\"رقم\"}}}",
    "title:المغرب|{\"term\":{\"title\":{\"value\":\"مغرب\"}}}",
    "المغرب -الأردن|\"must_not\":[{\"bool\":{\"should\":[{\"term\":{\"title\":{\"boost\":2.0,\"value\":\"اردن\"}}}",
  })
  void sendsTheParsedQuery(String userQuery, String expectedPart) {
    assertThat(json(userQuery)).contains(expectedPart);
  }

  @Test
  void anEmptyBooleanQueryMatchesNothingAsInLucene() {
    // punctuation alone analyzes to nothing: Lucene's empty boolean query matches no article
    assertThat(json("،")).isEqualTo("{\"match_none\":{}}");
  }

  @Test
  void aPhraseWithGapsIsRefused() {
    var phrase = new org.apache.lucene.search.PhraseQuery.Builder()
        .add(new org.apache.lucene.index.Term("text", "a"), 0)
        .add(new org.apache.lucene.index.Term("text", "b"), 2).build();
    assertThatThrownBy(() -> QueryTranslator.translate(phrase))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has gaps");
  }
}
