package io.careroute.agent;

/**
 * An agent may have room for more tickets: created, given more capacity, or back ONLINE. Fired as a
 * CDI event in the change's transaction; routing serves the queue once it committed.
 */
public record RoomMayHaveFreed(String agentId) {}
