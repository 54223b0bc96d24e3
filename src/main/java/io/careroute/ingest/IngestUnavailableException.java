package io.careroute.ingest;

import io.careroute.problem.ApiException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/** Kafka could not take a record in time: the client should retry later (503). */
public class IngestUnavailableException extends ApiException {

  private static final Logger LOG = Logger.getLogger(IngestUnavailableException.class);

  private final long retryAfterSeconds;

  public IngestUnavailableException(String message, long retryAfterSeconds) {
    super(Response.Status.SERVICE_UNAVAILABLE, "Kafka is unavailable; retry later");
    this.retryAfterSeconds = retryAfterSeconds;
    LOG.warnf("Ingest unavailable: %s", message);
  }

  @Override
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
