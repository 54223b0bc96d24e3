package io.careroute.ticket;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The tickets API; a thin layer that maps a missing ticket to 404. */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
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

  /** One ticket in full. */
  @GET
  @Path("/{id}")
  public TicketView get(@PathParam("id") String id) {
    return tickets.find(id, actor()).orElseThrow(() -> notFound(id));
  }

  /** Moves the ticket to another status; an illegal move is a 409. */
  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView changeStatus(@PathParam("id") String id, @Valid @NotNull StatusChange change) {
    return lifecycle.changeStatus(id, change, actor()).orElseThrow(() -> notFound(id));
  }

  /** Adds an internal note; 201 with the note. */
  @POST
  @Path("/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
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
