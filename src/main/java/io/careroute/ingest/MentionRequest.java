package io.careroute.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The body of {@code POST /api/v1/mentions}: one public customer mention, as the contract says. */
public record MentionRequest(
    @NotBlank
        @Pattern(regexp = "[a-z][a-z0-9_-]{0,31}", message = "must be a lowercase platform name")
        String platform,
    @NotBlank @Size(min = 1, max = 128) String externalId,
    @NotNull @Valid Author author,
    @NotBlank @Size(max = 10_000) String text,
    Instant createdAt,
    @Size(max = 128) String inReplyToExternalId,
    @Size(max = 128) String conversationId,
    @Size(max = 2048) String url,
    @Size(max = 16) String lang,
    Boolean authoredByBrand) {

  /** The public author of the mention. */
  public record Author(
      @NotBlank @Size(max = 128) String id,
      @NotBlank @Size(min = 1, max = 64) String handle,
      @Size(max = 256) String displayName,
      @PositiveOrZero Long followers,
      Boolean verified) {}
}
