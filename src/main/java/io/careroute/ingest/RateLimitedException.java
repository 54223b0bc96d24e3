package io.careroute.ingest;

/** A source sent more than its rate allows: the client should slow down (429). */
public class RateLimitedException extends RuntimeException {

  private final long retryAfterSeconds;

  public RateLimitedException(String source, long retryAfterSeconds) {
    super("Too many mentions from " + source);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
