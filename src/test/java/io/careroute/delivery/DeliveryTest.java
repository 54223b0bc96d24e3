package io.careroute.delivery;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.FakePlatform;
import io.careroute.testing.FakePlatform.Answer;
import io.careroute.testing.RealInfrastructure;
import io.careroute.testing.RoutingFixture;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.TicketMessage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replies on X reach the (fake) platform through the outbound topic and the delivery stage. */
@CarerouteTest
class DeliveryTest {

  @Inject RoutingFixture fixture;

  private final FakePlatform platform = RealInfrastructure.platform();
  private final String category = freshCategory();
  private final String agent = "dl-" + UUID.randomUUID().toString().substring(0, 8);
  private final String customer = "cust-" + UUID.randomUUID();
  private final String tweet = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));

  private String ticketOnX() {
    fixture.onlineAgent(agent, 5, List.of(category), List.of("en"));
    return fixture.route(mention(customer, category).externalId(tweet));
  }

  private String reply(String ticket, String text, String visibility) {
    return Api.as(agent, "agent")
        .body(Map.of("text", text, "visibility", visibility))
        .post("/api/v1/tickets/" + ticket + "/replies")
        .then()
        .statusCode(202)
        .extract()
        .path("messageId");
  }

  @Test
  void a_public_reply_is_posted_in_reply_to_the_customers_post_and_keeps_the_new_posts_id() {
    String ticket = ticketOnX();
    String marker = "on-it-" + UUID.randomUUID();

    TicketMessage sent = fixture.delivered(reply(ticket, "We're " + marker, "PUBLIC"));

    assertThat(sent.deliveryStatus).isEqualTo(DeliveryStatus.SENT);
    List<FakePlatform.Request> posts = platform.requestsContaining(marker);
    assertThat(posts).hasSize(1);
    FakePlatform.Request post = posts.get(0);
    assertThat(post.path()).isEqualTo("/2/tweets");
    assertThat(post.authorization()).isEqualTo("Bearer test-x-token");
    assertThat(post.body().path("reply").path("in_reply_to_tweet_id").asText()).isEqualTo(tweet);
    assertThat(post.body().path("text").asText()).endsWith(" ^T");
    assertThat(sent.externalId).isNotBlank();
    assertThat(sent.deliveredAt).isNotNull();
    assertThat(sent.deliveryAttempts).isEqualTo(1);
  }

  @Test
  void a_customers_answer_to_the_delivered_post_threads_into_the_ticket() {
    String ticket = ticketOnX();
    TicketMessage sent =
        fixture.delivered(reply(ticket, "Can you DM us? " + UUID.randomUUID(), "PUBLIC"));

    String answer = fixture.route(mention(customer, category).inReplyTo(sent.externalId));

    assertThat(answer).isEqualTo(ticket);
  }

  @Test
  void a_503_is_tried_again_after_a_backoff_and_the_reply_is_sent() {
    String ticket = ticketOnX();
    String marker = "retry-" + UUID.randomUUID();
    platform.script(
        marker,
        Answer.of(503, "{\"title\":\"Service Unavailable\"}"),
        Answer.of(503, "{\"title\":\"Service Unavailable\"}"));

    TicketMessage sent = fixture.delivered(reply(ticket, "Checking " + marker, "PUBLIC"));

    assertThat(sent.deliveryStatus).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.deliveryAttempts).isEqualTo(3);
    assertThat(platform.requestsContaining(marker)).hasSize(3);
  }

  @Test
  void a_4xx_fails_the_reply_at_once_with_the_platforms_reason() {
    String ticket = ticketOnX();
    String marker = "refused-" + UUID.randomUUID();
    platform.script(
        marker,
        Answer.of(
            403,
            "{\"title\":\"Forbidden\",\"detail\":\"You attempted to reply to a Tweet that is"
                + " deleted or not visible to you.\"}"));

    TicketMessage failed = fixture.delivered(reply(ticket, "Sorry " + marker, "PUBLIC"));

    assertThat(failed.deliveryStatus).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.deliveryError)
        .isEqualTo(
            "x refused with HTTP 403: You attempted to reply to a Tweet that is deleted or not"
                + " visible to you.");
    assertThat(platform.requestsContaining(marker)).hasSize(1);
    Api.as(agent, "agent")
        .get("/api/v1/tickets/" + ticket)
        .then()
        .body(
            "messages.find { it.id == '" + failed.id + "' }.deliveryStatus",
            org.hamcrest.Matchers.equalTo("FAILED"))
        .body(
            "messages.find { it.id == '" + failed.id + "' }.deliveryError",
            org.hamcrest.Matchers.startsWith("x refused with HTTP 403"));
  }

  @Test
  void a_platform_that_stays_unavailable_fails_the_reply_after_the_last_attempt() {
    String ticket = ticketOnX();
    String marker = "down-" + UUID.randomUUID();
    Answer unavailable = Answer.of(503, "");
    platform.script(marker, unavailable, unavailable, unavailable, unavailable, unavailable);

    TicketMessage failed = fixture.delivered(reply(ticket, "Hello " + marker, "PUBLIC"));

    assertThat(failed.deliveryStatus).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.deliveryError).isEqualTo("gave up after 4 attempts: x refused with HTTP 503");
    assertThat(platform.requestsContaining(marker)).hasSize(4);
  }

  @Test
  void a_private_reply_on_x_is_a_direct_message_to_the_customer() {
    String ticket = ticketOnX();
    String marker = "dm-" + UUID.randomUUID();

    TicketMessage sent =
        fixture.delivered(reply(ticket, "Your account 12345678 " + marker, "PRIVATE"));

    assertThat(sent.deliveryStatus).isEqualTo(DeliveryStatus.SENT);
    FakePlatform.Request dm = platform.requestsContaining(marker).get(0);
    assertThat(dm.path()).isEqualTo("/2/dm_conversations/with/" + customer + "/messages");
    assertThat(dm.body().path("text").asText()).doesNotEndWith("^T");
  }
}
