package io.careroute.platform.meta;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.config.CarerouteConfig;
import io.careroute.platform.Signatures;
import io.careroute.platform.WebhookIngest;
import io.careroute.platform.WebhookNotConfiguredException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Meta webhook for Facebook Pages and Instagram: the subscription handshake, and deliveries
 * signed with the app secret over the exact bytes received.
 */
@Path("/webhooks/meta")
@PermitAll
@Tag(name = "Webhooks")
public class MetaWebhookResource {

  static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

  private final CarerouteConfig config;
  private final WebhookIngest webhooks;
  private final ObjectMapper json;

  MetaWebhookResource(CarerouteConfig config, WebhookIngest webhooks, ObjectMapper json) {
    this.config = config;
    this.webhooks = webhooks;
    this.json = json;
  }

  /** The subscription handshake: echo the challenge when the verify token matches. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(
      summary = "Meta subscription handshake",
      description = "Echoes hub.challenge when hub.verify_token matches.")
  @APIResponse(responseCode = "200", description = "The challenge")
  @APIResponse(responseCode = "403", description = "The verify token does not match")
  @APIResponse(responseCode = "404", description = "Meta webhooks are not configured")
  public String verify(
      @QueryParam("hub.mode") String mode,
      @QueryParam("hub.verify_token") String token,
      @QueryParam("hub.challenge") String challenge) {
    String expected =
        config
            .webhooks()
            .metaVerifyToken()
            .filter(s -> !s.isBlank())
            .orElseThrow(() -> new WebhookNotConfiguredException("meta"));
    boolean matches =
        token != null
            && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    if (!"subscribe".equals(mode) || !matches || challenge == null) {
      throw new ForbiddenException("The verify token does not match");
    }
    return challenge;
  }

  /** One signed delivery, possibly batching several entries. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Meta delivery (Facebook Pages, Instagram)",
      description =
          "Signed with X-Hub-Signature-256; feed posts, comments and mentions become mentions.")
  @APIResponse(responseCode = "200", description = "Accepted: how many mentions the delivery held")
  @APIResponse(responseCode = "401", description = "Missing or bad signature")
  @APIResponse(responseCode = "404", description = "Meta webhooks are not configured")
  @APIResponse(
      responseCode = "429",
      description = "This platform is sending too fast (Retry-After)")
  @APIResponse(responseCode = "503", description = "Kafka is unavailable (Retry-After)")
  public Uni<Map<String, Integer>> deliver(
      @HeaderParam(SIGNATURE_HEADER) String signature, byte[] body) throws IOException {
    String secret =
        config
            .webhooks()
            .metaAppSecret()
            .filter(s -> !s.isBlank())
            .orElseThrow(() -> new WebhookNotConfiguredException("meta"));
    webhooks.verifySha256Header(
        "meta",
        SIGNATURE_HEADER,
        signature,
        HexFormat.of()::parseHex,
        Signatures.hmacSha256(secret, body));
    return webhooks
        .acceptValid("meta", MetaEventMapper.mentions(json.readTree(body)))
        .map(accepted -> Map.of("accepted", accepted.size()));
  }
}
