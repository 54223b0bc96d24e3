package io.careroute.ticket;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tickets/{id}/status}; RESOLVED needs a reason. */
public record StatusChange(@NotNull TicketStatus status, @Size(max = 1000) String reason) {

  /** Validated as the property {@code reason}: resolving a ticket says why. */
  @JsonIgnore
  @AssertTrue(message = "is required to resolve a ticket")
  public boolean isReason() {
    return status != TicketStatus.RESOLVED || (reason != null && !reason.isBlank());
  }
}
