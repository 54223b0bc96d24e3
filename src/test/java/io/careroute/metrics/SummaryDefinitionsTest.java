package io.careroute.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careroute.messaging.Classification;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.ticket.Priority;
import io.careroute.ticket.Ticket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The summary's figures on a hand-built day of tickets with known times, worked out by hand from
 * docs/metrics.md. The day lies in 2020, so no other test's tickets fall in its window.
 */
@CarerouteTest
class SummaryDefinitionsTest {

  private static final String DAY = "from=2020-03-02T00:00:00Z&to=2020-03-03T00:00:00Z";

  private static Instant at(String time) {
    return Instant.parse("2020-03-0" + time + ":00Z");
  }

  /** A NEW ticket opened at {@code created}; times are "D" + "THH:mm" within March 2020. */
  private static Ticket ticket(
      String created, Priority priority, String category, String sentiment) {
    return opened(created, priority, category, sentiment, null, null, false);
  }

  private static Ticket opened(
      String created,
      Priority priority,
      String category,
      String sentiment,
      String firstResponseDue,
      String resolutionDue,
      boolean spam) {
    Classification classification =
        new Classification(
            category, 0.9, sentiment, 0, "en", List.of(), spam, List.of(), null, "test");
    return Ticket.open(
            new Ticket.Opening(
                "x",
                "sum-" + UUID.randomUUID(),
                "sum",
                null,
                at(created),
                classification,
                priority,
                List.of(),
                null,
                firstResponseDue == null ? null : at(firstResponseDue),
                resolutionDue == null ? null : at(resolutionDue),
                1))
        .ticket();
  }

  /** A ticket with its deadlines, as routing would have opened it. */
  private static Ticket deadlines(
      String created,
      Priority priority,
      String category,
      String sentiment,
      String firstResponseDue,
      String resolutionDue) {
    return opened(created, priority, category, sentiment, firstResponseDue, resolutionDue, false);
  }

  private static void store(Ticket... tickets) {
    QuarkusTransaction.requiringNew().run(() -> List.of(tickets).forEach(t -> t.persist()));
  }

