package io.careroute.agent;

import io.careroute.routing.QueueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The agents API: admins create agents, supervisors see their load, agents set their presence. */
@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {

  private final AgentService agents;
  private final QueueService queue;
  private final JsonWebToken token;

  AgentResource(AgentService agents, QueueService queue, JsonWebToken token) {
    this.agents = agents;
    this.queue = queue;
    this.token = token;
  }

  @POST
  @RolesAllowed("admin")
  public Response create(@Valid @NotNull NewAgent request) {
    AgentView created = agents.create(request);
    queue.drain();
    return Response.created(URI.create("/api/v1/agents/" + created.id())).entity(created).build();
  }

  @GET
  @RolesAllowed({"supervisor", "admin"})
  public List<AgentView> list() {
    return agents.list();
  }

  /** The calling agent (the token's subject) sets their presence; ONLINE serves the queue. */
  @PUT
  @Path("/me/presence")
  @RolesAllowed({"agent", "supervisor", "admin"})
  public AgentView presence(@Valid @NotNull PresenceChange change) {
    AgentView view =
        agents
            .setPresence(token.getSubject(), change.presence())
            .orElseThrow(() -> new NotFoundException("No agent with id " + token.getSubject()));
    if (change.presence() == Presence.ONLINE) {
      queue.drain();
      return agents.find(token.getSubject()).orElse(view);
    }
    return view;
  }
}
