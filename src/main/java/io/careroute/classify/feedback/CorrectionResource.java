package io.careroute.classify.feedback;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/tickets/{id}/classification}: an agent corrects a ticket's category. */
@Path("/api/v1/tickets/{id}/classification")
@Tag(name = "Tickets")
public class CorrectionResource {

  private final CorrectionService corrections;
  private final TicketService tickets;
  private final SecurityIdentity identity;

  CorrectionResource(
      CorrectionService corrections, TicketService tickets, SecurityIdentity identity) {
    this.corrections = corrections;
    this.tickets = tickets;
    this.identity = identity;
  }

  /** Corrects the category; 422 when it is not in the taxonomy. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"agent", "supervisor", "admin"})
  @Operation(
      summary = "Correct a ticket's category",
      description = "Kept as labelled feedback for retraining.")
  @APIResponse(
      responseCode = "200",
      description = "The ticket with its corrected category",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "422", description = "The category is not in the taxonomy")
  public TicketView correct(@PathParam("id") String id, @Valid @NotNull CategoryCorrection body) {
    TicketLifecycle.Actor actor = TicketLifecycle.Actor.of(identity);
    if (!corrections.correct(id, body.category(), actor)) {
      throw new NotFoundException("No ticket with id " + id);
    }
    return tickets.find(id, actor).orElseThrow(() -> new NotFoundException("No ticket " + id));
  }
}
