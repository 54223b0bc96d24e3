package io.careroute.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recent texts per author, in bounded memory, to spot bot-like repetition: the same
 * author posting the same text a third time within the window is not a person asking for help.
 */
public final class RepetitionWatch {

  private final int maxEntries;
  private final long windowMillis;
  private final int threshold;
  private final Map<String, Entry> seen;

  private static final class Entry {
    final java.util.Set<String> mentions = new java.util.HashSet<>();
    long lastSeen;
  }

  public RepetitionWatch(int maxEntries, long windowMillis, int threshold) {
    this.maxEntries = maxEntries;
    this.windowMillis = windowMillis;
    this.threshold = threshold;
    this.seen =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > RepetitionWatch.this.maxEntries;
          }
        };
  }

  /**
   * Records this post and tells whether the author has now posted the same text too often. A
   * redelivery of the same mention is not a repetition.
   */
  public synchronized boolean repeated(String authorKey, String mentionId, String text) {
    String key = authorKey + "\u0000" + text.strip().replaceAll("\\s+", " ");
    long now = System.currentTimeMillis();
    Entry entry = seen.get(key);
    if (entry == null || now - entry.lastSeen > windowMillis) {
      entry = new Entry();
      seen.put(key, entry);
    }
    entry.lastSeen = now;
    if (entry.mentions.size() < threshold) {
      entry.mentions.add(mentionId);
    }
    return entry.mentions.size() >= threshold;
  }
}
