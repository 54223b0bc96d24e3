package io.careroute.delivery;

/**
 * How delivering one reply ended: sent (with the platform's id of the new post, when it gave one)
 * or failed (with the platform's reason), after how many attempts.
 */
public record DeliveryOutcome(boolean sent, String platformId, String reason, int attempts) {

  static DeliveryOutcome sent(String platformId, int attempts) {
    return new DeliveryOutcome(true, platformId, null, attempts);
  }

  static DeliveryOutcome failed(String reason, int attempts) {
    return new DeliveryOutcome(false, null, reason, attempts);
  }
}
