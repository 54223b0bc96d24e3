package io.careroute.bench;

import io.careroute.classify.eval.CommandOptions;
import io.careroute.local.LocalPostgres;
import io.careroute.metrics.MetricsSummary;
import io.careroute.metrics.SummaryQueries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * {@code bin/careroute bench-summary}: the summary's queries (the very statements the API runs) on
 * a throw-away PostgreSQL holding a year of generated tickets, a million by default, for windows of
 * a day, a week and a month. It prints figures; it asserts nothing.
 */
public final class SummaryBenchmark {

  private static final int RUNS = 7;

  private SummaryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    int tickets = Integer.parseInt(options.getOrDefault("tickets", "1000000"));
    try (LocalPostgres postgres = LocalPostgres.ephemeral()) {
      Flyway.configure()
          .dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      try (Connection db =
          DriverManager.getConnection(
              postgres.jdbcUrl(), postgres.username(), postgres.password())) {
        long start = System.nanoTime();
        generate(db, tickets);
        System.out.printf(
            "Generated %,d tickets over 365 days and 50 agents in %.1f s%n",
            tickets, (System.nanoTime() - start) / 1e9);
        Instant now = Instant.now();
        for (Duration window :
            List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30))) {
          measure(db, window, now);
        }
      }
    }
  }

  private static void measure(Connection db, Duration window, Instant now) throws Exception {
    List<Double> millis = new ArrayList<>();
    MetricsSummary last = null;
    for (int run = 0; run < RUNS + 2; run++) {
      long start = System.nanoTime();
      db.setAutoCommit(false);
      db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      last =
          SummaryQueries.compute(
              db, now.minus(window), now, Instant.now(), SummaryQueries.Targets.NONE);
      db.rollback();
      if (run >= 2) {
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    millis.sort(Double::compare);
    System.out.printf(
        "window %-3s  tickets in it %,9d  median %7.1f ms  max %7.1f ms  (%d runs after 2 warm-ups)%n",
        window.toDays() + "d",
        last.volume().total() + last.volume().spam(),
        millis.get(millis.size() / 2),
        millis.get(millis.size() - 1),
        RUNS);
  }

  /**
   * A year of tickets stored in the order they arrived, as a live system stores them: most closed,
   * the last two days' still open, 5 % spam.
   */
  private static void generate(Connection db, int tickets) throws Exception {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "insert into agent (id, handle, display_name, skills, languages, capacity, presence)"
              + " select 'agent-' || g, 'agent' || g, 'Agent ' || g, '{FAULT,BILLING}', '{en}', 8,"
              + " (array['ONLINE','AWAY','OFFLINE'])[1 + g % 3] from generate_series(0, 49) g");
      sql.execute(
          "insert into ticket (id, platform, customer_id, customer_handle, status, priority,"
              + " category, sentiment, language, confidence, spam, created_at, updated_at,"
              + " first_response_due_at, resolution_due_at, first_response_at, resolved_at,"
              + " assignee_id, weight, message_count)"
              + " select md5(g::text)::uuid::text, 'x', 'c' || (g % 200000), 'h' || (g % 200000),"
              + "  case when open then (array['QUEUED','ASSIGNED','PENDING_CUSTOMER'])[1 + g % 3]"
              + "   else 'CLOSED' end,"
              + "  (array['P1','P2','P3','P3','P3','P4'])[1 + g % 6],"
              + "  (array['FAULT','BILLING','ACCOUNT','ORDER','CANCELLATION','COMPLAINT','PRAISE',"
              + "   'OTHER'])[1 + g % 8],"
              + "  (array['NEGATIVE','NEUTRAL','POSITIVE'])[1 + g % 3], 'en', 0.8, g % 20 = 0,"
              + "  created, created, created + interval '4 hours', created + interval '24 hours',"
              + "  case when open and g % 2 = 0 then null"
              + "   else created + random() * interval '6 hours' end,"
              + "  case when open then null else created + random() * interval '48 hours' end,"
              + "  case when open and g % 3 > 0 then 'agent-' || (g % 50) end, 1, 2"
              + " from (select g, created, created > now() - interval '2 days' as open"
              + "  from (select g, now() - interval '365 days' * (1 - g::float8 / "
              + tickets
              + ") - random() * interval '10 minutes' as created"
              + "   from generate_series(1, "
              + tickets
              + ") g) r) s");
      sql.execute("analyze");
    }
  }
}