  private static JsonPath summary() {
    return Api.supervisor()
        .get("/api/v1/metrics/summary?" + DAY)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static boolean built;

  /** Stores the day once; the tests only read it. */
  private static synchronized void buildTheDay() {
    if (built) {
      return;
    }
    Ticket a = deadlines("2T09:00", Priority.P2, "FAULT", "NEGATIVE", "2T10:00", "2T17:00");
    a.respond(at("2T09:10"));
    a.resolve(null, null, at("2T11:00"));
    Ticket b = deadlines("2T09:30", Priority.P2, "FAULT", "NEGATIVE", "2T10:30", "2T17:30");
    b.respond(at("2T11:30"));
    b.resolve(null, null, at("4T09:30"));
    Ticket c = deadlines("2T10:15", Priority.P3, "BILLING", "NEUTRAL", "2T14:15", "3T10:15");
    c.respond(at("2T10:45"));
    Ticket d = deadlines("2T12:00", Priority.P3, "BILLING", "POSITIVE", "2T16:00", "3T12:00");
    Ticket e = deadlines("2T13:00", Priority.P4, "PRAISE", "POSITIVE", "2T21:00", "5T13:00");
    e.resolve(null, null, at("2T13:30"));
    e.close("quiet", null, at("2T13:30"));
    Ticket spam = opened("2T09:45", Priority.P4, "OTHER", "NEUTRAL", "2T17:45", "5T09:45", true);
    Ticket before = deadlines("1T23:00", Priority.P3, "FAULT", "NEGATIVE", "2T03:00", "2T23:00");
    before.respond(at("1T23:30"));
    before.resolve(null, null, at("2T01:00"));
    store(a, b, c, d, e, spam, before);
    built = true;
  }

  @Test
  void volumes_count_the_days_tickets_by_category_and_hour_with_spam_apart() {
    buildTheDay();

    JsonPath day = summary();

    assertThat(day.getLong("volume.total")).isEqualTo(5);
    assertThat(day.getLong("volume.spam")).isEqualTo(1);
    assertThat(day.getList("volume.byCategory.category"))
        .containsExactly("BILLING", "FAULT", "PRAISE");
    assertThat(day.getList("volume.byCategory.count", Long.class)).containsExactly(2L, 2L, 1L);
    assertThat(day.getList("volume.byHour")).hasSize(24);
    assertThat(day.getList("volume.byHour.count", Long.class))
        .containsExactly(
            0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L, 1L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L,
            0L, 0L);
    assertThat(day.getString("volume.byHour[9].hour")).isEqualTo("2020-03-02T09:00:00Z");
    assertThat(day.getLong("volume.byHour[9].byCategory.FAULT")).isEqualTo(2);
    assertThat(day.getLong("sentiment.NEGATIVE")).isEqualTo(2);
    assertThat(day.getLong("sentiment.NEUTRAL")).isEqualTo(1);
    assertThat(day.getLong("sentiment.POSITIVE")).isEqualTo(2);
  }

  @Test
  void response_and_resolution_times_are_wall_clock_medians_and_90th_percentiles() {
    buildTheDay();

    JsonPath day = summary();

    // Answered in the day's cohort: 600 s, 7,200 s and 1,800 s; D is unanswered; E was resolved
    // without a reply and counts in neither.
    assertThat(day.getLong("firstResponse.count")).isEqualTo(3);
    assertThat(day.getLong("firstResponse.unanswered")).isEqualTo(1);
    assertThat(day.getDouble("firstResponse.medianSeconds")).isEqualTo(1800.0);
    assertThat(day.getDouble("firstResponse.p90Seconds")).isEqualTo(6120.0);
    assertThat(day.getString("firstResponse.byPriority[1].priority")).isEqualTo("P2");
    assertThat(day.getDouble("firstResponse.byPriority[1].medianSeconds")).isEqualTo(3900.0);
    assertThat(day.getDouble("firstResponse.byPriority[1].p90Seconds")).isEqualTo(6540.0);
    assertThat(day.getLong("firstResponse.byPriority[1].targetSeconds")).isEqualTo(3600);
    // Resolved within the day: A (7,200 s), E (1,800 s) and the ticket from the night before
    // (7,200 s); B was resolved two days later.
    assertThat(day.getLong("resolution.count")).isEqualTo(3);
    assertThat(day.getDouble("resolution.medianSeconds")).isEqualTo(7200.0);
    assertThat(day.getDouble("resolution.p90Seconds")).isEqualTo(7200.0);
    assertThat(day.getLong("resolution.byPriority[3].count")).isEqualTo(1);
    assertThat(day.getDouble("resolution.byPriority[3].medianSeconds")).isEqualTo(1800.0);
  }

  @Test
  void sla_compliance_counts_met_deadlines_of_those_met_or_passed() {
    buildTheDay();

    JsonPath day = summary();

    // First response: A and C met; B late; D unanswered past its deadline; E not measured.
    assertThat(day.getLong("slaCompliance.firstResponse.met")).isEqualTo(2);
    assertThat(day.getLong("slaCompliance.firstResponse.measured")).isEqualTo(4);
    assertThat(day.getDouble("slaCompliance.firstResponse.ratio")).isEqualTo(0.5);
    // Resolution: A and E met; B late; C and D unresolved past their deadlines.
    assertThat(day.getLong("slaCompliance.resolution.met")).isEqualTo(2);
    assertThat(day.getLong("slaCompliance.resolution.measured")).isEqualTo(5);
    assertThat(day.getDouble("slaCompliance.resolution.ratio")).isEqualTo(0.4);
  }

  @Test
  void backlog_counts_open_tickets_now_by_priority_and_agents_show_their_load() {
    String agent = "sum-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as("admin", "admin")
        .body(
            java.util.Map.of(
                "id",
                agent,
                "handle",
                agent,
                "displayName",
                "Sam",
                "skills",
                List.of("FAULT"),
                "languages",
                List.of("en"),
                "capacity",
                7,
                "signature",
                "^SM"))
        .post("/api/v1/agents")
        .then()
        .statusCode(201);
    JsonPath before = Api.supervisor().get("/api/v1/metrics/summary").jsonPath();
    Instant now = at("2T09:05");
    Ticket queued = ticket("2T09:00", Priority.P1, "FAULT", "NEGATIVE");
    queued.queue(now);
    Ticket assigned = ticket("2T09:00", Priority.P1, "FAULT", "NEGATIVE");
    assigned.assignTo(agent, 1, now, null);
    Ticket waiting = ticket("2T09:00", Priority.P1, "FAULT", "NEGATIVE");
    waiting.assignTo(agent, 1, now, null);
    waiting.pend(agent, now);
    Ticket resolved = ticket("2T09:00", Priority.P1, "FAULT", "NEGATIVE");
    resolved.assignTo(agent, 1, now, null);
    resolved.resolve(null, agent, now);
    Ticket spam = opened("2T09:00", Priority.P1, "FAULT", "NEGATIVE", null, null, true);
    spam.queue(now);
    store(queued, assigned, waiting, resolved, spam);

    JsonPath after = Api.supervisor().get("/api/v1/metrics/summary").jsonPath();

    assertThat(after.getLong("backlog[0].open") - before.getLong("backlog[0].open")).isEqualTo(3);
    assertThat(after.getLong("backlog[0].unassigned") - before.getLong("backlog[0].unassigned"))
        .isEqualTo(1);
    assertThat(after.getList("backlog.priority")).containsExactly("P1", "P2", "P3", "P4");
    assertThat(after.getLong("agents.find { it.agentId == '" + agent + "' }.openTickets"))
        .isEqualTo(2);
    assertThat(after.getInt("agents.find { it.agentId == '" + agent + "' }.capacity")).isEqualTo(7);
  }

  @Test
  void the_summary_is_for_supervisors_and_a_bad_window_is_named() {
    Api.as("an-agent", "agent").get("/api/v1/metrics/summary").then().statusCode(403);
    Api.supervisor()
        .get("/api/v1/metrics/summary?from=yesterday&to=2020-03-01T00:00:00Z")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("from"));
    Api.supervisor()
        .get("/api/v1/metrics/summary?from=2020-03-02T00:00:00Z&to=2020-03-01T00:00:00Z")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must be before to"));
  }
}
