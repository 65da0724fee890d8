package org.marsad.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per site (scheme and authority): one request at a time, and a pause between the end
 * of one request and the start of the next, the longer of the minimum delay and the site's
 * {@code Crawl-delay}. A site that answered 429 or 503 with {@code Retry-After} is held until then.
 * Waiting threads queue fairly, so feeds on one site take turns.
 */
final class HostGate {
  /** A site held longer than this is not waited for: the caller skips it until a later round. */
  private final Duration maxWait;

  private final Duration minDelay;
  private final ConcurrentHashMap<String, Site> sites = new ConcurrentHashMap<>();

  HostGate(Duration minDelay, Duration maxWait) {
    this.minDelay = minDelay;
    this.maxWait = maxWait;
  }

  /** One request to a site. */
  interface Request<T> {
    T run() throws FetchException, InterruptedException;
  }

  private static final class Site {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextAllowedNanos = Long.MIN_VALUE;
    long lastEndNanos = Long.MIN_VALUE;
    Duration delay;
  }

  /**
   * Runs {@code request} when the site is free and its delay has passed.
   *
   * @throws FetchException of kind {@code HELD} when the site is held beyond the longest wait
   */
  <T> T call(String site, Request<T> request) throws FetchException, InterruptedException {
    Site s = sites.computeIfAbsent(site, k -> newSite());
    s.lock.lockInterruptibly();
    try {
      long wait = s.nextAllowedNanos == Long.MIN_VALUE ? 0 : s.nextAllowedNanos - System.nanoTime();
      if (wait > maxWait.toNanos()) {
        Instant until = Instant.now().plusNanos(wait);
        throw new FetchException(FetchException.Kind.HELD,
            site + " asked to wait until " + until + "; tried again later", until);
      }
      if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
      try {
        return request.run();
      } finally {
        s.lastEndNanos = System.nanoTime();
        long next = s.lastEndNanos + s.delay.toNanos();
        if (s.nextAllowedNanos == Long.MIN_VALUE || next > s.nextAllowedNanos) {
          s.nextAllowedNanos = next;
        }
      }
    } finally {
      s.lock.unlock();
    }
  }

  private Site newSite() {
    Site s = new Site();
    s.delay = minDelay;
    return s;
  }

  /** Sets a site's delay from its robots.txt {@code Crawl-delay}; never below the minimum. */
  void crawlDelay(String site, Duration delay) {
    Site s = sites.computeIfAbsent(site, k -> newSite());
    s.lock.lock();
    try {
      s.delay = delay.compareTo(minDelay) > 0 ? delay : minDelay;
      // robots.txt is read in the site's first turn: its delay holds from the end of that turn
      if (s.lastEndNanos != Long.MIN_VALUE) {
        s.nextAllowedNanos = Math.max(s.nextAllowedNanos, s.lastEndNanos + s.delay.toNanos());
      }
    } finally {
      s.lock.unlock();
    }
  }

  /** Holds a site until {@code until} (Retry-After); called while the caller holds its turn. */
  void holdUntil(String site, Instant until) {
    Site s = sites.computeIfAbsent(site, k -> newSite());
    long nanos = System.nanoTime() + Duration.between(Instant.now(), until).toNanos();
    s.lock.lock();
    try {
      if (s.nextAllowedNanos == Long.MIN_VALUE || nanos > s.nextAllowedNanos) {
        s.nextAllowedNanos = nanos;
      }
    } finally {
      s.lock.unlock();
    }
  }
}
