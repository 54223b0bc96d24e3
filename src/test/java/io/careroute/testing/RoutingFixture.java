package io.careroute.testing;

import static org.awaitility.Awaitility.await;

import io.careroute.agent.Agent;
import io.careroute.agent.AgentService;
import io.careroute.agent.NewAgent;
import io.careroute.agent.Presence;
import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.Classification;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.routing.RoutingService;
import io.careroute.ticket.DeliveryStatus;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Routes classified mentions straight into the routing service (real PostgreSQL, no Kafka hop), for
 * tests of the routing rules. Each test invents its own categories, so only its own agents are ever
 * eligible for its tickets, whatever other tests left in the shared database.
 */
@ApplicationScoped
public class RoutingFixture {

  @Inject RoutingService routing;
  @Inject AgentService agents;

  /** A category no other test uses. */
  public static String freshCategory() {
    return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** An ONLINE agent with these skills and languages. */
  public String onlineAgent(String id, int capacity, List<String> skills, List<String> languages) {
    return onlineAgent(id, capacity, skills, languages, "^T");
  }

  /**
   * An ONLINE agent with these skills, languages and reply signature. The queue is not served for
   * them (the API would serve it as they come online), so a test decides what they hold.
   */
  public String onlineAgent(
      String id, int capacity, List<String> skills, List<String> languages, String signature) {
    agents.create(new NewAgent(id, id, id, skills, languages, capacity, signature));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Agent.update(
                    "presence = ?1, presenceChangedAt = ?2 where id = ?3",
                    Presence.ONLINE,
                    Instant.now(),
                    id));
    return id;
  }

  /** A customer's mention, classified as given, routed; returns the ticket id. */
  public String route(Mention mention) {
    return routing.route(mention.classified()).orElseThrow();
  }

  /** The ticket as the database has it now. */
  public Ticket ticket(String id) {
    return QuarkusTransaction.requiringNew().call(() -> Ticket.<Ticket>findById(id));
  }

  /** The message as the database has it now. */
  public TicketMessage message(String id) {
    return QuarkusTransaction.requiringNew().call(() -> TicketMessage.<TicketMessage>findById(id));
  }

  /** The reply once its delivery has ended, SENT or FAILED (waits up to 20 seconds). */
  public TicketMessage delivered(String messageId) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> message(messageId), m -> m.deliveryStatus != DeliveryStatus.PENDING);
  }

  /** The capacity units the agent holds now, as the database counts them. */
  public int openWeight(String agentId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Ticket.getEntityManager()
                    .createQuery("select a.openWeight from Agent a where a.id = ?1", Integer.class)
                    .setParameter(1, agentId)
                    .getSingleResult());
  }

  /** A mention under construction, with sensible defaults. */
  public static Mention mention(String customerId, String category) {
    return new Mention(customerId, category);
  }

  /** Builder of a classified mention. */
  public static final class Mention {
    String externalId = UUID.randomUUID().toString();
    String platform = "x";
    final String customerId;
    String category;
    String language = "en";
    String sentiment = "NEUTRAL";
    String inReplyTo;
    String conversationId;
    boolean brand;
    Instant createdAt = Instant.now();
    List<String> signals = List.of();
    String text;

    Mention(String customerId, String category) {
      this.customerId = customerId;
      this.category = category;
    }

    public Mention language(String value) {
      language = value;
      return this;
    }

    public Mention sentiment(String value) {
      sentiment = value;
      return this;
    }

    public Mention platform(String value) {
      platform = value;
      return this;
    }

    public Mention externalId(String value) {
      externalId = value;
      return this;
    }

    public Mention inReplyTo(String value) {
      inReplyTo = value;
      return this;
    }

    public Mention conversation(String value) {
      conversationId = value;
      return this;
    }

    public Mention byBrand() {
      brand = true;
      return this;
    }

    public Mention at(Instant value) {
      createdAt = value;
      return this;
    }

    public Mention text(String value) {
      text = value;
      return this;
    }

    public Mention signals(String... value) {
      signals = List.of(value);
      return this;
    }

    public String externalId() {
      return externalId;
    }

    MentionClassified classified() {
      String author = brand ? "brand" : customerId;
      MentionAccepted accepted =
          new MentionAccepted(
              UUID.randomUUID().toString(),
              platform,
              externalId,
              new AuthorPayload(author, "h_" + author, author, 10L, false),
              text != null ? text : "text of " + externalId,
              createdAt,
              Instant.now(),
              inReplyTo,
              conversationId,
              null,
              language,
              brand);
      Classification classification =
          new Classification(
              category, 0.9, sentiment, 0, language, List.of(), false, signals, "", "test");
      return new MentionClassified(accepted, classification);
    }
  }
}
