package io.careroute.routing;

import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketService;
import io.careroute.ticket.TicketVersion;
import io.careroute.ticket.TicketView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/tickets/{id}/assignment}: a person assigns a ticket. */
@Path("/api/v1/tickets/{id}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
@Tag(name = "Tickets")
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

  /**
   * Assigns the ticket and returns it as it is now, with its ETag; an {@code If-Match} naming an
   * older version is refused (412).
   */
  @POST
  @Operation(
      summary = "Assign a ticket",
      description =
          "Supervisors assign to any eligible agent; an agent may take a queued ticket for itself. Send If-Match with the ETag read to refuse a stale write.")
  @APIResponse(
      responseCode = "200",
      description = "The ticket as it is now, with its ETag",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The ticket is RESOLVED or CLOSED, or changed meanwhile")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  @APIResponse(responseCode = "422", description = "The agent is not eligible (the rule is named)")
  public Response assign(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AssignmentRequest request) {
    TicketLifecycle.Actor actor = TicketLifecycle.Actor.of(identity);
    if (!assignment.assign(id, request.agentId(), actor, ifMatch)) {
      throw new NotFoundException("No ticket with id " + id);
    }
    TicketView view =
        tickets.find(id, actor).orElseThrow(() -> new NotFoundException("No ticket " + id));
    return TicketVersion.tagged(view);
  }
}
