package io.careroute.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** careroute's own settings, each documented where it is declared. */
@ConfigMapping(prefix = "careroute")
public interface CarerouteConfig {

  /** Settings of the ingest front door. */
  Ingest ingest();

  /** Settings of token verification. */
  Security security();

  /** Settings of token verification. */
  interface Security {

    /**
     * Whether the repository's dev key may verify tokens. Only the dev, test and demo profiles set
     * it; in any other profile careroute refuses to start with that key.
     */
    @WithDefault("false")
    boolean devKeyTrusted();
  }

  /** Settings of the ingest front door. */
  interface Ingest {

    /** How long a request waits for Kafka's acknowledgement before answering 503. */
    @WithDefault("10s")
    Duration kafkaAckTimeout();

    /** The Retry-After, in seconds, sent with a 503 when Kafka is unavailable. */
    @WithDefault("5")
    int retryAfterSeconds();
  }
}
