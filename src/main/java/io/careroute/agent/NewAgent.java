package io.careroute.agent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/v1/agents}. */
public record NewAgent(
    @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String id,
    @NotBlank @Size(max = 64) String handle,
    @NotBlank @Size(max = 256) String displayName,
    @NotEmpty List<@NotBlank @Size(max = 32) String> skills,
    @NotEmpty List<@NotBlank @Pattern(regexp = "[a-z]{2}") String> languages,
    @NotNull @Min(1) @Max(50) Integer capacity,
    @Size(max = 16) String signature) {}
