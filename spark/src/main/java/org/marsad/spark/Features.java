package org.marsad.spark;

import java.io.Serializable;

/**
 * What the story step needs of one article, in publication order: a few hundred bytes (its id,
 * day, story vector, actors, and the duplicate the parallel steps found for it), so that the
 * order-dependent step can stream them through the driver. A serializable bean for Spark.
 */
final class Features implements Serializable {
  private static final long serialVersionUID = 1L;

  long seq;
  String id;
  String contentHash;
  long day;
  String[] terms;
  float[] weights;
  String[] actors;
  /** The first earlier article with the same text ({@code content_hash}), or -1. */
  long exactOf = -1;
  /** The earlier near-duplicate chosen by {@link NearDuplicates}, or -1. */
  long nearOf = -1;

  static Features of(Analyzed a) {
    Features f = new Features();
    f.seq = a.seq;
    f.id = a.id;
    f.contentHash = a.contentHash;
    f.day = a.day;
    f.terms = a.terms;
    f.weights = a.weights;
    f.actors = a.actors;
    return f;
  }
}
