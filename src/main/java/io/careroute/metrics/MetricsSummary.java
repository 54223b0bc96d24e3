package io.careroute.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The supervisors' figures for one window, each as docs/metrics.md defines it: volumes, backlog,
 * response and resolution times against target, SLA compliance, sentiment and agents' load.
 */
public record MetricsSummary(
    Instant from,
    Instant to,
    Instant at,
    Volume volume,
    List<Backlog> backlog,
    Times firstResponse,
    Times resolution,
    SlaCompliance slaCompliance,
    Map<String, Long> sentiment,
    List<AgentLoad> agents) {

  /** Tickets created in the window (spam counted apart), by category and by UTC hour. */
  public record Volume(
      long total, long spam, List<CategoryCount> byCategory, List<HourCount> byHour) {}

  public record CategoryCount(String category, long count) {}

  /** One UTC hour of the window: its tickets, in all and by category. */
  public record HourCount(Instant hour, long count, Map<String, Long> byCategory) {}

  /** Open tickets of one priority now, and how many of them wait in the queue. */
  public record Backlog(String priority, long open, long unassigned) {}

  /** Durations in seconds of wall-clock time: how many, the median and the 90th percentile. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Times(
      long count,
      Long unanswered,
      Double medianSeconds,
      Double p90Seconds,
      List<PriorityTimes> byPriority) {}

  /** The same for one priority, with its target (business time) in seconds. */
  public record PriorityTimes(
      String priority, long count, Double medianSeconds, Double p90Seconds, Long targetSeconds) {}

  /** Tickets that met their deadline, of those whose deadline has been met or has passed. */
  public record Compliance(long met, long measured, Double ratio) {

    static Compliance of(long met, long measured) {
      return new Compliance(met, measured, measured == 0 ? null : (double) met / measured);
    }
  }

  public record SlaCompliance(Compliance firstResponse, Compliance resolution) {}

  /** An agent's presence and load now, as routing counts it. */
  public record AgentLoad(
      String agentId,
      String displayName,
      String presence,
      long openTickets,
      int openWeight,
      int capacity) {}
}
