package io.careroute.bench;

import io.careroute.classify.eval.CommandOptions;
import io.careroute.devtools.DevToken;
import io.careroute.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * {@code bin/careroute bench-queue}: queue serving behind a backlog. Starts a throw-away local
 * stack (real PostgreSQL, Kafka and the packaged service), stores {@code --queued} queued tickets
 * (an outage storm's leftovers: most of them FAULT), then times {@code PUT
 * /api/v1/agents/me/presence} ONLINE through the API in two cases: an agent who may take none of
 * the queue (the watcher's and every presence change's worst case when serving walked the queue),
 * and a new agent who takes a full load from it. It prints figures; it asserts nothing.
 */
public final class QueueBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private QueueBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    int queued = Integer.parseInt(options.getOrDefault("queued", "50000"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "300"));
    try (LocalStack stack = new LocalStack()) {
      stack.startThrowAway();
      try (Connection db = stack.database()) {
        fill(db, queued);
        String url = stack.baseUrl();
        String admin = DevToken.forSubject("bench-admin", "admin");
        create(url, admin, "bench-nothing", "ORDER_NOBODY", 5);
        Histogram none = new Histogram(60_000_000L, 3);
        for (int i = 0; i < rounds + 20; i++) {
          presence(url, "bench-nothing", "AWAY");
          long micros = presence(url, "bench-nothing", "ONLINE");
          if (i >= 20) {
            none.recordValue(micros);
          }
        }
        Histogram takes = new Histogram(60_000_000L, 3);
        for (int i = 0; i < rounds + 20; i++) {
          String agent = "bench-takes-" + i;
          create(url, admin, agent, "FAULT", 5);
          long micros = presence(url, agent, "ONLINE");
          if (i >= 20) {
            takes.recordValue(micros);
          }
        }
        long left = count(db, "select count(*) from ticket where status = 'QUEUED'");
        long assigned = count(db, "select count(*) from ticket where assignee_id like 'bench-%'");
        System.out.println();
        System.out.println("careroute queue benchmark (PUT /api/v1/agents/me/presence ONLINE)");
        System.out.printf(
            "machine: %d cores, %s %s; the service, Kafka and PostgreSQL share them%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"));
        System.out.printf("queued tickets at the start: %,d%n", queued);
        report("agent who may take none of them", none, rounds);
        report("new agent taking a full load (capacity 5)", takes, rounds);
        System.out.printf(
            "assigned by the second case: %,d; still queued at the end: %,d%n", assigned, left);
      }
    }
  }

  private static void report(String what, Histogram h, int rounds) {
    System.out.printf(
        "%-44s %d calls: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what,
        rounds,
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0);
  }

  /**
   * Queued tickets as an outage storm leaves them: 80 % FAULT, the rest spread over other
   * categories, a few in Welsh, priorities and deadlines mixed.
   */
  private static void fill(Connection db, int tickets) throws Exception {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "insert into ticket (id, platform, customer_id, customer_handle, status, priority,"
              + " category, sentiment, language, confidence, spam, created_at, updated_at,"
              + " first_response_due_at, resolution_due_at, weight, message_count)"
              + " select md5('q' || g)::uuid::text, 'x', 'c' || g, 'h' || g, 'QUEUED',"
              + "  (array['P1','P2','P2','P3','P3','P4'])[1 + g % 6],"
              + "  case when g % 5 > 0 then 'FAULT' else (array['BILLING','ACCOUNT','ORDER',"
              + "   'CANCELLATION','COMPLAINT','PRAISE','OTHER'])[1 + g % 7] end,"
              + "  'NEGATIVE', case when g % 50 = 0 then 'cy' else 'en' end, 0.8, false,"
              + "  created, created, created + interval '1 hour', created + interval '8 hours',"
              + "  1, 1"
              + " from (select g, now() - interval '2 hours' * random() as created"
              + "  from generate_series(1, "
              + tickets
              + ") g) r");
      sql.execute("analyze ticket");
    }
  }

  private static long count(Connection db, String query) throws Exception {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void create(String url, String admin, String id, String skill, int capacity)
      throws Exception {
    String body =
        "{\"id\":\"%s\",\"handle\":\"%s\",\"displayName\":\"%s\",\"skills\":[\"%s\"],"
                .formatted(id, id, id, skill)
            + "\"languages\":[\"en\"],\"capacity\":"
            + capacity
            + "}";
    send(
        HttpRequest.newBuilder(URI.create(url + "/api/v1/agents"))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        201);
  }

  /** Sets an agent's presence as that agent; returns how long the call took, in microseconds. */
  private static long presence(String url, String agent, String presence) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/api/v1/agents/me/presence"))
            .header("Authorization", "Bearer " + DevToken.forSubject(agent, "agent"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"presence\":\"" + presence + "\"}"))
            .build();
    long started = System.nanoTime();
    send(request, 200);
    return (System.nanoTime() - started) / 1000;
  }

  private static void send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri()
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
  }
}
