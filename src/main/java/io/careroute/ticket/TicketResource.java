package io.careroute.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tickets API; a thin layer that maps a missing ticket to 404. */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class TicketResource {

  private final TicketService tickets;

  TicketResource(TicketService tickets) {
    this.tickets = tickets;
  }

  /** One ticket in full. */
  @GET
  @Path("/{id}")
  public TicketView get(@PathParam("id") String id) {
    return tickets.find(id).orElseThrow(() -> new NotFoundException("No ticket with id " + id));
  }
}
