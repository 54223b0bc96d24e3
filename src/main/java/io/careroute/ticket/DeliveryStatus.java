package io.careroute.ticket;

/** Where an outbound reply is on its way to the platform. */
public enum DeliveryStatus {
  PENDING,
  SENT,
  FAILED
}
