package org.marsad.watch;

import java.time.Instant;

/**
 * A fetch that produced no usable answer: one line a user can act on ("timed out after 30 s", "7
 * redirects, more than 5", "disallowed by robots.txt"). {@code retryAt} is set when the server or
 * the politeness rules say when to try again.
 */
public final class FetchException extends Exception {
  /** What went wrong, for counts and back-off. */
  public enum Kind {
    ROBOTS,
    TIMEOUT,
    TOO_LARGE,
    REDIRECTS,
    NETWORK,
    HELD
  }

  private final Kind kind;
  private final Instant retryAt;

  public FetchException(Kind kind, String message) {
    this(kind, message, null);
  }

  public FetchException(Kind kind, String message, Instant retryAt) {
    super(message);
    this.kind = kind;
    this.retryAt = retryAt;
  }

  public Kind kind() {
    return kind;
  }

  /** When to try again, or null. */
  public Instant retryAt() {
    return retryAt;
  }
}
