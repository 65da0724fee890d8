package org.marsad.connect;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;

/**
 * When an article belongs to a story already under way, and what a story is called. Online
 * single-link grouping in a time window (after the topic-detection-and-tracking systems of Allan,
 * Papka and Lavrenko, SIGIR 1998): a new article joins the story of its most similar earlier
 * article published within {@link #WINDOW_DAYS} days of it, when their similarity reaches {@link
 * #THRESHOLD}; else it starts a story of its own. A duplicate joins its original's story.
 *
 * <p>Similarity is the cosine of the headline-and-lead vectors ({@link StoryVector}), plus {@link
 * #ACTOR_BONUS} for each shared actor (at most {@link #MAX_ACTORS} counted), so two reports on the
 * same event with different wording but the same people, places and bodies meet. The window is
 * about a week: news of one event spreads over days, and a name that comes back a month later is
 * usually another event.
 */
public final class Stories {
  private Stories() {}

  public static final int WINDOW_DAYS = 7;
  public static final double THRESHOLD = 0.5;
  public static final double ACTOR_BONUS = 0.06;
  public static final int MAX_ACTORS = 3;

  /** The id of the story an article founds: its own id with a prefix. */
  public static String storyId(String articleId) {
    return "story-" + articleId;
  }

  /** How close a candidate is to the new article. */
  public static double similarity(Fingerprint a, StoryVector vector, List<String> actors) {
    double s = a.vector().cosine(vector);
    int shared = 0;
    for (String x : a.actors()) if (actors.contains(x) && ++shared == MAX_ACTORS) break;
    return s + ACTOR_BONUS * shared;
  }

  /**
   * Whether two days are within the window. Undated articles (day {@link Long#MIN_VALUE}) meet only
   * undated ones: an article with no date cannot say which week's story it belongs to.
   */
  public static boolean inWindow(long day, long other, int windowDays) {
    if (day == Long.MIN_VALUE || other == Long.MIN_VALUE) return day == other;
    return Math.abs(day - other) <= windowDays;
  }

  /**
   * Days per time bucket of the indexed story terms: a term is indexed with its article's bucket,
   * so looking up the candidates of one article reads only the postings of the few buckets its
   * window touches, however many years the store holds.
   */
  public static final int BUCKET_DAYS = 7;

  /** The buckets a window around {@code day} touches, in order; {@code [-1]} when undated. */
  public static long[] buckets(long day, int windowDays) {
    if (day == Long.MIN_VALUE) return new long[] {UNDATED};
    long lo = Math.floorDiv(day - windowDays, BUCKET_DAYS), hi = Math.floorDiv(day + windowDays, BUCKET_DAYS);
    long[] out = new long[(int) (hi - lo + 1)];
    for (int i = 0; i < out.length; i++) out[i] = lo + i;
    return out;
  }

  /** The bucket of one day. */
  public static long bucket(long day) {
    return day == Long.MIN_VALUE ? UNDATED : Math.floorDiv(day, BUCKET_DAYS);
  }

  /** The bucket of undated articles. */
  public static final long UNDATED = Long.MIN_VALUE;

  /** The indexed form of a story term in a bucket: {@code 2718|term}, {@code u|term} undated. */
  public static String bucketTerm(long bucket, String term) {
    return (bucket == UNDATED ? "u" : Long.toString(bucket)) + '|' + term;
  }

  /**
   * A story's label: the headline most similar to the others (the largest sum of cosines), the
   * earliest on ties; articles without a title are skipped.
   */
  public static String label(List<Article> members) {
    List<Article> titled = new ArrayList<>();
    for (Article a : members) if (a.title() != null && !a.title().isBlank()) titled.add(a);
    if (titled.isEmpty()) return null;
    List<StoryVector> vectors = new ArrayList<>();
    for (Article a : titled) vectors.add(StoryVector.of(a.title(), ""));
    int best = 0;
    double bestSum = -1;
    for (int i = 0; i < titled.size(); i++) {
      double sum = 0;
      for (int j = 0; j < titled.size(); j++) if (i != j) sum += vectors.get(i).cosine(vectors.get(j));
      if (sum > bestSum + 1e-9) {
        best = i;
        bestSum = sum;
      }
    }
    return TitleNormalizer.normalize(titled.get(best).title());
  }
}
