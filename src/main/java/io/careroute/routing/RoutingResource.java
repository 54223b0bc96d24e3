package io.careroute.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/tickets/{id}/routing}: every routing decision about a ticket. */
@Path("/api/v1/tickets/{id}/routing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "admin"})
public class RoutingResource {

  private final RoutingService routing;

  RoutingResource(RoutingService routing) {
    this.routing = routing;
  }

  /** The decisions, oldest first, with each candidate and why it was ruled out. */
  @GET
  public RoutingDecisionView.Decisions decisions(@PathParam("id") String id) {
    return routing
        .decisions(id)
        .map(RoutingDecisionView.Decisions::new)
        .orElseThrow(() -> new NotFoundException("No ticket with id " + id));
  }
}
