package io.careroute.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/tickets/{id}/audit}: every agent and supervisor action on a ticket. */
@Path("/api/v1/tickets/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "admin"})
@Tag(name = "Tickets")
public class AuditResource {

  /** The body: the trail, oldest first. */
  public record Trail(List<AuditTrail.AuditView> entries) {}

  private final AuditTrail trail;

  AuditResource(AuditTrail trail) {
    this.trail = trail;
  }

  @GET
  @Operation(
      summary = "Audit trail of a ticket",
      description = "Every agent and supervisor action: who, what, when, before and after.")
  public Trail get(@PathParam("id") String id) {
    List<AuditTrail.AuditView> entries = trail.forTicket(id);
    if (entries.isEmpty() && !trail.ticketExists(id)) {
      throw new NotFoundException("No ticket with id " + id);
    }
    return new Trail(entries);
  }
}
