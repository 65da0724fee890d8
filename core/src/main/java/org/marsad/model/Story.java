package org.marsad.model;

import java.util.List;
import java.util.Map;

/**
 * A story: articles about one event, across outlets and days. Derived from the articles whose
 * {@code story} field names it, so it is never out of step with them.
 *
 * @param id the story's id ({@code story-} and the id of the article that started it)
 * @param label its most central headline
 * @param first the earliest publication date of its articles, or null
 * @param last the latest, or null
 * @param articles how many articles it has, duplicates included
 * @param duplicates how many of them are copies of another
 * @param sources articles per outlet, most first
 * @param actors its main actors (canonical entity ids), most mentioned first
 * @param members article ids, earliest first (at most a few hundred)
 */
public record Story(
    String id,
    String label,
    String first,
    String last,
    int articles,
    int duplicates,
    Map<String, Integer> sources,
    List<String> actors,
    List<String> members) {}
