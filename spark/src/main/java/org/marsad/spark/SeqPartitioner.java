package org.marsad.spark;

import org.apache.spark.Partitioner;

/**
 * Partitions by rank in publication order ({@link Analyzed#seq}, 0 to count − 1) into equal
 * contiguous ranges: with {@code repartitionAndSortWithinPartitions}, a total order without the
 * sampling pass that {@code sortBy} runs over its whole input first.
 */
final class SeqPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int partitions;
  private final long count;

  SeqPartitioner(int partitions, long count) {
    this.partitions = Math.max(1, partitions);
    this.count = Math.max(1, count);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long seq = (Long) key;
    return (int) Math.min(partitions - 1, Math.max(0, seq * partitions / count));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeqPartitioner p && p.partitions == partitions && p.count == count;
  }

  @Override
  public int hashCode() {
    return partitions * 31 + Long.hashCode(count);
  }
}
