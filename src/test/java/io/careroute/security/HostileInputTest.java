package io.careroute.security;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.ingest.MentionIds;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Hmac;
import io.careroute.testing.RoutingFixture;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every string and instant a client can send, on every endpoint, replaced in turn by each hostile
 * value: control characters, broken UTF-16, over-long values and out-of-range instants. Each must
 * be refused with a 4xx (a 400 for body fields), never a 500, and no ingest may answer 202 for a
 * mention the pipeline would then dead-letter.
 */
@CarerouteTest
class HostileInputTest {

  static final List<String> HOSTILE_TEXTS =
      List.of(
          "nul\u0000byte",
          "bell\u0007",
          "esc\u001b[31m",
          "del\u007f",
          "next-line\u0085",
          "broken\ud800",
          "low\udc00surrogate",
          "y".repeat(20_000)); // longer than any text field allows (10,000 at most)

  static final List<String> HOSTILE_INSTANTS =
      List.of(
          "1970-01-01T00:00:00Z",
          "1999-12-31T23:59:59Z",
          "2100-01-01T00:00:00Z",
          "+10000-01-01T00:00:00Z",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "yesterday");

  @Inject RoutingFixture fixture;

  private String ticket;

  @BeforeEach
  void aTicket() {
    if (ticket == null) {
      String category = freshCategory();
      fixture.onlineAgent(
          "fuzz-" + UUID.randomUUID().toString().substring(0, 8),
          5,
          List.of(category),
          List.of("en"));
      ticket = fixture.route(mention("fuzz-" + UUID.randomUUID(), category));
    }
  }

  /** A body field of an endpoint: how to send a body whose field at this path has the value. */
  private record Field(
      String endpoint, String path, Map<String, Object> body, Function<String, Response> send) {}

  private List<Field> bodyFields() {
    List<Field> fields = new ArrayList<>();
    Map<String, Object> mention = validMention();
    for (String path :
        List.of(
            "platform",
            "externalId",
            "author.id",
            "author.handle",
            "author.displayName",
            "text",
            "inReplyToExternalId",
            "conversationId",
            "url",
            "lang",
            "createdAt")) {
      fields.add(
          new Field(
              "POST /mentions",
              path,
              mention,
              json -> Api.ingest().body(json).post("/api/v1/mentions")));
      fields.add(
          new Field(
              "POST /mentions/batch",
              "mentions.0." + path,
              Map.of("mentions", List.of(mention)),
              json -> Api.ingest().body(json).post("/api/v1/mentions/batch")));
    }
    String t = "/api/v1/tickets/" + ticket;
    fields.add(
        new Field(
            "status",
            "status",
            Map.of("status", "PENDING_CUSTOMER"),
            json -> Api.supervisor().body(json).post(t + "/status")));
    fields.add(
        new Field(
            "status",
            "reason",
            Map.of("status", "RESOLVED", "reason", "ok"),
            json -> Api.supervisor().body(json).post(t + "/status")));
    fields.add(
        new Field(
            "notes",
            "text",
            Map.of("text", "note"),
            json -> Api.supervisor().body(json).post(t + "/notes")));
    fields.add(
        new Field(
            "replies",
            "text",
            Map.of("text", "hi", "visibility", "PRIVATE"),
            json -> Api.supervisor().body(json).post(t + "/replies")));
    fields.add(
        new Field(
            "replies",
            "visibility",
            Map.of("text", "hi", "visibility", "PRIVATE"),
            json -> Api.supervisor().body(json).post(t + "/replies")));
    fields.add(
        new Field(
            "assignment",
            "agentId",
            Map.of("agentId", "nobody"),
            json -> Api.supervisor().body(json).post(t + "/assignment")));
    fields.add(
        new Field(
            "classification",
            "category",
            Map.of("category", "FAULT"),
            json -> Api.supervisor().body(json).post(t + "/classification")));
    Map<String, Object> agent = new LinkedHashMap<>();
    agent.put("id", "fz-" + UUID.randomUUID().toString().substring(0, 8));
    agent.put("handle", "h");
    agent.put("displayName", "d");
    agent.put("skills", List.of("FAULT"));
    agent.put("languages", List.of("en"));
    agent.put("capacity", 3);
    agent.put("signature", "^F");
    for (String path :
        List.of("id", "handle", "displayName", "skills.0", "languages.0", "signature")) {
      fields.add(
          new Field(
              "POST /agents",
              path,
              agent,
              json -> Api.as("root", "admin").body(json).post("/api/v1/agents")));
    }
    fields.add(
        new Field(
            "presence",
            "presence",
            Map.of("presence", "AWAY"),
            json -> Api.as("fz-agent", "agent").body(json).put("/api/v1/agents/me/presence")));
    return fields;
  }

