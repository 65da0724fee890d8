package org.marsad.entity.ner;

/** 64-bit hashes of feature names, computed without building strings (FNV-1a, then a mix). */
final class Hashing {
  private Hashing() {}

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  static long of(CharSequence s) {
    return of(s, 0, s.length());
  }

  static long of(CharSequence s, int from, int to) {
    long h = OFFSET;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return finish(h);
  }

  /** A feature: template number and a value's hash. Never 0 (0 marks an empty slot). */
  static long feature(int template, long value) {
    long h = finish(value ^ (0x9E3779B97F4A7C15L * (template + 1)));
    return h == 0 ? 1 : h;
  }

  static long pair(long a, long b) {
    return finish(a * 31 + b ^ 0x632BE59BD9B4E019L);
  }

  static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
