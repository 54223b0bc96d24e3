package io.careroute.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.careroute.problem.InputGate;
import io.careroute.problem.Printable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code POST /api/v1/mentions}: one public customer mention, as the contract says.
 * Webhook adapters build it from their platform's payload, so every text is checked against the
 * input gate here as well as when a JSON body is read.
 */
public record MentionRequest(
    @NotBlank
        @Pattern(regexp = "[a-z][a-z0-9_-]{0,31}", message = "must be a lowercase platform name")
        String platform,
    @NotBlank @Size(min = 1, max = 128) @Printable String externalId,
    @NotNull @Valid Author author,
    @NotBlank @Size(max = 10_000) @Printable String text,
    Instant createdAt,
    @Size(max = 128) @Printable String inReplyToExternalId,
    @Size(max = 128) @Printable String conversationId,
    @Size(max = 2048) @Printable String url,
    @Size(max = 16) @Printable String lang,
    Boolean authoredByBrand) {

  /** Validated as the property {@code createdAt}: an instant every store can hold. */
  @JsonIgnore
  @AssertTrue(message = "must be an ISO-8601 instant from 2000-01-01T00:00:00Z to before 2100")
  public boolean isCreatedAt() {
    return InputGate.inRange(createdAt);
  }

  /** The public author of the mention. */
  public record Author(
      @NotBlank @Size(max = 128) @Printable String id,
      @NotBlank @Size(min = 1, max = 64) @Printable String handle,
      @Size(max = 256) @Printable String displayName,
      @PositiveOrZero Long followers,
      Boolean verified) {}
}
