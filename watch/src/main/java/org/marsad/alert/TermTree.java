package org.marsad.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query made only of terms and boolean logic, evaluated on the set of terms of one article:
 * whether a document matches such a query depends only on which terms it has, so hash lookups
 * give Lucene's answer without scoring. Most saved searches are of this kind ("words", "a OR b",
 * filters); phrases, wildcards and the like are left to the {@code MemoryIndex}.
 */
abstract sealed class TermTree {
  /** The tree of a query, or null when the query is not only terms and boolean logic. */
  static TermTree of(Query query) {
    return switch (query) {
      case TermQuery t -> new Leaf(t.getTerm().field(), BytesRef.deepCopyOf(t.getTerm().bytes()));
      case BoostQuery b -> of(b.getQuery());
      case ConstantScoreQuery c -> of(c.getQuery());
      case SynonymQuery s -> {
        List<TermTree> any = new ArrayList<>();
        for (var term : s.getTerms()) any.add(new Leaf(s.getField(), BytesRef.deepCopyOf(term.bytes())));
        yield new Bool(List.of(), any, List.of(), 0);
      }
      case BooleanQuery b -> bool(b);
      default -> null;
    };
  }

  private static TermTree bool(BooleanQuery b) {
    List<TermTree> required = new ArrayList<>(), optional = new ArrayList<>(),
        prohibited = new ArrayList<>();
    for (BooleanClause clause : b.clauses()) {
      TermTree t = of(clause.query());
      if (t == null) return null;
      switch (clause.occur()) {
        case MUST, FILTER -> required.add(t);
        case SHOULD -> optional.add(t);
        case MUST_NOT -> prohibited.add(t);
      }
    }
    return new Bool(required, optional, prohibited, b.getMinimumNumberShouldMatch());
  }

  /** Whether a document with these terms (field → terms) matches. */
  abstract boolean matches(Map<String, Set<BytesRef>> terms);

  static final class Leaf extends TermTree {
    final String field;
    final BytesRef term;

    Leaf(String field, BytesRef term) {
      this.field = field;
      this.term = term;
    }

    @Override
    boolean matches(Map<String, Set<BytesRef>> terms) {
      Set<BytesRef> set = terms.get(field);
      return set != null && set.contains(term);
    }
  }

  /** Lucene's boolean semantics: without required clauses, at least one optional one. */
  static final class Bool extends TermTree {
    final List<TermTree> required, optional, prohibited;
    final int minimumShouldMatch;

    Bool(List<TermTree> required, List<TermTree> optional, List<TermTree> prohibited, int msm) {
      this.required = required;
      this.optional = optional;
      this.prohibited = prohibited;
      this.minimumShouldMatch = msm;
    }

    @Override
    boolean matches(Map<String, Set<BytesRef>> terms) {
      if (required.isEmpty() && optional.isEmpty()) return false;
      for (TermTree t : required) if (!t.matches(terms)) return false;
      for (TermTree t : prohibited) if (t.matches(terms)) return false;
      int need = required.isEmpty() ? Math.max(1, minimumShouldMatch) : minimumShouldMatch;
      if (need == 0) return true;
      int n = 0;
      for (TermTree t : optional) if (t.matches(terms) && ++n >= need) return true;
      return false;
    }
  }
}
