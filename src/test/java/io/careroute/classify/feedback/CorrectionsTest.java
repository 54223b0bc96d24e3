package io.careroute.classify.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.careroute.classify.eval.LabelledTexts;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class CorrectionsTest {

  @Test
  void a_corrected_category_changes_the_ticket_and_is_exported_as_a_training_example()
      throws Exception {
    String text = "my bill doubled this month " + UUID.randomUUID();
    String ticket = Pipeline.ticketOf(Api.mention(UUID.randomUUID().toString(), text));

    Api.supervisor()
        .body(Map.of("category", "COMPLAINT"))
        .post("/api/v1/tickets/" + ticket + "/classification")
        .then()
        .statusCode(200)
        .body("category", equalTo("COMPLAINT"))
        .body("classification.category", equalTo("COMPLAINT"));

    String csv =
        Api.supervisor()
            .get("/api/v1/classification/corrections")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    LabelledTexts examples =
        LabelledTexts.read(new StringReader(csv), "export", "text", "category");
    int row = examples.texts().indexOf(text);
    assertThat(row).isNotNegative();
    assertThat(examples.labels().get(row)).isEqualTo("COMPLAINT");
    Api.supervisor()
        .get("/api/v1/tickets/" + ticket + "/audit")
        .then()
        .body("entries[0].action", equalTo("CATEGORY_CORRECTED"))
        .body("entries[0].after.category", equalTo("COMPLAINT"));
  }

  @Test
  void a_category_outside_the_taxonomy_is_refused_and_agents_cannot_export() {
    String ticket =
        Pipeline.ticketOf(Api.mention(UUID.randomUUID().toString(), "router keeps dropping"));

    Api.supervisor()
        .body(Map.of("category", "WEATHER"))
        .post("/api/v1/tickets/" + ticket + "/classification")
        .then()
        .statusCode(422)
        .body("detail", startsWith("'WEATHER' is not in the taxonomy"));
    Api.as("alice", "agent").get("/api/v1/classification/corrections").then().statusCode(403);
  }
}
