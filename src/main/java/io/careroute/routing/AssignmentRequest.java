package io.careroute.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tickets/{id}/assignment}. */
public record AssignmentRequest(@NotBlank @Size(max = 64) String agentId) {}
