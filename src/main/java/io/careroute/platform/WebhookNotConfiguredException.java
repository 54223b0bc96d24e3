package io.careroute.platform;

/** A platform whose secret is not configured: every call is refused (404), never accepted. */
public class WebhookNotConfiguredException extends RuntimeException {

  public WebhookNotConfiguredException(String platform) {
    super("The " + platform + " webhook is not configured on this server");
  }
}
