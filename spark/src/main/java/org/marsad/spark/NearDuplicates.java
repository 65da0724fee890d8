package org.marsad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.marsad.connect.Dedup;
import org.marsad.connect.Shingles;
import scala.Tuple2;

/**
 * Duplicates across the whole input, in parallel: for each article, the earlier article it copies.
 *
 * <ul>
 *   <li><b>Exact</b>: grouped by {@code content_hash}; every later article of a group copies the
 *       group's first (an article without text has no exact copies, as in the ingest).
 *   <li><b>Near</b>: LSH band keys ({@link org.marsad.connect.MinHash}) are grouped in a shuffle;
 *       articles sharing a key are candidate pairs, counted per pair; each article keeps its
 *       {@value #CANDIDATES} earlier candidates sharing the most keys (the earliest on ties), as
 *       the store's {@code ConnectIndex.withBands} ranks them; each is verified with {@link
 *       Dedup#nearDuplicate} on the real shingle sets and titles; the one with the highest Jaccard
 *       similarity wins (the better ranked on ties).
 * </ul>
 *
 * Whether a near copy is needed at all (an exact copy is not also a near one) and what a copy of a
 * copy points at are decided in order by {@link Connections}.
 */
final class NearDuplicates {
  private NearDuplicates() {}

  /** As the ingest's Connector: candidates read per lookup. */
  static final int CANDIDATES = 20;

  /** What verifying a pair needs of one article. */
  static final class Sig implements Serializable {
    private static final long serialVersionUID = 1L;
    String id, title;
    long[] shingles, lead;

    static Sig of(Analyzed a) {
      Sig s = new Sig();
      s.id = a.id;
      s.title = a.title;
      s.shingles = a.shingles;
      s.lead = a.lead;
      return s;
    }
  }

  /** Later article → the first earlier article with the same text. */
  static JavaPairRDD<Long, Long> exact(JavaRDD<Analyzed> articles) {
    JavaPairRDD<String, Long> byHash = articles
        .filter(a -> a.contentHash != null && a.shingles.length > 0)
        .mapToPair(a -> new Tuple2<>(a.contentHash, a.seq));
    JavaPairRDD<String, Long> first = byHash.reduceByKey(Math::min);
    return byHash.join(first)
        .filter(x -> x._2()._1() > x._2()._2())
        .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()));
  }

  /** Later article → the earlier near-duplicate it was matched to (before order is applied). */
  static JavaPairRDD<Long, Long> near(JavaRDD<Analyzed> articles, int partitions) {
    JavaRDD<Analyzed> banded = articles.filter(a -> a.bandKeys.length > 0);
    // pairs (later, earlier) that share a band key, with how many keys they share
    JavaPairRDD<Tuple2<Long, Long>, Integer> shared = banded
        .flatMapToPair(a -> {
          List<Tuple2<String, Long>> out = new ArrayList<>(a.bandKeys.length);
          for (String k : a.bandKeys) out.add(new Tuple2<>(k, a.seq));
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<Long> seqs = new ArrayList<>();
          g._2().forEach(seqs::add);
          List<Tuple2<Tuple2<Long, Long>, Integer>> out = new ArrayList<>();
          if (seqs.size() < 2) return out.iterator();
          seqs.sort(null);
          for (int j = 1; j < seqs.size(); j++) {
            for (int i = 0; i < j; i++) {
              if (!seqs.get(i).equals(seqs.get(j))) out.add(new Tuple2<>(new Tuple2<>(seqs.get(j), seqs.get(i)), 1));
            }
          }
          return out.iterator();
        })
        .reduceByKey(Integer::sum, partitions);
    // each later article's best-ranked candidates: most keys shared, then the earliest
    JavaPairRDD<Long, long[]> candidates = shared
        .mapToPair(x -> new Tuple2<>(x._1()._1(), new long[] {x._1()._2(), x._2()}))
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<long[]> list = new ArrayList<>();
          g._2().forEach(list::add);
          list.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
          List<Tuple2<Long, long[]>> out = new ArrayList<>();
          for (int r = 0; r < Math.min(CANDIDATES, list.size()); r++) {
            out.add(new Tuple2<>(list.get(r)[0], new long[] {g._1(), r})); // earlier → (later, rank)
          }
          return out.iterator();
        });
    JavaPairRDD<Long, Sig> sigs = banded.mapToPair(a -> new Tuple2<>(a.seq, Sig.of(a)));
    // verify: earlier's signature, then later's; keep (later → earlier, rank, jaccard)
    return candidates.join(sigs, partitions)
        .mapToPair(x -> new Tuple2<>(x._2()._1()[0],
            new Tuple2<>(new long[] {x._1(), x._2()._1()[1]}, x._2()._2())))
        .join(sigs, partitions)
        .flatMapToPair(x -> {
          long later = x._1();
          long[] earlierRank = x._2()._1()._1();
          Sig earlier = x._2()._1()._2(), self = x._2()._2();
          List<Tuple2<Long, double[]>> out = new ArrayList<>(1);
          if (earlier.id.equals(self.id)) return out.iterator();
          if (!Dedup.nearDuplicate(self.shingles, self.lead, earlier.shingles, self.title, earlier.title)) {
            return out.iterator();
          }
          double j = Shingles.jaccard(self.shingles, earlier.shingles);
          out.add(new Tuple2<>(later, new double[] {earlierRank[0], earlierRank[1], j}));
          return out.iterator();
        })
        .reduceByKey((x, y) -> y[2] > x[2] || y[2] == x[2] && y[1] < x[1] ? y : x)
        .mapToPair(x -> new Tuple2<>(x._1(), (long) x._2()[0]));
  }
}
