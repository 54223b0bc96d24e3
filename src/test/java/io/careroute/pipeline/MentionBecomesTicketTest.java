package io.careroute.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class MentionBecomesTicketTest {

  @Test
  void a_posted_mention_becomes_a_ticket_with_its_text_as_an_inbound_message() {
    String customer = UUID.randomUUID().toString();
    var mention =
        Api.mention(customer, "@btcare broadband down again in Leeds, 3rd time this week");

    String ticketId = Pipeline.ticketOf(mention);

    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getString("id")).isEqualTo(ticketId);
    assertThat(ticket.getString("status")).isIn("QUEUED", "ASSIGNED");
    assertThat(ticket.getString("customer.platform")).isEqualTo("x");
    assertThat(ticket.getString("customer.handle")).isEqualTo("user_" + customer);
    assertThat(ticket.getInt("messageCount")).isEqualTo(1);
    assertThat(ticket.getString("classification.category")).isEqualTo("FAULT");
    List<Map<String, Object>> messages = ticket.getList("messages");
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0))
        .containsEntry("direction", "INBOUND")
        .containsEntry("externalId", mention.get("externalId"))
        .containsEntry("text", mention.get("text"));
  }

  @Test
  void mentions_of_emoji_alone_become_tickets_with_their_text_intact() {
    // Character n-grams of emoji are halves of surrogate pairs: an explanation naming one once
    // made the classified record unreadable, and the accepted mention never became a ticket.
    for (String text :
        List.of(
            "@NorthwaveUK 🤔🤔", "Northwave's Pride float was brilliant this year 🏳️\u200d🌈")) {
      var mention = Api.mention(UUID.randomUUID().toString(), text);

      var ticket = Pipeline.ticket(Pipeline.ticketOf(mention));

      assertThat(ticket.getString("messages[0].text")).isEqualTo(text);
      assertThat(ticket.getString("classification.explanation"))
          .as(text)
          .matches("(?s)([^\\p{Cs}]|\\p{Cs}{2})*");
    }
  }

  @Test
  void personal_data_in_a_mention_is_flagged_on_the_ticket_with_its_span() {
    String text = "no signal again, call me on 07700 900123";
    String ticketId = Pipeline.ticketOf(Api.mention(UUID.randomUUID().toString(), text));

    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getString("classification.pii[0].type")).isEqualTo("PHONE");
    int start = ticket.getInt("classification.pii[0].start");
    int end = ticket.getInt("classification.pii[0].end");
    assertThat(text.substring(start, end)).isEqualTo("07700 900123");
  }

  @Test
  void a_vulnerable_customer_gets_the_top_priority_and_the_classification_says_why() {
    var mention =
        Api.mention(
            UUID.randomUUID().toString(),
            "@brand my dad is housebound and his landline has been dead for two days");

    var ticket = Pipeline.ticket(Pipeline.ticketOf(mention));

    assertThat(ticket.getString("priority")).isEqualTo("P1");
    assertThat(ticket.getList("classification.urgencySignals", String.class))
        .contains("VULNERABILITY");
    assertThat(ticket.getString("classification.modelVersion"))
        .as("both models, named in full")
        .startsWith("telecom-")
        .contains("-category+telecom-")
        .endsWith("-sentiment");
    assertThat(ticket.getString("classification.explanation"))
        .as("the label it chose and the signal that raised the priority")
        .contains("category " + ticket.getString("classification.category"))
        .contains("urgency: VULNERABILITY");
    assertThat(ticket.getString("classification.sentiment")).isEqualTo("NEGATIVE");
    assertThat(ticket.getDouble("classification.sentimentScore")).isNegative();
  }

  @Test
  void the_language_is_detected_when_the_platform_gives_none() {
    var mention =
        Api.mention(UUID.randomUUID().toString(), "Dzień dobry, internet nie działa od wczoraj");

    var ticket = Pipeline.ticket(Pipeline.ticketOf(mention));

    assertThat(ticket.getString("language")).isEqualTo("pl");
    assertThat(ticket.getString("classification.language")).isEqualTo("pl");
  }

  @Test
  void a_second_mention_from_the_same_customer_joins_the_open_ticket() {
    String customer = UUID.randomUUID().toString();
    String first = Pipeline.ticketOf(Api.mention(customer, "my bill is wrong"));
    String second = Pipeline.ticketOf(Api.mention(customer, "still waiting on that refund"));

    assertThat(second).isEqualTo(first);
    var ticket = Pipeline.ticket(first);
    assertThat(ticket.getInt("messageCount")).isEqualTo(2);
    assertThat(ticket.getList("messages.text", String.class))
        .containsExactly("my bill is wrong", "still waiting on that refund");
  }

  @Test
  void messages_with_the_same_timestamp_keep_their_arrival_order() {
    String customer = UUID.randomUUID().toString();
    var first = Api.mention(customer, "first");
    var second = Api.mention(customer, "second");
    first.put("createdAt", "2026-11-26T09:15:00Z");
    second.put("createdAt", "2026-11-26T09:15:00Z");

    String ticketId = Pipeline.ticketOf(first);
    assertThat(Pipeline.ticketOf(second)).isEqualTo(ticketId);

    assertThat(Pipeline.ticket(ticketId).getList("messages.text", String.class))
        .containsExactly("first", "second");
  }

  @Test
  void a_reply_by_another_author_opens_its_own_ticket_linked_to_the_one_it_answers() {
    var original = Api.mention(UUID.randomUUID().toString(), "no signal in Bristol since noon");
    String ticketId = Pipeline.ticketOf(original);

    var reply = Api.mention(UUID.randomUUID().toString(), "same here in Bath");
    reply.put("inReplyToExternalId", original.get("externalId"));

    String bystanders = Pipeline.ticketOf(reply);
    assertThat(bystanders).isNotEqualTo(ticketId);
    assertThat(Pipeline.ticket(bystanders).getString("linkedTicketId")).isEqualTo(ticketId);
  }

  @Test
  void the_customers_own_reply_to_their_post_joins_their_ticket() {
    String customer = UUID.randomUUID().toString();
    var original = Api.mention(customer, "no signal in Bristol since noon");
    String ticketId = Pipeline.ticketOf(original);

    var reply = Api.mention(customer, "still nothing");
    reply.put("inReplyToExternalId", original.get("externalId"));

    assertThat(Pipeline.ticketOf(reply)).isEqualTo(ticketId);
  }

  @Test
  void different_customers_get_different_tickets() {
    String a = Pipeline.ticketOf(Api.mention(UUID.randomUUID().toString(), "router broken"));
    String b = Pipeline.ticketOf(Api.mention(UUID.randomUUID().toString(), "router broken"));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void the_same_mention_sent_twice_is_one_message_with_one_mention_id() {
    var mention = Api.mention(UUID.randomUUID().toString(), "cancel my contract please");
    String firstId = Pipeline.ingest(mention);
    String secondId = Pipeline.ingest(mention);
    assertThat(secondId).isEqualTo(firstId);

    String ticketId = Pipeline.awaitRouted(firstId).getString("ticketId");
    // A later mention from the same customer proves the pipeline has moved past both sends.
    var later =
        Api.mention(
            "x",
            UUID.randomUUID().toString(),
            (String) ((Map<?, ?>) mention.get("author")).get("id"),
            "hello?");
    assertThat(Pipeline.ticketOf(later)).isEqualTo(ticketId);

    var ticket = Pipeline.ticket(ticketId);
    assertThat(ticket.getList("messages.externalId", String.class))
        .containsExactly((String) mention.get("externalId"), (String) later.get("externalId"));
  }

  @Test
  void an_unknown_mention_or_ticket_is_404_problem() {
    Api.supervisor()
        .get("/api/v1/mentions/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.supervisor()
        .get("/api/v1/tickets/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
