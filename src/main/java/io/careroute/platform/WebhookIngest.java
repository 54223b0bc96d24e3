package io.careroute.platform;

import io.careroute.ingest.IngestMetrics;
import io.careroute.ingest.IngestService;
import io.careroute.ingest.MentionRequest;
import io.careroute.messaging.MentionAccepted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * What the platform adapters share once a call is authenticated: each mapped event is validated on
 * its own, and one bad event is skipped and counted rather than making the platform retry the whole
 * delivery forever.
 */
@ApplicationScoped
public class WebhookIngest {

  private static final Logger LOG = Logger.getLogger(WebhookIngest.class);

  private final IngestService ingest;
  private final IngestMetrics metrics;

  WebhookIngest(IngestService ingest, IngestMetrics metrics) {
    this.ingest = ingest;
    this.metrics = metrics;
  }

  /** Accepts the valid mentions of one delivery; completes when Kafka has them all. */
  public Uni<List<MentionAccepted>> acceptValid(String source, List<MentionRequest> mentions) {
    List<MentionRequest> valid = new ArrayList<>();
    for (MentionRequest mention : mentions) {
      try {
        valid.add(ingest.validated(mention, mention.platform(), 1));
      } catch (ConstraintViolationException e) {
        LOG.warnf(
            "Skipped an invalid %s event %s: %s", source, mention.externalId(), e.getMessage());
      }
    }
    return ingest.accept(source, valid);
  }

  /** Accepts one mention that must be valid as a whole (400 naming its bad fields otherwise). */
  public Uni<MentionAccepted> acceptOne(String source, MentionRequest mention) {
    ingest.validated(mention, mention == null ? null : mention.platform(), 1);
    return ingest.accept(source, List.of(mention)).map(accepted -> accepted.get(0));
  }

  /**
   * Checks a {@code sha256=<signature>} header against the expected HMAC in constant time; the
   * decoder turns the platform's encoding (base64, hex) into bytes.
   */
  public void verifySha256Header(
      String platform,
      String headerName,
      String header,
      Function<String, byte[]> decoder,
      byte[] expected) {
    if (header == null || !header.startsWith("sha256=")) {
      throw rejected(platform, "missing_signature", "Missing " + headerName);
    }
    byte[] presented;
    try {
      presented = decoder.apply(header.substring("sha256=".length()));
    } catch (IllegalArgumentException e) {
      throw rejected(platform, "bad_signature", "Malformed signature");
    }
    if (!Signatures.matches(expected, presented)) {
      throw rejected(platform, "bad_signature", "Signature does not match the body");
    }
  }

  /** Counts a refused call and returns the exception to throw. */
  public WebhookRejectedException rejected(String platform, String reason, String detail) {
    metrics.rejected(IngestService.platformTag(platform), reason, 1);
    return new WebhookRejectedException(platform, reason, detail);
  }
}
