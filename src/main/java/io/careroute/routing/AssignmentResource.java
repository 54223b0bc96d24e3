package io.careroute.routing;

import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketService;
import io.careroute.ticket.TicketView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v1/tickets/{id}/assignment}: a person assigns a ticket. */
@Path("/api/v1/tickets/{id}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class AssignmentResource {

  private final ManualAssignment assignment;
  private final TicketService tickets;
  private final SecurityIdentity identity;

  AssignmentResource(
      ManualAssignment assignment, TicketService tickets, SecurityIdentity identity) {
    this.assignment = assignment;
    this.tickets = tickets;
    this.identity = identity;
  }

  /** Assigns the ticket and returns it as it is now. */
  @POST
  public TicketView assign(@PathParam("id") String id, @Valid @NotNull AssignmentRequest request) {
    TicketLifecycle.Actor actor = TicketLifecycle.Actor.of(identity);
    if (!assignment.assign(id, request.agentId(), actor)) {
      throw new NotFoundException("No ticket with id " + id);
    }
    return tickets.find(id, actor).orElseThrow(() -> new NotFoundException("No ticket " + id));
  }
}
