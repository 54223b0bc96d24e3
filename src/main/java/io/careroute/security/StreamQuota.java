package io.careroute.security;

import io.careroute.problem.ApiException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps the live streams (server-sent events) one instance holds open: a few per caller, and a
 * total, so that a leaked token or a buggy client cannot exhaust the instance's connections. A
 * stream over the cap is refused (429) before it opens; one that ends frees its place.
 */
@ApplicationScoped
public class StreamQuota {

  /** The caps. */
  @ConfigMapping(prefix = "careroute.streams")
  public interface Limits {

    /** Live streams one caller (token subject) may hold open on one instance. */
    @WithDefault("5")
    int perCaller();

    /** Live streams one instance holds open in all. */
    @WithDefault("1000")
    int total();
  }

  /** A stream refused because its caller or the instance is at the cap (429). */
  public static class TooManyStreamsException extends ApiException {
    public TooManyStreamsException(String message) {
      super(429, "Too Many Requests", message);
    }

    @Override
    public long retryAfterSeconds() {
      return 30;
    }
  }

  private final Limits limits;
  private final ConcurrentMap<String, AtomicInteger> perCaller = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();

  StreamQuota(Limits limits) {
    this.limits = limits;
  }

  /** The stream, counted against the caller's and the instance's caps while it is open. */
  public <T> Multi<T> open(String caller, Multi<T> stream) {
    AtomicInteger mine = perCaller.computeIfAbsent(caller, c -> new AtomicInteger());
    if (mine.incrementAndGet() > limits.perCaller()) {
      mine.decrementAndGet();
      throw new TooManyStreamsException(
          "At most " + limits.perCaller() + " live streams per caller; close one first");
    }
    if (total.incrementAndGet() > limits.total()) {
      total.decrementAndGet();
      mine.decrementAndGet();
      throw new TooManyStreamsException("This instance holds its most live streams; retry later");
    }
    AtomicBoolean released = new AtomicBoolean();
    return stream
        .onTermination()
        .invoke(
            () -> {
              if (released.compareAndSet(false, true)) {
                total.decrementAndGet();
                mine.decrementAndGet();
              }
            });
  }

  /** How many streams this caller has open here. */
  public int openBy(String caller) {
    AtomicInteger mine = perCaller.get(caller);
    return mine == null ? 0 : mine.get();
  }
}
