package io.careroute.local;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/** A one-node KRaft Kafka broker inside the test JVM (Kafka's own KafkaClusterTestKit). */
public final class TestKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;
  private final List<Runnable> afterClose;

  private TestKafka(KafkaClusterTestKit cluster, List<Runnable> afterClose) {
    this.cluster = cluster;
    this.afterClose = afterClose;
  }

  /** Formats and starts the broker, returning once it accepts clients. */
  public static TestKafka start() throws Exception {
    // The test kit deletes its directories in JVM shutdown hooks of its own, which would race the
    // hook that closes the broker; a broker that sees its log directory vanish halts the JVM with
    // a failing exit code. Those hooks run after close() instead.
    List<Runnable> afterClose = new CopyOnWriteArrayList<>();
    Exit.setShutdownHookAdder((name, hook) -> afterClose.add(hook));
    try {
      return start(afterClose);
    } finally {
      Exit.resetShutdownHookAdder();
    }
  }

  private static TestKafka start(List<Runnable> afterClose) throws Exception {
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("num.partitions", "3")
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new TestKafka(cluster, afterClose);
  }

  /** Stops the broker (the controller stays up), as an outage would. */
  public void stopBroker() {
    cluster.brokers().values().forEach(broker -> broker.shutdown());
  }

  /** Starts the stopped broker again on the same port. */
  public void startBroker() throws Exception {
    cluster.brokers().values().forEach(broker -> broker.startup());
    cluster.waitForReadyBrokers();
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() throws Exception {
    try {
      cluster.close();
    } finally {
      afterClose.forEach(Runnable::run);
    }
  }
}
