package io.careroute.metrics;

import io.agroal.api.AgroalDataSource;
import io.careroute.problem.InputGate;
import io.careroute.problem.InvalidRequestException;
import io.careroute.problem.Problem;
import io.careroute.sla.SlaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the summary for a window, all of it in one read-only snapshot of the database, so that
 * its figures agree with each other even while tickets change.
 */
@ApplicationScoped
public class MetricsService {

  /** The window when none is given: the last 24 hours. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  /** The longest window one request may ask for. */
  public static final Duration MAX_WINDOW = Duration.ofDays(93);

  /** A window of time, from inclusive, to exclusive. */
  public record Window(Instant from, Instant to) {}

  private final AgroalDataSource db;
  private final SummaryQueries.Targets targets;

  MetricsService(AgroalDataSource db, SlaConfig sla) {
    this.db = db;
    Map<String, Long> firstResponse = new TreeMap<>();
    Map<String, Long> resolution = new TreeMap<>();
    sla.targets()
        .forEach(
            (priority, t) -> {
              firstResponse.put(priority, t.firstResponse().toSeconds());
              resolution.put(priority, t.resolution().toSeconds());
            });
    this.targets = new SummaryQueries.Targets(firstResponse, resolution);
  }

  /** The figures of tickets in the window, and the backlog and load as of now. */
  public MetricsSummary summary(Window window) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      try {
        return SummaryQueries.compute(c, window.from(), window.to(), Instant.now(), targets);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The metrics summary could not be computed", e);
    }
  }

  /**
   * The window the parameters name: {@code to} defaults to now and {@code from} to 24 hours before
   * it; each is an ISO-8601 instant. A bad, reversed or over-long window is a 400 naming why.
   */
  public static Window window(String from, String to, Instant now) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Instant end = parse("to", to, now, errors);
    Instant start = parse("from", from, end == null ? null : end.minus(DEFAULT_WINDOW), errors);
    if (errors.isEmpty() && !start.isBefore(end)) {
      errors.add(new Problem.FieldError("from", "must be before to"));
    } else if (errors.isEmpty() && Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
      errors.add(new Problem.FieldError("from", "the window may be at most 93 days"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new Window(start, end);
  }

  private static Instant parse(
      String field, String value, Instant fallback, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Optional<Instant> parsed = InputGate.instant(value);
    if (parsed.isEmpty()) {
      errors.add(new Problem.FieldError(field, InputGate.rangeMessage()));
    }
    return parsed.orElse(null);
  }
}
