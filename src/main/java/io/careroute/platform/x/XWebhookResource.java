package io.careroute.platform.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.config.CarerouteConfig;
import io.careroute.platform.Signatures;
import io.careroute.platform.WebhookIngest;
import io.careroute.platform.WebhookNotConfiguredException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The X Account Activity webhook: answers the CRC challenge and takes signed deliveries, checking
 * the signature over the exact bytes received before anything is parsed.
 */
@Path("/webhooks/x")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class XWebhookResource {

  static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";

  private final CarerouteConfig config;
  private final WebhookIngest webhooks;
  private final ObjectMapper json;

  XWebhookResource(CarerouteConfig config, WebhookIngest webhooks, ObjectMapper json) {
    this.config = config;
    this.webhooks = webhooks;
    this.json = json;
  }

  /** The CRC check X makes on registration and hourly. */
  @GET
  @Operation(
      summary = "X CRC check",
      description =
          "Answers the challenge with sha256=base64(HMAC-SHA256(consumerSecret, crc_token)).")
  @APIResponse(responseCode = "200", description = "The response token")
  @APIResponse(responseCode = "404", description = "X webhooks are not configured")
  public Map<String, String> crc(@QueryParam("crc_token") String crcToken) {
    String secret = secret();
    if (crcToken == null || crcToken.isEmpty()) {
      throw new BadRequestException("crc_token is required");
    }
    byte[] hmac = Signatures.hmacSha256(secret, crcToken.getBytes(StandardCharsets.UTF_8));
    return Map.of("response_token", "sha256=" + Base64.getEncoder().encodeToString(hmac));
  }

  /** One signed delivery of account activity. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "X Account Activity delivery",
      description =
          "Signed with x-twitter-webhooks-signature; each customer tweet becomes a mention.")
  @APIResponse(responseCode = "200", description = "Accepted: how many mentions the delivery held")
  @APIResponse(responseCode = "401", description = "Missing or bad signature")
  @APIResponse(responseCode = "404", description = "X webhooks are not configured")
  @APIResponse(
      responseCode = "429",
      description = "This platform is sending too fast (Retry-After)")
  @APIResponse(responseCode = "503", description = "Kafka is unavailable (Retry-After)")
  public Uni<Map<String, Integer>> deliver(
      @HeaderParam(SIGNATURE_HEADER) String signature, byte[] body) throws IOException {
    String secret = secret();
    webhooks.verifySha256Header(
        "x",
        SIGNATURE_HEADER,
        signature,
        Base64.getDecoder()::decode,
        Signatures.hmacSha256(secret, body));
    JsonNode delivery = json.readTree(body);
    return webhooks
        .acceptValid("x", XEventMapper.mentions(delivery))
        .map(accepted -> Map.of("accepted", accepted.size()));
  }

  private String secret() {
    return config
        .webhooks()
        .xConsumerSecret()
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> new WebhookNotConfiguredException("x"));
  }
}
