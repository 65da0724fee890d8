package org.marsad.watch;

/**
 * A page seen: never fetched again.
 *
 * @param url the page's URL as fetched
 * @param article the id of the article it gave, or null (a duplicate, or not an article)
 * @param contentHash the article's content hash, or null
 * @param note why it is not an article, or null ("duplicate of …", "not an HTML page", "404")
 * @param at when it was seen, epoch milliseconds
 */
public record Seen(String url, String article, String contentHash, String note, long at) {}
