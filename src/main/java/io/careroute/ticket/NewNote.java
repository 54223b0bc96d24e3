package io.careroute.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tickets/{id}/notes}. */
public record NewNote(@NotBlank @Size(max = 10_000) String text) {}
