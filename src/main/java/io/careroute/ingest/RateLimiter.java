package io.careroute.ingest;

import io.careroute.config.CarerouteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per source, in memory: cheap enough for the ingest hot path, and generous by
 * default so only a runaway client or a flood of forged calls ever meets it.
 */
@ApplicationScoped
public class RateLimiter {

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final double perSecond;
  private final int burst;

  RateLimiter(CarerouteConfig config) {
    this.perSecond = config.ingest().rateLimitPerSecond();
    this.burst = config.ingest().rateLimitBurst();
  }

  /** Takes this many permits for the source, or throws when its bucket is empty. */
  public void acquire(String source, int permits) {
    Bucket bucket = buckets.computeIfAbsent(source, s -> new Bucket(burst, System.nanoTime()));
    double missing = bucket.take(permits, perSecond, burst, System.nanoTime());
    if (missing > 0) {
      throw new RateLimitedException(source, Math.max(1, (long) Math.ceil(missing / perSecond)));
    }
  }

  private static final class Bucket {
    private double tokens;
    private long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    /** Returns 0 when the permits were taken, else how many tokens were missing. */
    synchronized double take(int permits, double perSecond, int burst, long now) {
      tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
      refilledAt = now;
      if (tokens >= permits) {
        tokens -= permits;
        return 0;
      }
      return permits - tokens;
    }
  }
}
