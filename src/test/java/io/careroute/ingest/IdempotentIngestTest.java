package io.careroute.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Management;
import io.careroute.testing.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@CarerouteTest
class IdempotentIngestTest {

  @Test
  void the_same_mention_sent_ten_times_concurrently_is_one_message() throws Exception {
    String customer = UUID.randomUUID().toString();
    var mention = Api.mention(customer, "broadband down, third time this week");
    double duplicatesBefore = duplicateCount();

    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<String>> sends = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      sends.add(() -> Pipeline.ingest(mention));
    }
    List<String> ids = new ArrayList<>();
    for (Future<String> sent : pool.invokeAll(sends)) {
      ids.add(sent.get());
    }
    pool.shutdown();

    assertThat(ids)
        .hasSize(10)
        .containsOnly(MentionIds.of("x", (String) mention.get("externalId")));
    String ticketId = Pipeline.awaitRouted(ids.get(0)).getString("ticketId");
    // The customer's next mention shares the partition, so once it is routed all ten sends were.
    var next = Api.mention("x", UUID.randomUUID().toString(), customer, "hello?");
    assertThat(Pipeline.ticketOf(next)).isEqualTo(ticketId);

    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getList("messages.externalId", String.class))
        .containsExactly((String) mention.get("externalId"), (String) next.get("externalId"));
    assertThat(duplicateCount() - duplicatesBefore).isEqualTo(9.0);
  }

  private static double duplicateCount() {
    String metrics =
        Management.request().get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics
        .lines()
        .filter(l -> l.startsWith("careroute_ingest_mentions_total{"))
        .filter(l -> l.contains("outcome=\"duplicate\"") && l.contains("platform=\"x\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }
}
