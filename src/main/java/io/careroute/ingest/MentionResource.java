package io.careroute.ingest;

import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** The mentions API: takes public mentions into Kafka and lets clients follow one through. */
@Path("/api/v1/mentions")
@Produces(MediaType.APPLICATION_JSON)
public class MentionResource {

  private final MentionPublisher publisher;
  private final MentionProgressService progress;

  MentionResource(MentionPublisher publisher, MentionProgressService progress) {
    this.publisher = publisher;
    this.progress = progress;
  }

  /** Accepts one mention; answers 202 only after Kafka acknowledged it. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"ingest", "admin"})
  public Uni<Response> ingest(@NotNull @Valid MentionRequest request) {
    var accepted = MentionMapper.toAccepted(request, Instant.now());
    return publisher
        .publish(accepted)
        .replaceWith(
            () ->
                Response.accepted(new MentionAcceptedView(accepted.mentionId(), "accepted"))
                    .build());
  }

  /** Where one mention is in the pipeline. */
  @GET
  @Path("/{mentionId}")
  @RolesAllowed({"agent", "supervisor", "ingest", "admin"})
  public MentionStatusView status(@PathParam("mentionId") String mentionId) {
    return progress
        .find(mentionId)
        .orElseThrow(() -> new NotFoundException("No mention with id " + mentionId));
  }

  /** The 202 body of a single accepted mention. */
  public record MentionAcceptedView(String mentionId, String status) {}
}
