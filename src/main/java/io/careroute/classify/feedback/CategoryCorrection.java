package io.careroute.classify.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tickets/{id}/classification}. */
public record CategoryCorrection(@NotBlank @Size(max = 32) String category) {}
