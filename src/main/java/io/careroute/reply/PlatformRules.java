package io.careroute.reply;

import io.careroute.ticket.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What each platform accepts from the brand, each rule returning why a reply breaks it: X posts are
 * at most 280 characters including the signature; Meta allows a private message only within 24
 * hours of the customer's last message.
 */
final class PlatformRules {

  static final int X_POST_LIMIT = 280;
  static final Duration META_PRIVATE_WINDOW = Duration.ofHours(24);

  private PlatformRules() {}

  static Optional<String> refusal(
      String platform, Visibility visibility, String text, Instant lastCustomerMessage) {
    if (platform.equals("x") && visibility == Visibility.PUBLIC && text.length() > X_POST_LIMIT) {
      return Optional.of(
          "An X post is at most "
              + X_POST_LIMIT
              + " characters including the signature; this one has "
              + text.length());
    }
    boolean meta = platform.equals("facebook") || platform.equals("instagram");
    if (meta
        && visibility == Visibility.PRIVATE
        && (lastCustomerMessage == null
            || lastCustomerMessage.plus(META_PRIVATE_WINDOW).isBefore(Instant.now()))) {
      return Optional.of(
          "Meta allows a private message only within 24 hours of the customer's last message");
    }
    return Optional.empty();
  }
}
