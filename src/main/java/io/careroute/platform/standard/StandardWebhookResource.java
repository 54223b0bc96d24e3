package io.careroute.platform.standard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.config.CarerouteConfig;
import io.careroute.ingest.MentionRequest;
import io.careroute.platform.Signatures;
import io.careroute.platform.WebhookIngest;
import io.careroute.platform.WebhookNotConfiguredException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Standard Webhooks (standardwebhooks.com) for any other source: the signature covers id, timestamp
 * and the exact body, several signatures may be sent while keys rotate, and a timestamp outside the
 * tolerance is refused so a captured call cannot be replayed later.
 */
@Path("/webhooks/generic/{source}")
@PermitAll
@Tag(name = "Webhooks")
public class StandardWebhookResource {

  private final StandardWebhookSecrets secrets;
  private final WebhookIngest webhooks;
  private final ObjectMapper json;
  private final Duration tolerance;

  StandardWebhookResource(
      StandardWebhookSecrets secrets,
      WebhookIngest webhooks,
      ObjectMapper json,
      CarerouteConfig config) {
    this.secrets = secrets;
    this.webhooks = webhooks;
    this.json = json;
    this.tolerance = config.webhooks().genericTolerance();
  }

  /** One signed mention. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Standard Webhooks delivery of one mention",
      description =
          "Signed with webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256).")
  @APIResponse(
      responseCode = "202",
      description = "In Kafka",
      content = @Content(schema = @Schema(implementation = Accepted.class)))
  @APIResponse(
      responseCode = "401",
      description = "Missing or bad signature, or a timestamp over 5 minutes off")
  @APIResponse(responseCode = "404", description = "No such source is configured")
  @APIResponse(responseCode = "429", description = "This source is sending too fast (Retry-After)")
  @APIResponse(responseCode = "503", description = "Kafka is unavailable (Retry-After)")
  public Uni<Response> deliver(
      @PathParam("source") String source,
      @HeaderParam("webhook-id") String id,
      @HeaderParam("webhook-timestamp") String timestamp,
      @HeaderParam("webhook-signature") String signatures,
      byte[] body)
      throws IOException {
    byte[] key = secrets.keyOf(source).orElseThrow(() -> new WebhookNotConfiguredException(source));
    verify(key, id, timestamp, signatures, body);
    MentionRequest mention = json.readValue(body, MentionRequest.class);
    return webhooks
        .acceptOne("generic:" + source, mention)
        .map(accepted -> Response.accepted(new Accepted(accepted.mentionId(), "accepted")).build());
  }

  private void verify(byte[] key, String id, String timestamp, String signatures, byte[] body) {
    if (id == null || timestamp == null || signatures == null) {
      throw webhooks.rejected(
          "generic",
          "missing_signature",
          "webhook-id, webhook-timestamp and webhook-signature" + " are required");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw webhooks.rejected("generic", "bad_signature", "webhook-timestamp is not unix seconds");
    }
    long skew = Math.abs(Instant.now().getEpochSecond() - seconds);
    if (skew > tolerance.toSeconds()) {
      throw webhooks.rejected("generic", "stale", "webhook-timestamp is outside the tolerance");
    }
    byte[] expected = signature(key, id, timestamp, body);
    boolean matched = false;
    for (String candidate : List.of(signatures.trim().split(" +"))) {
      if (candidate.startsWith("v1,")) {
        matched |= Signatures.matches(expected, decode(candidate.substring(3)));
      }
    }
    if (!matched) {
      throw webhooks.rejected("generic", "bad_signature", "No signature matches the body");
    }
  }

  /** The v1 signature of a delivery: HMAC-SHA256 of {@code id.timestamp.body} under the key. */
  static byte[] signature(byte[] key, String id, String timestamp, byte[] body) {
    return Signatures.hmacSha256(
        key, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The 202 body, as the mentions API answers. */
  public record Accepted(String mentionId, String status) {}
}
