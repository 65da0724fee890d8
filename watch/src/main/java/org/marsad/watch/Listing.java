package org.marsad.watch;

import java.util.List;

/**
 * A line of the sources file and what it led to: the feeds found for a home page, or the feed
 * itself. Kept so discovery runs once per listed URL, not every round.
 *
 * @param feeds the source keys it led to
 * @param note what was found, for messages ("home page: 2 feeds, 1 news sitemap")
 */
public record Listing(String listed, List<String> feeds, String note, long at) {
  public Listing {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
  }
}
