package io.careroute.reply;

import io.careroute.ticket.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tickets/{id}/replies}. */
public record NewReply(@NotBlank @Size(max = 10_000) String text, @NotNull Visibility visibility) {}
