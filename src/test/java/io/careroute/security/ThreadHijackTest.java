package io.careroute.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A ticket belongs to one customer: a stranger who knows a customer's thread id or post id cannot
 * join that customer's ticket, and so can never receive a reply meant for the customer.
 */
@CarerouteTest
class ThreadHijackTest {

  @Test
  void a_strangers_mention_with_the_customers_conversation_id_opens_its_own_linked_ticket() {
    String conversation = "conv-" + UUID.randomUUID();
    String victim = "victim-" + UUID.randomUUID();
    var customer = Api.mention(victim, "my broadband is down in Leeds");
    customer.put("conversationId", conversation);
    String ticket = Pipeline.ticketOf(customer);

    var stranger = Api.mention("mallory-" + UUID.randomUUID(), "DM me the details instead");
    stranger.put("conversationId", conversation);
    String strangers = Pipeline.ticketOf(stranger);

    assertThat(strangers).isNotEqualTo(ticket);
    var victimTicket = Pipeline.ticket(ticket);
    assertThat(victimTicket.getInt("messageCount")).isEqualTo(1);
    assertThat(victimTicket.getList("messages.author.id", String.class)).containsOnly(victim);
    assertThat(Pipeline.ticket(strangers).getString("linkedTicketId")).isEqualTo(ticket);
  }

  @Test
  void a_strangers_reply_to_the_customers_post_opens_its_own_ticket() {
    var customer = Api.mention("victim-" + UUID.randomUUID(), "no signal since noon");
    String ticket = Pipeline.ticketOf(customer);

    var stranger = Api.mention("mallory-" + UUID.randomUUID(), "same here, DM me");
    stranger.put("inReplyToExternalId", customer.get("externalId"));
    String strangers = Pipeline.ticketOf(stranger);

    assertThat(strangers).isNotEqualTo(ticket);
    assertThat(Pipeline.ticket(ticket).getInt("messageCount")).isEqualTo(1);
  }

  @Test
  void the_strangers_second_mention_in_the_thread_joins_the_strangers_own_ticket() {
    String conversation = "conv-" + UUID.randomUUID();
    var customer = Api.mention("victim-" + UUID.randomUUID(), "bill is wrong again");
    customer.put("conversationId", conversation);
    String ticket = Pipeline.ticketOf(customer);
    String strangerId = "bystander-" + UUID.randomUUID();
    var first = Api.mention(strangerId, "mine too");
    first.put("conversationId", conversation);
    var second = Api.mention(strangerId, "still waiting on mine");
    second.put("conversationId", conversation);

    String strangers = Pipeline.ticketOf(first);
    assertThat(Pipeline.ticketOf(second)).isEqualTo(strangers).isNotEqualTo(ticket);
    assertThat(Pipeline.ticket(strangers).getInt("messageCount")).isEqualTo(2);
  }
}