  @Test
  void no_hostile_value_in_any_body_field_is_accepted_or_answered_500() {
    List<String> failures = new ArrayList<>();
    for (Field field : bodyFields()) {
      List<String> values = new ArrayList<>(HOSTILE_TEXTS);
      if (field.path().endsWith("createdAt")) {
        values.addAll(HOSTILE_INSTANTS);
      }
      for (String value : values) {
        Response response = field.send().apply(Json.with(field.body(), field.path(), value));
        int status = response.statusCode();
        if (status != 400) {
          failures.add(
              field.endpoint()
                  + " "
                  + field.path()
                  + "="
                  + Json.shown(value)
                  + " -> "
                  + status
                  + " "
                  + response.asString());
        } else if (!response.contentType().startsWith("application/problem+json")) {
          failures.add(
              field.endpoint() + " " + field.path() + " answered " + response.contentType());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void no_hostile_path_or_query_parameter_is_answered_500() {
    List<String> failures = new ArrayList<>();
    // A URL cannot carry broken UTF-16 (the client sends '?' for it), so those two are left out.
    List<String> values =
        new ArrayList<>(
            HOSTILE_TEXTS.stream()
                .filter(
                    v -> !v.contains("surrogate") && !v.startsWith("broken") && v.length() < 1_000)
                .toList());
    values.add("z".repeat(3_000));
    for (String value : values) {
      List<Response> responses = new ArrayList<>();
      responses.add(Api.supervisor().get("/api/v1/tickets/{id}", value));
      responses.add(Api.supervisor().get("/api/v1/tickets/{id}/routing", value));
      responses.add(Api.supervisor().get("/api/v1/tickets/{id}/audit", value));
      responses.add(Api.supervisor().get("/api/v1/mentions/{id}", value));
      responses.add(
          Api.as("root", "admin")
              .body(Map.of("capacity", 3))
              .put("/api/v1/agents/{id}/capacity", value));
      responses.add(
          Api.supervisor().body(Map.of("text", "n")).post("/api/v1/tickets/{id}/notes", value));
      for (String query :
          List.of("status", "assignee", "category", "priority", "limit", "cursor")) {
        responses.add(Api.supervisor().queryParam(query, value).get("/api/v1/tickets"));
      }
      responses.add(Api.supervisor().queryParam("from", value).get("/api/v1/metrics/summary"));
      responses.add(Api.supervisor().queryParam("to", value).get("/api/v1/metrics/summary"));
      responses.add(given().queryParam("crc_token", value).get("/webhooks/x"));
      for (Response response : responses) {
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
          failures.add(
              Json.shown(value) + " -> " + response.statusCode() + " " + response.asString());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void out_of_range_instants_in_a_cursor_or_metrics_window_are_400() {
    for (String instant : HOSTILE_INSTANTS) {
      String cursor =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  ("P1|" + instant + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
      Api.supervisor().queryParam("cursor", cursor).get("/api/v1/tickets").then().statusCode(400);
      Api.supervisor()
          .queryParam("from", instant)
          .get("/api/v1/metrics/summary")
          .then()
          .statusCode(400);
      Api.supervisor()
          .queryParam("to", instant)
          .get("/api/v1/metrics/summary")
          .then()
          .statusCode(400);
    }
  }

  @Test
  void a_signed_x_delivery_with_a_nul_in_a_tweet_skips_that_tweet_and_takes_the_rest() {
    String bad = "nul-" + UUID.randomUUID();
    String good = "ok-" + UUID.randomUUID();
    String body =
        "{\"for_user_id\":\"1\",\"tweet_create_events\":["
            + tweet(bad, "broken\\u0000text")
            + ","
            + tweet(good, "router down")
            + "]}";
    given()
        .contentType(ContentType.JSON)
        .header("x-twitter-webhooks-signature", "sha256=" + Hmac.base64("Jefe", body))
        .body(body)
        .post("/webhooks/x")
        .then()
        .statusCode(200)
        .body("accepted", org.hamcrest.Matchers.equalTo(1));
    Api.supervisor().get("/api/v1/mentions/" + MentionIds.of("x", bad)).then().statusCode(404);
  }

  @Test
  void a_mention_from_1970_is_refused_and_one_from_yesterday_starts_its_clock_within_an_hour() {
    Map<String, Object> old = Api.mention("clock-" + UUID.randomUUID(), "no signal");
    old.put("createdAt", "1970-01-01T00:00:00Z");
    Api.ingest().body(old).post("/api/v1/mentions").then().statusCode(400);

    Map<String, Object> late = Api.mention("clock-" + UUID.randomUUID(), "no signal");
    late.put("createdAt", java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString());
    var ticket = io.careroute.testing.Pipeline.ticket(io.careroute.testing.Pipeline.ticketOf(late));
    java.time.Instant created = java.time.Instant.parse(ticket.getString("createdAt"));
    assertThat(created).isAfter(java.time.Instant.now().minus(java.time.Duration.ofMinutes(61)));
  }

  private static String tweet(String id, String text) {
    return "{\"id_str\":\""
        + id
        + "\",\"text\":\""
        + text
        + "\",\"user\":{\"id_str\":\"42\",\"screen_name\":\"jo\"}}";
  }

  private Map<String, Object> validMention() {
    Map<String, Object> author = new LinkedHashMap<>();
    author.put("id", "a-1");
    author.put("handle", "jo");
    author.put("displayName", "Jo");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("platform", "x");
    m.put("externalId", UUID.randomUUID().toString());
    m.put("author", author);
    m.put("text", "router down");
    m.put("inReplyToExternalId", "1");
    m.put("conversationId", "2");
    m.put("url", "https://x.com/jo/status/1");
    m.put("lang", "en");
    m.put("createdAt", java.time.Instant.now().toString());
    return m;
  }

  /**
   * JSON written by hand, so that broken UTF-16 reaches the server as the escape a client sends.
   */
  static final class Json {

    static String with(Object body, String path, String value) {
      return write(replace(body, List.of(path.split("\\.")), 0, value));
    }

    static String shown(String value) {
      String escaped = escape(value);
      return escaped.length() > 40
          ? escaped.substring(0, 40) + "…(" + value.length() + ")"
          : escaped;
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object node, List<String> path, int depth, String value) {
      if (depth == path.size()) {
        return new Raw(value);
      }
      String key = path.get(depth);
      if (node instanceof Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
        copy.put(key, replace(copy.get(key), path, depth + 1, value));
        return copy;
      }
      List<Object> copy = new ArrayList<>((List<Object>) node);
      int index = Integer.parseInt(key);
      copy.set(index, replace(copy.get(index), path, depth + 1, value));
      return copy;
    }

    private record Raw(String value) {}

    private static String write(Object node) {
      if (node instanceof Map<?, ?> map) {
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> parts.add("\"" + k + "\":" + write(v)));
        return "{" + String.join(",", parts) + "}";
      }
      if (node instanceof List<?> list) {
        return "[" + String.join(",", list.stream().map(Json::write).toList()) + "]";
      }
      if (node instanceof Raw raw) {
        return "\"" + escape(raw.value()) + "\"";
      }
      if (node instanceof String s) {
        return "\"" + escape(s) + "\"";
      }
      return String.valueOf(node);
    }

    private static String escape(String s) {
      StringBuilder out = new StringBuilder();
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
