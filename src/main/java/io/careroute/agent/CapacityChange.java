package io.careroute.agent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/agents/{id}/capacity}. */
public record CapacityChange(@NotNull @Min(1) @Max(50) Integer capacity) {}
