package io.careroute.platform;

import io.careroute.problem.ApiException;

/** A webhook call that failed its platform's authentication: answered 401, never processed. */
public class WebhookRejectedException extends ApiException {

  private final String platform;
  private final String reason;

  public WebhookRejectedException(String platform, String reason, String detail) {
    super(401, "Unauthorized", detail);
    this.platform = platform;
    this.reason = reason;
  }

  public String platform() {
    return platform;
  }

  /** A short metric tag: missing_signature, bad_signature, stale, … */
  public String reason() {
    return reason;
  }
}
