package io.careroute.metrics;

import io.agroal.api.AgroalDataSource;
import io.careroute.messaging.outbox.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The state gauges of /q/metrics, read every 15 seconds rather than at each scrape: queue depth and
 * backlog by priority, each agent's open tickets and weight against capacity, and each stage's
 * consumer lag (records its group has yet to read).
 */
@ApplicationScoped
public class OperationalGauges {

  /** The consumer groups of careroute's stages, whose lag is reported. */
  static final List<String> GROUPS =
      List.of(
          "careroute-classifier",
          "careroute-routing",
          "careroute-delivery",
          "careroute-tracker-accepted",
          "careroute-tracker-classified",
          "careroute-tracker-dead-letters");

  private static final Logger LOG = Logger.getLogger(OperationalGauges.class);

  private final AgroalDataSource db;
  private final MeterRegistry registry;
  private final String bootstrapServers;
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private final MultiGauge agentOpenTickets;
  private final MultiGauge agentOpenWeight;
  private final MultiGauge agentCapacity;
  private volatile Admin admin;

  OperationalGauges(
      AgroalDataSource db,
      MeterRegistry registry,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.db = db;
    this.registry = registry;
    this.bootstrapServers = bootstrapServers;
    this.agentOpenTickets =
        MultiGauge.builder("careroute.agent.open.tickets")
            .description("Tickets an agent holds (ASSIGNED or PENDING_CUSTOMER)")
            .register(registry);
    this.agentOpenWeight =
        MultiGauge.builder("careroute.agent.open.weight")
            .description("Capacity units an agent's open tickets weigh")
            .register(registry);
    this.agentCapacity =
        MultiGauge.builder("careroute.agent.capacity")
            .description("Capacity units an agent may hold")
            .register(registry);
  }

  @Scheduled(
      every = "15s",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  public void refresh() {
    try (Connection c = db.getConnection()) {
      readTickets(c);
      readAgents(c);
      readOutbox(c);
    } catch (SQLException e) {
      LOG.debugf(e, "Ticket gauges not refreshed");
    }
    readLag();
  }

  /** The backlog as the summary defines it (docs/metrics.md), one gauge per priority. */
  private void readTickets(Connection c) throws SQLException {
    for (MetricsSummary.Backlog row : SummaryQueries.backlog(c)) {
      set("careroute.backlog", "Open tickets (not spam)", "priority", row.priority(), row.open());
      set(
          "careroute.queue.depth",
          "Open tickets no agent holds",
          "priority",
          row.priority(),
          row.unassigned());
    }
  }

  /**
   * What the outbox relay has still to publish, by aggregate type: it grows while Kafka is away.
   */
  private void readOutbox(Connection c) throws SQLException {
    Map<String, Long> waiting = new HashMap<>(Map.of(Outbox.TICKET, 0L, Outbox.REPLY, 0L));
    try (var query =
            c.prepareStatement(
                "select aggregate_type, count(*) from outbox where published_at is null"
                    + " group by aggregate_type");
        var rows = query.executeQuery()) {
      while (rows.next()) {
        waiting.put(rows.getString(1), rows.getLong(2));
      }
    }
    waiting.forEach(
        (type, count) ->
            set(
                "careroute.outbox.unpublished",
                "Outbox rows not in Kafka yet",
                "type",
                type,
                count));
  }

  /** The agents' load as the summary defines it, one row per agent. */
  private void readAgents(Connection c) throws SQLException {
    List<MultiGauge.Row<?>> tickets = new ArrayList<>();
    List<MultiGauge.Row<?>> weight = new ArrayList<>();
    List<MultiGauge.Row<?>> capacity = new ArrayList<>();
    for (MetricsSummary.AgentLoad agent : SummaryQueries.agents(c)) {
      Tags tag = Tags.of("agent", agent.agentId());
      tickets.add(MultiGauge.Row.of(tag, agent.openTickets()));
      weight.add(MultiGauge.Row.of(tag, agent.openWeight()));
      capacity.add(MultiGauge.Row.of(tag, agent.capacity()));
    }
    agentOpenTickets.register(tickets, true);
    agentOpenWeight.register(weight, true);
    agentCapacity.register(capacity, true);
  }

  private void readLag() {
    try {
      Admin kafka = admin();
      for (String group : GROUPS) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            kafka
                .listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        var ends = kafka.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (var entry : committed.entrySet()) {
          if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
            lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
          }
        }
        set(
            "careroute.kafka.consumer.lag",
            "Records a stage's consumer group has yet to read",
            "group",
            group,
            lag);
      }
    } catch (Exception e) {
      LOG.debugf(e, "Consumer lag not refreshed");
    }
  }

  private void set(String name, String description, String tag, String value, long number) {
    values
        .computeIfAbsent(
            name + "|" + value,
            key -> {
              AtomicLong holder = new AtomicLong();
              Gauge.builder(name, holder, AtomicLong::get)
                  .description(description)
                  .tag(tag, value)
                  .register(registry);
              return holder;
            })
        .set(number);
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          admin =
              Admin.create(
                  Map.of(
                      AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                      bootstrapServers,
                      AdminClientConfig.CLIENT_ID_CONFIG,
                      "careroute-gauges",
                      AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                      5000,
                      AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                      5000));
        }
      }
    }
    return admin;
  }

  void close(@Observes ShutdownEvent stop) {
    if (admin != null) {
      admin.close();
    }
  }
}
