package org.marsad.store;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.marsad.entity.EntityResolver;

/**
 * What a user typed, read once for every store: the query in Lucene's classic syntax over title
 * (boost 2) and text, all words required, and an actor's name as the keys it is indexed under.
 * The embedded store searches the parsed query as it is; the OpenSearch store sends the same
 * parsed query to the cluster, so both stores rank with the same query.
 */
public final class UserQuery {
  private UserQuery() {}

  private static final EntityResolver RESOLVER = EntityResolver.standard();

  /** The default fields of a query and their boosts. */
  public static final Map<String, Float> FIELDS = Map.of("title", 2f, "text", 1f);

  /**
   * Parses a non-empty query. A query with stray syntax ("C++", an odd quote) is searched as plain
   * words; one that cannot be read even so is an {@link IllegalArgumentException}.
   */
  public static Query parse(String query, Analyzer analyzer) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer, FIELDS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(query));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot read the query '" + query + "': " + again.getMessage());
      }
    }
  }

  /**
   * The keys an actor is indexed under that a name may stand for: the name's own key, and the key
   * of each canonical id it may mean ({@link EntityResolver#candidateIds}: an alias such as "Arab
   * League" for {@code org:جامعة_الدول_العربية}, or the id derived from the name).
   */
  public static Set<String> entityKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(LuceneStore.entityKey(name));
    for (String id : RESOLVER.candidateIds(name)) keys.add(LuceneStore.entityKey(id));
    return keys;
  }
}
