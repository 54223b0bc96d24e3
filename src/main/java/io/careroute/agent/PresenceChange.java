package io.careroute.agent;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/agents/me/presence}. */
public record PresenceChange(@NotNull Presence presence) {}
