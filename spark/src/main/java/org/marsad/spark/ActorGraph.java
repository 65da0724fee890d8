package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.marsad.connect.Actors;
import scala.Tuple2;

/**
 * The actors' graph over the whole input, as the store's {@code graph} and {@code export} count it:
 * nodes are actors ({@link Actors#of}) with the number of articles naming them; an edge joins two
 * actors of one article and counts the articles naming both, those where they share a sentence,
 * and those where they are actors of one event ({@link Actors#closePairs}); its weight is articles
 * + 2 × sentences + 3 × events ({@link Actors.Kind#weight}). Every article counts, copies too.
 */
final class ActorGraph {
  private ActorGraph() {}

  static final char SEP = '\u001f';

  /** Actor → articles naming it. */
  static JavaPairRDD<String, Long> nodes(JavaRDD<Analyzed> articles) {
    return articles
        .flatMapToPair(a -> {
          List<Tuple2<String, Long>> out = new ArrayList<>(a.actors.length);
          for (String x : a.actors) out.add(new Tuple2<>(x, 1L));
          return out.iterator();
        })
        .reduceByKey(Long::sum);
  }

  /** {@code x␟y} (x < y) → {articles, sentences, events}. */
  static JavaPairRDD<String, long[]> edges(JavaRDD<Analyzed> articles) {
    return articles
        .flatMapToPair(a -> {
          List<Tuple2<String, long[]>> out = new ArrayList<>();
          for (String x : a.actors) {
            for (String y : a.actors) {
              if (x.compareTo(y) < 0) out.add(new Tuple2<>(x + SEP + y, new long[] {1, 0, 0}));
            }
          }
          for (String p : a.closePairs) {
            int cut = p.lastIndexOf(SEP);
            char kind = p.charAt(cut + 1);
            long[] c = kind == Actors.Kind.SENTENCE.code ? new long[] {0, 1, 0}
                : kind == Actors.Kind.EVENT.code ? new long[] {0, 0, 1} : new long[] {1, 0, 0};
            out.add(new Tuple2<>(p.substring(0, cut), c));
          }
          return out.iterator();
        })
        .reduceByKey((x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
  }

  static long weight(long[] c) {
    return c[0] * Actors.Kind.ARTICLE.weight + c[1] * Actors.Kind.SENTENCE.weight
        + c[2] * Actors.Kind.EVENT.weight;
  }
}
