package io.careroute.classify.model;

import java.util.Map;

/**
 * The vocabulary as an open-addressing table keyed by a 64-bit hash of each term, read without
 * building the term's string: a {@code HashMap<String, Integer>} of hundreds of thousands of short
 * n-grams suffers String.hashCode's collisions (its bins turn into trees) and every lookup first
 * allocates the key. A 64-bit hash of 300,000 terms collides with odds of about one in 10^8.
 */
final class TermIndex {

  private static final long SEED = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private final long[] keys;
  private final int[] values;
  private final int mask;

  private TermIndex(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The index of this vocabulary (term to feature index). */
  static TermIndex of(Map<String, Integer> vocabulary) {
    int capacity = Integer.highestOneBit(Math.max(16, vocabulary.size() * 2)) * 2;
    TermIndex index = new TermIndex(capacity);
    vocabulary.forEach((term, value) -> index.put(hash(start(), term, 0, term.length()), value));
    return index;
  }

  /** The hash state before any character. */
  static long start() {
    return SEED;
  }

  /** The state after these characters of {@code text}, from {@code state} (FNV-1a over chars). */
  static long hash(long state, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      state = (state ^ text.charAt(i)) * PRIME;
    }
    return state;
  }

  /** The state after one more character. */
  static long hash(long state, char c) {
    return (state ^ c) * PRIME;
  }

  /** The feature index of the term whose hash state is {@code state}, or 0 when unknown. */
  int get(long state) {
    long key = finish(state);
    for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return values[slot];
      }
      if (keys[slot] == 0) {
        return 0;
      }
    }
  }

  private void put(long state, int value) {
    long key = finish(state);
    int slot = (int) key & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** Mixes the bits (MurmurHash3's finaliser), never 0, which marks an empty slot. */
  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
