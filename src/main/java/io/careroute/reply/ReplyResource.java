package io.careroute.reply;

import io.careroute.ticket.TicketLifecycle;
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
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/tickets/{id}/replies}: an agent answers the customer. */
@Path("/api/v1/tickets/{id}/replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class ReplyResource {

  private final ReplyService replies;
  private final SecurityIdentity identity;

  ReplyResource(ReplyService replies, SecurityIdentity identity) {
    this.replies = replies;
    this.identity = identity;
  }

  /** 202 with the reply's message id, PENDING; 422 with findings for personal data in public. */
  @POST
  public Response reply(@PathParam("id") String id, @Valid @NotNull NewReply reply) {
    ReplyAccepted accepted =
        replies
            .reply(id, reply, TicketLifecycle.Actor.of(identity))
            .orElseThrow(() -> new NotFoundException("No ticket with id " + id));
    return Response.accepted(accepted).build();
  }
}
