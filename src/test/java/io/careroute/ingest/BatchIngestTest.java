package io.careroute.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class BatchIngestTest {

  @Test
  void a_valid_batch_is_accepted_whole_and_every_mention_is_routed() {
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      mentions.add(Api.mention(UUID.randomUUID().toString(), "bill wrong #" + i));
    }
    List<String> ids =
        Api.ingest()
            .body(Map.of("mentions", mentions))
            .post("/api/v1/mentions/batch")
            .then()
            .statusCode(202)
            .body("accepted", equalTo(20))
            .extract()
            .jsonPath()
            .getList("mentionIds", String.class);

    assertThat(ids).hasSize(20).doesNotHaveDuplicates();
    assertThat(ids.get(3))
        .isEqualTo(MentionIds.of("x", (String) mentions.get(3).get("externalId")));
    ids.forEach(Pipeline::awaitRouted);
  }

  @Test
  void a_batch_with_bad_mentions_names_each_index_and_field_and_accepts_nothing() {
    var good = Api.mention(UUID.randomUUID().toString(), "router broken");
    var noText = Api.mention(UUID.randomUUID().toString(), "");
    var noHandle = Api.mention(UUID.randomUUID().toString(), "hi");
    noHandle.put("author", Map.of("id", "7"));

    Api.ingest()
        .body(Map.of("mentions", List.of(good, noText, noHandle)))
        .post("/api/v1/mentions/batch")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("mentions[1].text", "mentions[2].author.handle"));

    // The same customer's next mention is routed; the refused batch's good mention never was.
    var customer = (String) ((Map<?, ?>) good.get("author")).get("id");
    Pipeline.ticketOf(Api.mention(customer, "anyone there?"));
    Api.supervisor()
        .get("/api/v1/mentions/" + MentionIds.of("x", (String) good.get("externalId")))
        .then()
        .statusCode(404);
  }

  @Test
  void a_batch_over_500_or_empty_is_400() {
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      many.add(Api.mention("c", "x"));
    }
    Api.ingest()
        .body(Map.of("mentions", many))
        .post("/api/v1/mentions/batch")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("mentions"));
    Api.ingest()
        .body(Map.of("mentions", List.of()))
        .post("/api/v1/mentions/batch")
        .then()
        .statusCode(400);
  }
}
