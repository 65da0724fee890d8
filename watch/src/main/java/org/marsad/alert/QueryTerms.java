package org.marsad.alert;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The presearcher's view of a query, as in Lucene's monitor (Luwak): a set of terms such that any
 * document the query matches contains at least one of them, or {@code null} when no such set is
 * known (a wildcard, a range), in which case the query is run on every article.
 *
 * <p>A conjunction needs only one of its required clauses: the one whose terms are fewest, then
 * longest (a rarer word). A disjunction needs all of its clauses' terms. Prohibited clauses are
 * left out: they only remove matches.
 */
final class QueryTerms {
  private QueryTerms() {}

  static Set<Term> of(Query query) {
    return switch (query) {
      case TermQuery t -> Set.of(t.getTerm());
      case BoostQuery b -> of(b.getQuery());
      case ConstantScoreQuery c -> of(c.getQuery());
      case PhraseQuery p -> p.getTerms().length == 0 ? null : Set.of(longest(p.getTerms()));
      case SynonymQuery s -> {
        Set<Term> terms = new HashSet<>();
        for (var term : s.getTerms()) terms.add(new Term(s.getField(), term.bytes()));
        yield terms.isEmpty() ? null : terms;
      }
      case DisjunctionMaxQuery d -> union(d.getDisjuncts().stream().toList());
      case BooleanQuery b -> bool(b);
      default -> null;
    };
  }

  private static Set<Term> bool(BooleanQuery b) {
    Set<Term> best = null;
    List<Query> optional = new java.util.ArrayList<>();
    for (BooleanClause clause : b.clauses()) {
      switch (clause.occur()) {
        case MUST, FILTER -> {
          Set<Term> terms = of(clause.query());
          if (terms != null && (best == null || better(terms, best))) best = terms;
        }
        case SHOULD -> optional.add(clause.query());
        case MUST_NOT -> {}
      }
    }
    if (best != null) return best;
    boolean hasRequired = b.clauses().stream().anyMatch(
        c -> c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER);
    if (hasRequired || optional.isEmpty()) return null;
    return union(optional);
  }

  private static Set<Term> union(List<Query> queries) {
    Set<Term> all = new HashSet<>();
    for (Query q : queries) {
      Set<Term> terms = of(q);
      if (terms == null) return null;
      all.addAll(terms);
    }
    return all.isEmpty() ? null : all;
  }

  /** Fewer terms is better; among single terms, a longer word is rarer. */
  private static boolean better(Set<Term> a, Set<Term> b) {
    if (a.size() != b.size()) return a.size() < b.size();
    return weight(a) > weight(b);
  }

  private static int weight(Set<Term> terms) {
    int min = Integer.MAX_VALUE;
    for (Term t : terms) {
      // a keyword field (source, entity, topic) is more selective than a word of the text
      int w = t.bytes().length + (t.field().equals(AlertMatcher.TEXT)
          || t.field().equals(AlertMatcher.TITLE) ? 0 : 100);
      min = Math.min(min, w);
    }
    return min;
  }

  private static Term longest(Term[] terms) {
    Term best = terms[0];
    for (Term t : terms) if (t.bytes().length > best.bytes().length) best = t;
    return best;
  }
}
