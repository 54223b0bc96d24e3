package io.careroute.agent;

/** Whether an agent can take new work. */
public enum Presence {
  ONLINE,
  AWAY,
  OFFLINE
}
