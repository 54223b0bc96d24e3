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

/**
 * The Meta webhook for Facebook Pages and Instagram: the subscription handshake, and deliveries
 * signed with the app secret over the exact bytes received.
 */
@Path("/webhooks/meta")
@PermitAll
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
