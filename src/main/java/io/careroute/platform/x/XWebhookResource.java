package io.careroute.platform.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.config.CarerouteConfig;
import io.careroute.platform.Signatures;
import io.careroute.platform.WebhookIngest;
import io.careroute.platform.WebhookNotConfiguredException;
import io.careroute.problem.InvalidRequestException;
import io.careroute.problem.Problem;
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
import java.util.List;
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

  /** The longest CRC token answered; X's own are a few dozen characters. */
  static final int MAX_CRC_TOKEN = 256;

  /**
   * The CRC check X makes on registration and hourly. The answer is an HMAC under the same secret
   * that signs deliveries, so only a token X could have sent is answered: printable ASCII without
   * {@code {}, at most 256 characters. A delivery body is a JSON object and so always holds a
   * {@code {}: no CRC answer can ever be a delivery's signature.
   */
  @GET
  @Operation(
      summary = "X CRC check",
      description =
          "Answers the challenge with sha256=base64(HMAC-SHA256(consumerSecret, crc_token)), only"
              + " for a token X could have sent: printable ASCII without '{', at most 256"
              + " characters.")
  @APIResponse(responseCode = "200", description = "The response token")
  @APIResponse(responseCode = "400", description = "The crc_token is not one X could have sent")
  @APIResponse(responseCode = "404", description = "X webhooks are not configured")
  public Map<String, String> crc(@QueryParam("crc_token") String crcToken) {
    String secret = secret();
    if (!couldComeFromX(crcToken)) {
      throw new InvalidRequestException(
          List.of(
              new Problem.FieldError(
                  "crc_token",
                  "must be 1 to " + MAX_CRC_TOKEN + " printable ASCII characters without '{'")));
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
    if (delivery == null || !delivery.isObject()) {
      throw new BadRequestException("An X delivery is a JSON object");
    }
    return webhooks
        .acceptValid("x", XEventMapper.mentions(delivery))
        .map(accepted -> Map.of("accepted", accepted.size()));
  }

  static boolean couldComeFromX(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_CRC_TOKEN) {
      return false;
    }
    return token.chars().allMatch(c -> c >= 0x20 && c <= 0x7e && c != '{');
  }

  private String secret() {
    return config
        .webhooks()
        .xConsumerSecret()
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> new WebhookNotConfiguredException("x"));
  }
}
