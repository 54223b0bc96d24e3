package io.careroute.ingest;

import io.careroute.problem.ApiException;

/** A source sent more than its rate allows: the client should slow down (429). */
public class RateLimitedException extends ApiException {

  private final long retryAfterSeconds;

  public RateLimitedException(String source, long retryAfterSeconds) {
    super(429, "Too Many Requests", "Too many mentions from " + source + "; slow down");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
