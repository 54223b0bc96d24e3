package io.careroute.agent;

import io.careroute.live.LiveEvents;
import io.careroute.security.Caller;
import io.careroute.security.StreamQuota;
import io.careroute.ticket.TicketEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The agents API: admins create agents, supervisors see their load, agents set their presence. */
@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
public class AgentResource {

  private final AgentService agents;
  private final JsonWebToken token;
  private final LiveEvents live;
  private final StreamQuota streams;

  AgentResource(AgentService agents, JsonWebToken token, LiveEvents live, StreamQuota streams) {
    this.streams = streams;
    this.agents = agents;
    this.token = token;
    this.live = live;
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Create an agent")
  @APIResponse(
      responseCode = "201",
      description = "The agent, OFFLINE",
      content = @Content(schema = @Schema(implementation = AgentView.class)))
  @APIResponse(responseCode = "409", description = "The id or handle is taken")
  public Response create(@Valid @NotNull NewAgent request) {
    AgentView created = agents.create(request);
    // A path, not an absolute URI: the client's Host header never reaches a response.
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, "/api/v1/agents/" + created.id())
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({"supervisor", "admin"})
  @Operation(summary = "List agents with presence and load")
  public List<AgentView> list() {
    return agents.list();
  }

  /** An admin changes an agent's capacity; more room serves the queue at once. */
  @PUT
  @Path("/{id}/capacity")
  @RolesAllowed("admin")
  @Operation(
      summary = "Change an agent's capacity",
      description = "More room serves the queue at once.")
  public AgentView capacity(@PathParam("id") String id, @Valid @NotNull CapacityChange change) {
    agents
        .setCapacity(id, change.capacity())
        .orElseThrow(() -> new NotFoundException("No agent with id " + id));
    // The queue was served as the change committed; read the agent again to show what it took.
    return agents.find(id).orElseThrow(() -> new NotFoundException("No agent with id " + id));
  }

  /**
   * The calling agent's ticket events as server-sent events (JSON {@code TicketEvent}s): assigned,
   * customer replied, SLA breached and the rest, from the moment of connecting.
   */
  @GET
  @Path("/me/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @RolesAllowed({"agent", "supervisor", "admin"})
  @Operation(
      summary = "Live ticket events of the calling agent",
      description =
          "Server-sent events, one TicketEvent JSON each: assigned, customer replied, SLA breached, reply sent or failed.")
  @APIResponse(
      responseCode = "200",
      description = "The calling agent's ticket events, as they happen")
  @APIResponse(
      responseCode = "429",
      description = "The caller already holds its most live streams (5 by default)")
  public Multi<TicketEvent> events() {
    String agent = Caller.idOf(token);
    return streams.open(agent, live.forAgent(agent));
  }

  /** The calling agent (the token's subject) sets their presence; ONLINE serves the queue. */
  @PUT
  @Path("/me/presence")
  @RolesAllowed({"agent", "supervisor", "admin"})
  @Operation(
      summary = "Set the calling agent's presence",
      description = "Going ONLINE serves the queue at once.")
  public AgentView presence(@Valid @NotNull PresenceChange change) {
    AgentView view =
        agents
            .setPresence(Caller.idOf(token), change.presence())
            .orElseThrow(() -> new NotFoundException("No agent with id " + Caller.idOf(token)));
    if (change.presence() == Presence.ONLINE) {
      // The queue was served as the change committed; read the agent again to show what it took.
      return agents.find(Caller.idOf(token)).orElse(view);
    }
    return view;
  }
}
