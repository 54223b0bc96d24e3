package io.careroute.ingest;

import io.careroute.messaging.MentionAccepted;
import io.careroute.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mentions API: takes public mentions into Kafka and lets clients follow one through. */
@Path("/api/v1/mentions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentions")
public class MentionResource {

  private final IngestService ingest;
  private final MentionProgressService progress;

  MentionResource(IngestService ingest, MentionProgressService progress) {
    this.ingest = ingest;
    this.progress = progress;
  }

  /** Accepts one mention; answers 202 only after Kafka acknowledged it. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"ingest", "admin"})
  @Operation(
      summary = "Accept one mention",
      description =
          "Answered only once Kafka acknowledged the record (acks=all); the same (platform, externalId) again is accepted and ignored.")
  @APIResponse(
      responseCode = "202",
      description = "In Kafka",
      content =
          @Content(schema = @Schema(implementation = MentionResource.MentionAcceptedView.class)))
  @APIResponse(responseCode = "429", description = "This client is sending too fast (Retry-After)")
  @APIResponse(responseCode = "503", description = "Kafka is unavailable (Retry-After)")
  public Uni<Response> ingest(MentionRequest request, SecurityContext security) {
    ingest.validated(request, request == null ? null : request.platform(), 1);
    return ingest
        .accept(source(security), List.of(request))
        .map(
            accepted ->
                Response.accepted(new MentionAcceptedView(accepted.get(0).mentionId(), "accepted"))
                    .build());
  }

  /** Accepts up to 500 mentions, all validated first; none is accepted if one is bad. */
  @POST
  @Path("/batch")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"ingest", "admin"})
  @Operation(
      summary = "Accept up to 500 mentions",
      description =
          "All are validated first: one bad mention refuses the batch, naming each bad index and field.")
  @APIResponse(
      responseCode = "202",
      description = "All in Kafka",
      content =
          @Content(schema = @Schema(implementation = MentionResource.BatchAcceptedView.class)))
  @APIResponse(responseCode = "429", description = "This client is sending too fast (Retry-After)")
  @APIResponse(responseCode = "503", description = "Kafka is unavailable (Retry-After)")
  public Uni<Response> ingestBatch(MentionBatchRequest batch, SecurityContext security) {
    int size = batch == null || batch.mentions() == null ? 1 : batch.mentions().size();
    ingest.validated(batch, "unknown", size);
    return ingest
        .accept(source(security), batch.mentions())
        .map(
            accepted ->
                Response.accepted(
                        new BatchAcceptedView(
                            accepted.size(),
                            accepted.stream().map(MentionAccepted::mentionId).toList()))
                    .build());
  }

  /** Where one mention is in the pipeline. */
  @GET
  @Path("/{mentionId}")
  @RolesAllowed({"agent", "supervisor", "ingest", "admin"})
  @Operation(summary = "Where a mention is in the pipeline")
  public MentionStatusView status(@PathParam("mentionId") String mentionId) {
    return progress
        .find(mentionId)
        .orElseThrow(() -> new NotFoundException("No mention with id " + mentionId));
  }

  private static String source(SecurityContext security) {
    return "api:" + Caller.idOf(security.getUserPrincipal());
  }

  /** The 202 body of a single accepted mention. */
  public record MentionAcceptedView(String mentionId, String status) {}

  /** The 202 body of an accepted batch. */
  public record BatchAcceptedView(int accepted, List<String> mentionIds) {}
}
