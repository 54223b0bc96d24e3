package io.careroute.ticket;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tickets API; a thin layer that maps a missing ticket to 404. */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
@Tag(name = "Tickets")
public class TicketResource {

  private final TicketService tickets;
  private final TicketLifecycle lifecycle;
  private final TicketListing listing;
  private final SecurityIdentity identity;

  TicketResource(
      TicketService tickets,
      TicketLifecycle lifecycle,
      TicketListing listing,
      SecurityIdentity identity) {
    this.tickets = tickets;
    this.lifecycle = lifecycle;
    this.listing = listing;
    this.identity = identity;
  }

  /** A page of tickets this caller may see, filtered, in priority then deadline order. */
  @GET
  @Operation(
      summary = "List tickets",
      description =
          "Agents see their own tickets and the unassigned queue; supervisors and admins see all. Priority, then first-response deadline order; keyset cursor.")
  @APIResponse(
      responseCode = "200",
      description = "A page of tickets and the cursor of the next",
      content = @Content(schema = @Schema(implementation = TicketPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A filter, limit or cursor is not valid (each named)")
  public TicketPage list(
      @QueryParam("status") String status,
      @QueryParam("assignee") String assignee,
      @QueryParam("category") String category,
      @QueryParam("priority") String priority,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return listing.page(
        TicketFilters.parse(status, assignee, category, priority, limit, cursor), actor());
  }

  /** One ticket in full, with its version as the ETag. */
  @GET
  @Path("/{id}")
  @Operation(summary = "A ticket in full", description = "With its version as the ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The ticket",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(responseCode = "403", description = "An agent asked for another agent's ticket")
  public Response get(@PathParam("id") String id) {
    return TicketVersion.tagged(tickets.find(id, actor()).orElseThrow(() -> notFound(id)));
  }

  /**
   * Moves the ticket to another status; an illegal move is a 409, an {@code If-Match} naming an
   * older version a 412.
   */
  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a ticket's status",
      description =
          "RESOLVED needs a reason. Send If-Match with the ETag read to refuse a stale write.")
  @APIResponse(
      responseCode = "200",
      description = "The ticket as it is now, with its ETag",
      content = @Content(schema = @Schema(implementation = TicketView.class)))
  @APIResponse(
      responseCode = "409",
      description = "An illegal move, or the ticket changed meanwhile")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response changeStatus(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull StatusChange change) {
    return TicketVersion.tagged(
        lifecycle.changeStatus(id, change, actor(), ifMatch).orElseThrow(() -> notFound(id)));
  }

  /** Adds an internal note; 201 with the note. */
  @POST
  @Path("/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an internal note", description = "Never delivered to the customer.")
  @APIResponse(
      responseCode = "201",
      description = "The note",
      content = @Content(schema = @Schema(implementation = TicketView.MessageView.class)))
  public Response addNote(@PathParam("id") String id, @Valid @NotNull NewNote note) {
    TicketView.MessageView added =
        lifecycle.addNote(id, note.text(), actor()).orElseThrow(() -> notFound(id));
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  private TicketLifecycle.Actor actor() {
    return TicketLifecycle.Actor.of(identity);
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("No ticket with id " + id);
  }
}
