package org.marsad.alert;

/**
 * A new article that matched a saved search: an entry of its Atom feed and a webhook call.
 *
 * @param at when it matched, epoch milliseconds
 */
public record Match(String search, String article, String title, String url, String source,
    String published, String summary, long at) {}
