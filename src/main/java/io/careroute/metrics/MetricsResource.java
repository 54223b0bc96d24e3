package io.careroute.metrics;

import io.careroute.security.Caller;
import io.careroute.security.StreamQuota;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The supervisors' figures, for a window on request or live for the dashboard. */
@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "admin"})
@Tag(name = "Metrics")
public class MetricsResource {

  private final MetricsService metrics;
  private final LiveSummary live;
  private final StreamQuota streams;
  private final SecurityIdentity identity;

  MetricsResource(
      MetricsService metrics, LiveSummary live, StreamQuota streams, SecurityIdentity identity) {
    this.metrics = metrics;
    this.live = live;
    this.streams = streams;
    this.identity = identity;
  }

  @GET
  @Path("/summary")
  @Blocking
  @Operation(
      summary = "Figures for a window",
      description =
          "Volumes by category and hour, backlog by priority, first-response and resolution times"
              + " (median, p90) against target, SLA compliance, sentiment mix and agents' load, as"
              + " docs/metrics.md defines them. from defaults to 24 hours before to, to to now.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content = @Content(schema = @Schema(implementation = MetricsSummary.class)))
  @APIResponse(responseCode = "400", description = "A bad, reversed or over-long window")
  public MetricsSummary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
    return metrics.summary(MetricsService.window(from, to, Instant.now()));
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Live figures of the last 24 hours",
      description =
          "Server-sent events, one summary each: at once, then as tickets change (at most every 2"
              + " seconds) and every 15 seconds.")
  @APIResponse(responseCode = "200", description = "A summary now, then as tickets change")
  @APIResponse(
      responseCode = "429",
      description = "The caller already holds its most live streams (5 by default)")
  public Multi<MetricsSummary> stream() {
    return streams.open(Caller.idOf(identity.getPrincipal()), live.stream());
  }
}
