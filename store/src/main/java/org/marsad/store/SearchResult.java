package org.marsad.store;

import java.util.List;
import java.util.Map;

/**
 * Ranked hits with facet counts over the whole result set.
 *
 * @param total how many articles match
 * @param facets per dimension (source, date, topic, entity, language, theme, event), value to count, most
 *     frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

  /** One result: the article's headline fields and a snippet with the query terms marked. */
  public record Hit(
      String id,
      double score,
      String title,
      String source,
      String published,
      String url,
      String snippet) {}
}
