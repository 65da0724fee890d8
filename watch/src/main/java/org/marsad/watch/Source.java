package org.marsad.watch;

import java.util.List;

/**
 * One watched source (a feed or a news sitemap) and its health, as kept in the {@link WatchState}.
 * Times are epoch milliseconds, 0 for never.
 *
 * @param key the feed's URL key ({@link UrlKey}): the same feed listed twice, or reached through a
 *     redirect, is one source
 * @param url the feed's URL, after redirects
 * @param kind rss, atom or sitemap
 * @param listed the lines of the sources file that led here
 * @param etag the last answer's ETag, for a conditional GET
 * @param lastModified the last answer's Last-Modified, for a conditional GET
 * @param bodyHash a hash of the last body read, to skip a feed that did not change on a server
 *     without validators
 * @param nextPoll when this source is due again (its schedule, or its back-off)
 * @param failures consecutive failed polls: the back-off doubles with each
 */
public record Source(
    String key,
    String url,
    String kind,
    String title,
    List<String> listed,
    String etag,
    String lastModified,
    String bodyHash,
    long firstPoll,
    long lastPoll,
    long lastSuccess,
    long nextPoll,
    String lastError,
    long lastErrorAt,
    int failures,
    long items,
    long articles) {

  public Source {
    listed = listed == null ? List.of() : List.copyOf(listed);
  }

  static Source discovered(String key, String url, String kind, String title, String listed) {
    return new Source(key, url, kind, title, List.of(listed), null, null, null, 0, 0, 0, 0, null,
        0, 0, 0, 0);
  }

  Source withListed(String line) {
    if (listed.contains(line)) return this;
    List<String> more = new java.util.ArrayList<>(listed);
    more.add(line);
    return new Source(key, url, kind, title, more, etag, lastModified, bodyHash, firstPoll,
        lastPoll, lastSuccess, nextPoll, lastError, lastErrorAt, failures, items, articles);
  }

  /** A poll that worked; validators are replaced only when {@code keepValidators} is false. */
  Source succeeded(long now, long next, String etag, String lastModified, String bodyHash,
      String title, long newItems, long newArticles) {
    return new Source(key, url, kind, title == null ? this.title : title, listed, etag,
        lastModified, bodyHash, firstPoll == 0 ? now : firstPoll, now, now, next, lastError,
        lastErrorAt, 0, items + newItems, articles + newArticles);
  }

  /** A poll that failed: the error is kept for {@code marsad sources}. */
  Source failed(long now, long next, String error, long newItems, long newArticles) {
    return new Source(key, url, kind, title, listed, etag, lastModified, bodyHash,
        firstPoll == 0 ? now : firstPoll, now, lastSuccess, next, error, now, failures + 1,
        items + newItems, articles + newArticles);
  }

  /** Items per day since the first poll (at least one day counted). */
  public double itemsPerDay(long now) {
    if (firstPoll == 0) return 0;
    double days = Math.max(1.0, (now - firstPoll) / 86_400_000.0);
    return items / days;
  }
}
