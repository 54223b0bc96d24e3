package io.careroute.ingest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import io.careroute.testing.RealInfrastructure;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class KafkaOutageTest {

  @Test
  void with_kafka_down_ingest_answers_503_and_recovers_without_a_restart() throws Exception {
    RealInfrastructure.kafka().stopBroker();
    try {
      Api.ingest()
          .body(Api.mention(UUID.randomUUID().toString(), "is anyone there?"))
          .post("/api/v1/mentions")
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", notNullValue());
    } finally {
      RealInfrastructure.kafka().startBroker();
    }

    var mention = Api.mention(UUID.randomUUID().toString(), "back online?");
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> Api.ingest().body(mention).post("/api/v1/mentions").statusCode() == 202);
    Pipeline.awaitRouted(MentionIds.of("x", (String) mention.get("externalId")));
  }
}
