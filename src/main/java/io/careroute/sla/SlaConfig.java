package io.careroute.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service-level targets and the business calendar they are counted in. */
@ConfigMapping(prefix = "careroute.sla")
public interface SlaConfig {

  /** Opening hours, e.g. {@code MON-FRI 08:00-20:00,SAT 09:00-17:00}, or {@code 24/7}. */
  @WithDefault("24/7")
  List<String> hours();

  /** The time zone the opening hours and holidays are in. */
  @WithDefault("Europe/London")
  String timeZone();

  /** Dates (yyyy-mm-dd) on which the team is closed all day. */
  Optional<List<LocalDate>> holidays();

  /** Targets by priority, e.g. {@code careroute.sla.targets.P1.first-response=30m}. */
  Map<String, Targets> targets();

  /**
   * How often the watcher looks for breached deadlines and unattended tickets ({@code 15s}), or
   * {@code off} to leave that to other instances; read by the scheduler.
   */
  @WithDefault("15s")
  String watchEvery();

  /** One priority's targets, in business time. */
  interface Targets {

    /** From the ticket's creation to the first agent reply. */
    Duration firstResponse();

    /** From a customer's answer to the agent's next reply. */
    Duration nextResponse();

    /** From the ticket's creation to its resolution. */
    Duration resolution();
  }
}
