package org.marsad.entity.ner;

/** Open-addressing map from 64-bit feature hashes to dense row numbers; 0 is not a valid key. */
public final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int size;

  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  int size() {
    return size;
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) return values[i];
      if (k == 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** The row of {@code key}, adding it as the next row when absent. */
  int getOrAdd(long key) {
    int found = get(key);
    if (found >= 0) return found;
    put(key, size);
    return size - 1;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) grow();
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
    if (keys[i] == 0) size++;
    keys[i] = key;
    values[i] = value;
  }

  /** Keys in row order (rows must be 0..size-1). */
  long[] keysByRow() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) if (keys[i] != 0) out[values[i]] = keys[i];
    return out;
  }

  /** All keys, in table order (for maps whose values are not rows). */
  long[] keysByRowUnordered() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) if (k != 0) out[n++] = k;
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) put(oldKeys[i], oldValues[i]);
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
