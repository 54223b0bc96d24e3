package io.careroute.metrics;

import io.careroute.metrics.MetricsSummary.AgentLoad;
import io.careroute.metrics.MetricsSummary.Backlog;
import io.careroute.metrics.MetricsSummary.CategoryCount;
import io.careroute.metrics.MetricsSummary.Compliance;
import io.careroute.metrics.MetricsSummary.HourCount;
import io.careroute.metrics.MetricsSummary.PriorityTimes;
import io.careroute.metrics.MetricsSummary.SlaCompliance;
import io.careroute.metrics.MetricsSummary.Times;
import io.careroute.metrics.MetricsSummary.Volume;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the summary in SQL, each figure exactly as docs/metrics.md defines it, in seven
 * index-backed queries whatever the number of tickets. Plain JDBC, so the service and the benchmark
 * run the very same statements.
 */
public final class SummaryQueries {

  /** Targets by priority, in seconds, that times are shown against. */
  public record Targets(Map<String, Long> firstResponse, Map<String, Long> resolution) {
    public static final Targets NONE = new Targets(Map.of(), Map.of());
  }

  static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
  static final List<String> SENTIMENTS = List.of("NEGATIVE", "NEUTRAL", "POSITIVE");

  private static final String CREATED_IN_WINDOW =
      " from ticket where created_at >= ? and created_at < ? and not spam";

  private SummaryQueries() {}

  /** The figures for tickets of [from, to), and the backlog and load as of {@code now}. */
  public static MetricsSummary compute(
      Connection db, Instant from, Instant to, Instant now, Targets targets) throws SQLException {
    long[] cohort = cohort(db, from, to, now);
    Map<String, Long> sentiment = new LinkedHashMap<>();
    for (int i = 0; i < SENTIMENTS.size(); i++) {
      sentiment.put(SENTIMENTS.get(i), cohort[7 + i]);
    }
    Times firstResponse =
        times(
            db,
            "first_response_at - created_at",
            CREATED_IN_WINDOW + " and first_response_at is not null",
            from,
            to,
            cohort[2],
            targets.firstResponse());
    Times resolution =
        times(
            db,
            "resolved_at - created_at",
            " from ticket where resolved_at >= ? and resolved_at < ? and not spam",
            from,
            to,
            null,
            targets.resolution());
    return new MetricsSummary(
        from,
        to,
        now,
        new Volume(cohort[0], cohort[1], byCategory(db, from, to), byHour(db, from, to)),
        backlog(db),
        firstResponse,
        resolution,
        new SlaCompliance(Compliance.of(cohort[3], cohort[4]), Compliance.of(cohort[5], cohort[6])),
        sentiment,
        agents(db));
  }

