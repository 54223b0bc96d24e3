package io.careroute.ingest;

/** Kafka could not take a record in time: the client should retry later (503). */
public class IngestUnavailableException extends RuntimeException {

  public IngestUnavailableException(String message) {
    super(message);
  }

  public IngestUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
