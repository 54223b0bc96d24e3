package io.careroute.routing;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code POST /api/v1/tickets/{id}/assignment}. */
public record AssignmentRequest(@NotBlank String agentId) {}
