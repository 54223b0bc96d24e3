package io.careroute.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class BrandPostTest {

  @Test
  void a_brand_post_answering_a_thread_is_recorded_outbound_on_that_ticket() {
    var customer = Api.mention(UUID.randomUUID().toString(), "my order never arrived");
    String ticketId = Pipeline.ticketOf(customer);

    var reply = Api.mention("brand-account", "@you sorry, we're on it ^AH");
    reply.put("authoredByBrand", true);
    reply.put("inReplyToExternalId", customer.get("externalId"));

    assertThat(Pipeline.ticketOf(reply)).isEqualTo(ticketId);
    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getList("messages.direction", String.class))
        .containsExactly("INBOUND", "OUTBOUND");
    assertThat(ticket.getString("messages[1].deliveryStatus")).isEqualTo("SENT");
  }

  @Test
  void a_brand_post_answering_nothing_known_creates_no_ticket() {
    var post = Api.mention("brand-account", "Planned maintenance tonight in Leeds");
    post.put("authoredByBrand", true);

    var progress = Pipeline.awaitRouted(Pipeline.ingest(post));

    assertThat(progress.getString("ticketId")).isNull();
  }
}
