package io.careroute.platform;

import io.careroute.problem.ApiException;
import jakarta.ws.rs.core.Response;

/** A platform whose secret is not configured: every call is refused (404), never accepted. */
public class WebhookNotConfiguredException extends ApiException {

  public WebhookNotConfiguredException(String platform) {
    super(
        Response.Status.NOT_FOUND, "The " + platform + " webhook is not configured on this server");
  }
}