  /**
   * Counts over the tickets created in the window: total, spam, unanswered, first response met and
   * measured, resolution met and measured, then one per sentiment.
   */
  private static long[] cohort(Connection db, Instant from, Instant to, Instant now)
      throws SQLException {
    String sql =
        "select count(*) filter (where not spam),"
            + " count(*) filter (where spam),"
            + " count(*) filter (where not spam and first_response_at is null"
            + "   and resolved_at is null),"
            + " count(*) filter (where not spam and first_response_at <= first_response_due_at),"
            + " count(*) filter (where not spam and (first_response_at is not null"
            + "   or (resolved_at is null and first_response_due_at <= ?))),"
            + " count(*) filter (where not spam and resolved_at <= resolution_due_at),"
            + " count(*) filter (where not spam and (resolved_at is not null"
            + "   or resolution_due_at <= ?)),"
            + " count(*) filter (where not spam and sentiment = 'NEGATIVE'),"
            + " count(*) filter (where not spam and sentiment = 'NEUTRAL'),"
            + " count(*) filter (where not spam and sentiment = 'POSITIVE')"
            + " from ticket where created_at >= ? and created_at < ?";
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setTimestamp(1, Timestamp.from(now));
      q.setTimestamp(2, Timestamp.from(now));
      q.setTimestamp(3, Timestamp.from(from));
      q.setTimestamp(4, Timestamp.from(to));
      try (ResultSet r = q.executeQuery()) {
        r.next();
        long[] counts = new long[10];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = r.getLong(i + 1);
        }
        return counts;
      }
    }
  }

  /** Median and 90th percentile of a duration, overall and by priority, in one grouped query. */
  private static Times times(
      Connection db,
      String duration,
      String fromWhere,
      Instant from,
      Instant to,
      Long unanswered,
      Map<String, Long> targets)
      throws SQLException {
    String seconds = "greatest(extract(epoch from " + duration + "), 0)::float8";
    String sql =
        "select priority, count(*),"
            + " percentile_cont(0.5) within group (order by "
            + seconds
            + "),"
            + " percentile_cont(0.9) within group (order by "
            + seconds
            + ")"
            + fromWhere
            + " group by grouping sets ((priority), ())";
    Map<String, PriorityTimes> byPriority = new TreeMap<>();
    PriorityTimes all = new PriorityTimes(null, 0, null, null, null);
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setTimestamp(1, Timestamp.from(from));
      q.setTimestamp(2, Timestamp.from(to));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String priority = r.getString(1);
          PriorityTimes row =
              new PriorityTimes(
                  priority,
                  r.getLong(2),
                  nullable(r, 3),
                  nullable(r, 4),
                  priority == null ? null : targets.get(priority));
          if (priority == null) {
            all = row;
          } else {
            byPriority.put(priority, row);
          }
        }
      }
    }
    List<PriorityTimes> rows = new ArrayList<>();
    for (String priority : PRIORITIES) {
      rows.add(
          byPriority.getOrDefault(
              priority, new PriorityTimes(priority, 0, null, null, targets.get(priority))));
    }
    return new Times(all.count(), unanswered, all.medianSeconds(), all.p90Seconds(), rows);
  }

  private static List<CategoryCount> byCategory(Connection db, Instant from, Instant to)
      throws SQLException {
    String sql =
        "select category, count(*)" + CREATED_IN_WINDOW + " group by category order by 2 desc, 1";
    List<CategoryCount> counts = new ArrayList<>();
    try (PreparedStatement q = window(db, sql, from, to);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        counts.add(new CategoryCount(r.getString(1), r.getLong(2)));
      }
    }
    return counts;
  }

  /** Every UTC hour the window touches, the empty ones included, so a chart has no gaps. */
  private static List<HourCount> byHour(Connection db, Instant from, Instant to)
      throws SQLException {
    Map<Instant, Map<String, Long>> hours = new TreeMap<>();
    for (Instant h = from.truncatedTo(ChronoUnit.HOURS); h.isBefore(to); h = h.plusSeconds(3600)) {
      hours.put(h, new TreeMap<>());
    }
    String sql =
        "select date_trunc('hour', created_at, 'UTC'), category, count(*)"
            + CREATED_IN_WINDOW
            + " group by 1, 2";
    try (PreparedStatement q = window(db, sql, from, to);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        hours
            .computeIfAbsent(r.getTimestamp(1).toInstant(), h -> new TreeMap<>())
            .put(r.getString(2), r.getLong(3));
      }
    }
    List<HourCount> counts = new ArrayList<>();
    hours.forEach(
        (hour, byCategory) ->
            counts.add(
                new HourCount(
                    hour,
                    byCategory.values().stream().mapToLong(Long::longValue).sum(),
                    byCategory)));
    return counts;
  }

  /** Open tickets now by priority, and how many no agent holds; every priority listed. */
  static List<Backlog> backlog(Connection db) throws SQLException {
    String sql =
        "select priority, count(*), count(*) filter (where assignee_id is null) from ticket"
            + " where status in ('NEW', 'QUEUED', 'ASSIGNED', 'PENDING_CUSTOMER') and not spam"
            + " group by priority";
    Map<String, Backlog> rows = new TreeMap<>();
    try (PreparedStatement q = db.prepareStatement(sql);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        rows.put(r.getString(1), new Backlog(r.getString(1), r.getLong(2), r.getLong(3)));
      }
    }
    return PRIORITIES.stream().map(p -> rows.getOrDefault(p, new Backlog(p, 0, 0))).toList();
  }

  /** Every agent with presence, open tickets, weight and capacity now. */
  static List<AgentLoad> agents(Connection db) throws SQLException {
    String sql =
        "select a.id, a.display_name, a.presence, coalesce(t.open, 0), a.open_weight, a.capacity"
            + " from agent a left join (select assignee_id, count(*) as open from ticket"
            + "   where status in ('ASSIGNED', 'PENDING_CUSTOMER') group by assignee_id) t"
            + " on t.assignee_id = a.id order by a.id";
    List<AgentLoad> agents = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(sql);
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        agents.add(
            new AgentLoad(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getLong(4),
                r.getInt(5),
                r.getInt(6)));
      }
    }
    return agents;
  }

  private static PreparedStatement window(Connection db, String sql, Instant from, Instant to)
      throws SQLException {
    PreparedStatement q = db.prepareStatement(sql);
    q.setTimestamp(1, Timestamp.from(from));
    q.setTimestamp(2, Timestamp.from(to));
    return q;
  }

  private static Double nullable(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }
}
