package org.marsad.store;

import java.util.List;
import java.util.Map;

/**
 * A search with each story folded into one result: the best-ranked article stands for its story,
 * and the others (copies and other outlets' reports) are listed under it.
 *
 * @param total how many articles match
 * @param results one per story (or per article outside any story), best first
 * @param facets as in {@link SearchResult}
 */
public record FoldedResult(
    long total, List<Group> results, Map<String, Map<String, Integer>> facets) {

  /**
   * One story in the results.
   *
   * @param hit the article that stands for it
   * @param story its story id, or null
   * @param matching how many matching articles the story has, the hit included
   * @param folded the other matching articles of the story, best first (the first ten)
   */
  public record Group(SearchResult.Hit hit, String story, long matching, List<Folded> folded) {}

  /** An article folded under another: a copy when {@code duplicateOf} is set. */
  public record Folded(
      String id, String title, String source, String published, String duplicateOf) {}
}
