package io.careroute.delivery;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.FakePlatform;
import io.careroute.testing.RealInfrastructure;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.TicketMessage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replies on Facebook and Instagram go through the (fake) Graph API as the Page. */
@CarerouteTest
class MetaDeliveryTest {

  @Inject RoutingFixture fixture;

  private final FakePlatform platform = RealInfrastructure.platform();

  @ParameterizedTest
  @CsvSource({
    "facebook, PUBLIC, /{comment}/comments",
    "facebook, PRIVATE, /1000/messages",
    "instagram, PUBLIC, /{comment}/replies",
    "instagram, PRIVATE, /2000/messages"
  })
  void a_reply_answers_the_customers_comment_in_public_or_in_a_private_message(
      String network, String visibility, String expectedPath) {
    String category = freshCategory();
    String agent = "md-" + UUID.randomUUID().toString().substring(0, 8);
    String comment = "17" + Math.abs(UUID.randomUUID().getMostSignificantBits());
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    String ticket =
        fixture.route(
            mention("cust-" + UUID.randomUUID(), category).platform(network).externalId(comment));
    String marker = "meta-" + UUID.randomUUID();

    String messageId =
        Api.as(agent, "agent")
            .body(Map.of("text", "Thanks for waiting " + marker, "visibility", visibility))
            .post("/api/v1/tickets/" + ticket + "/replies")
            .then()
            .statusCode(202)
            .extract()
            .path("messageId");

    TicketMessage sent = fixture.delivered(messageId);
    assertThat(sent.deliveryStatus).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.externalId).isNotBlank();
    FakePlatform.Request request = platform.requestsContaining(marker).get(0);
    assertThat(request.path()).isEqualTo(expectedPath.replace("{comment}", comment));
    assertThat(request.authorization()).isEqualTo("Bearer test-meta-token");
    if (visibility.equals("PRIVATE")) {
      assertThat(request.body().path("recipient").path("comment_id").asText()).isEqualTo(comment);
      assertThat(request.body().path("message").path("text").asText()).contains(marker);
    } else {
      assertThat(request.body().path("message").asText()).contains(marker).endsWith(" ^T");
    }
  }
}
