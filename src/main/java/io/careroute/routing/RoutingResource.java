package io.careroute.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/tickets/{id}/routing}: every routing decision about a ticket. */
@Path("/api/v1/tickets/{id}/routing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "admin"})
@Tag(name = "Tickets")
public class RoutingResource {

  private final RoutingService routing;

  RoutingResource(RoutingService routing) {
    this.routing = routing;
  }

  /** The decisions, oldest first, with each candidate and why it was ruled out. */
  @GET
  @Operation(
      summary = "Routing decisions of a ticket",
      description =
          "Every decision with each candidate agent and why it was excluded or its score.")
  public RoutingDecisionView.Decisions decisions(@PathParam("id") String id) {
    return routing
        .decisions(id)
        .map(RoutingDecisionView.Decisions::new)
        .orElseThrow(() -> new NotFoundException("No ticket with id " + id));
  }
}
