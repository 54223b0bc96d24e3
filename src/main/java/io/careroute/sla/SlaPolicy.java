package io.careroute.sla;

import io.careroute.ticket.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;

/** Computes SLA deadlines: a priority's target added in business time to when the clock starts. */
@ApplicationScoped
public class SlaPolicy {

  private final SlaConfig config;
  private final BusinessCalendar calendar;

  SlaPolicy(SlaConfig config) {
    this.config = config;
    this.calendar =
        BusinessCalendar.parse(
            config.hours(),
            ZoneId.of(config.timeZone()),
            new HashSet<>(config.holidays().orElse(List.of())));
    for (Priority p : Priority.values()) {
      if (!config.targets().containsKey(p.name())) {
        throw new IllegalStateException("careroute.sla.targets." + p + ".* is not configured");
      }
    }
  }

  public Instant firstResponseDue(Priority priority, Instant start) {
    return calendar.plus(start, targets(priority).firstResponse());
  }

  public Instant nextResponseDue(Priority priority, Instant start) {
    return calendar.plus(start, targets(priority).nextResponse());
  }

  public Instant resolutionDue(Priority priority, Instant start) {
    return calendar.plus(start, targets(priority).resolution());
  }

  private SlaConfig.Targets targets(Priority priority) {
    return config.targets().get(priority.name());
  }
}
