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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/tickets/{id}/replies}: an agent answers the customer. */
@Path("/api/v1/tickets/{id}/replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
@Tag(name = "Tickets")
public class ReplyResource {

  private final ReplyService replies;
  private final SecurityIdentity identity;

  ReplyResource(ReplyService replies, SecurityIdentity identity) {
    this.replies = replies;
    this.identity = identity;
  }

  /** 202 with the reply's message id, PENDING; 422 with findings for personal data in public. */
  @POST
  @Operation(
      summary = "Reply to the customer",
      description =
          "PUBLIC replies are signed and checked for personal data; the reply is delivered to the platform asynchronously.")
  @APIResponse(
      responseCode = "202",
      description = "Stored PENDING for delivery",
      content = @Content(schema = @Schema(implementation = ReplyAccepted.class)))
  @APIResponse(responseCode = "403", description = "Only the assignee or a supervisor may reply")
  @APIResponse(responseCode = "409", description = "The ticket is CLOSED")
  @APIResponse(
      responseCode = "422",
      description = "Personal data in a PUBLIC reply (findings), or over the platform's limits")
  public Response reply(@PathParam("id") String id, @Valid @NotNull NewReply reply) {
    ReplyAccepted accepted =
        replies
            .reply(id, reply, TicketLifecycle.Actor.of(identity))
            .orElseThrow(() -> new NotFoundException("No ticket with id " + id));
    return Response.accepted(accepted).build();
  }
}
