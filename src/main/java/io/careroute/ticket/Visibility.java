package io.careroute.ticket;

/** Whether a message is public on the platform or a private message. */
public enum Visibility {
  PUBLIC,
  PRIVATE
}
