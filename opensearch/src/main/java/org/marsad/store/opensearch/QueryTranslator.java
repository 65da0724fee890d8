package org.marsad.store.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * A parsed Lucene query as OpenSearch's query DSL, node for node: the cluster runs the very query
 * the embedded store runs (the same terms, already analyzed on this side by {@code
 * MarsadAnalyzer}; the same boosts and clauses), so the two rank alike. Term-level queries carry
 * analyzed terms and are not analyzed again; a phrase goes as {@code match_phrase} with the
 * {@code whitespace} analyzer over its analyzed terms. A node this class does not know (none that
 * the classic parser makes over Marsad's analyzer) is an {@link IllegalArgumentException}, never a
 * silently different query.
 */
final class QueryTranslator {
  private QueryTranslator() {}

  static Query translate(org.apache.lucene.search.Query q) {
    return translate(q, 1f);
  }

  private static Query translate(org.apache.lucene.search.Query q, float boost) {
    if (q instanceof BoostQuery b) return translate(b.getQuery(), boost * b.getBoost());
    if (q instanceof TermQuery t) {
      Term term = t.getTerm();
      return Query.of(x -> x.term(tq -> tq.field(term.field()).value(FieldValue.of(term.text())).boost(boost(boost))));
    }
    if (q instanceof BooleanQuery b) return bool(b, boost);
    if (q instanceof PhraseQuery p) return phrase(p, boost);
    if (q instanceof PrefixQuery p) {
      Term term = p.getPrefix();
      return Query.of(x -> x.prefix(pq -> pq.field(term.field()).value(term.text()).boost(boost(boost))));
    }
    if (q instanceof WildcardQuery w) {
      Term term = w.getTerm();
      return Query.of(x -> x.wildcard(wq -> wq.field(term.field()).value(term.text()).boost(boost(boost))));
    }
    if (q instanceof FuzzyQuery f) {
      Term term = f.getTerm();
      return Query.of(x -> x.fuzzy(fq -> fq.field(term.field()).value(FieldValue.of(term.text()))
          .fuzziness(Integer.toString(f.getMaxEdits())).prefixLength(f.getPrefixLength())
          .transpositions(f.getTranspositions()).boost(boost(boost))));
    }
    if (q instanceof RegexpQuery r) {
      Term term = r.getRegexp();
      return Query.of(x -> x.regexp(rq -> rq.field(term.field()).value(term.text()).boost(boost(boost))));
    }
    if (q instanceof MatchAllDocsQuery) return Query.of(x -> x.matchAll(m -> m.boost(boost(boost))));
    if (q instanceof MatchNoDocsQuery) return Query.of(x -> x.matchNone(m -> m));
    throw new IllegalArgumentException("the query part '" + q + "' (" + q.getClass().getSimpleName()
        + ") cannot be sent to OpenSearch; write it more simply");
  }

  /** Lucene's boolean query; an empty one matches nothing there (in OpenSearch: everything). */
  private static Query bool(BooleanQuery b, float boost) {
    if (b.clauses().isEmpty()) return Query.of(x -> x.matchNone(m -> m));
    List<Query> must = new ArrayList<>(), should = new ArrayList<>(), not = new ArrayList<>(),
        filter = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      Query t = translate(c.query(), 1f);
      switch (c.occur()) {
        case MUST -> must.add(t);
        case SHOULD -> should.add(t);
        case MUST_NOT -> not.add(t);
        case FILTER -> filter.add(t);
      }
    }
    int minShould = b.getMinimumNumberShouldMatch();
    return Query.of(x -> x.bool(bq -> {
      if (!must.isEmpty()) bq.must(must);
      if (!should.isEmpty()) bq.should(should);
      if (!not.isEmpty()) bq.mustNot(not);
      if (!filter.isEmpty()) bq.filter(filter);
      bq.boost(boost(boost));
      if (minShould > 0) bq.minimumShouldMatch(Integer.toString(minShould));
      return bq;
    }));
  }

  private static Query phrase(PhraseQuery p, float boost) {
    Term[] terms = p.getTerms();
    if (terms.length == 0) return Query.of(x -> x.matchNone(m -> m));
    int[] positions = p.getPositions();
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] != positions[i - 1] + 1) {
        throw new IllegalArgumentException("the phrase " + p + " has gaps; search its words without quotes");
      }
    }
    StringBuilder text = new StringBuilder();
    for (Term t : terms) text.append(text.isEmpty() ? "" : " ").append(t.text());
    String field = terms[0].field();
    return Query.of(x -> x.matchPhrase(m -> m.field(field).query(text.toString()).analyzer("whitespace")
        .slop(p.getSlop()).boost(boost(boost))));
  }

  private static Float boost(float b) {
    return b == 1f ? null : b;
  }
}
