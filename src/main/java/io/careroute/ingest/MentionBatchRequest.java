package io.careroute.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/v1/mentions/batch}: up to 500 mentions, validated together. */
public record MentionBatchRequest(
    @NotEmpty @Size(max = 500) List<@NotNull @Valid MentionRequest> mentions) {}
