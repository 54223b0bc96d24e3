package io.careroute.local;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real one-node KRaft Kafka broker for the local stack, from Maven Central's Kafka jars, whose
 * log lives in a folder so accepted mentions survive a restart.
 */
public final class LocalKafka implements AutoCloseable {

  private final KafkaRaftServer server;
  private final int port;

  private LocalKafka(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Formats the folder if it is new (a formatted one keeps its cluster id), then starts the broker
   * and controller on these ports.
   */
  public static LocalKafka start(Path logDir, int brokerPort, int controllerPort)
      throws IOException {
    Files.createDirectories(logDir);
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    props.put(
        "listeners",
        "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("log.dirs", logDir.toAbsolutePath().toString());
    props.put("num.partitions", "6");
    props.put("offsets.topic.replication.factor", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    Path config = logDir.resolveSibling("kafka-server.properties");
    try (OutputStream out = new FileOutputStream(config.toFile())) {
      props.store(out, "Written by careroute's local stack on every start");
    }
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      int formatted =
          StorageTool.execute(
              new String[] {
                "format",
                "--cluster-id",
                Uuid.randomUuid().toString(),
                "--config",
                config.toString()
              },
              new PrintStream(OutputStream.nullOutputStream()));
      if (formatted != 0) {
        throw new IOException("Cannot format the Kafka log folder " + logDir);
      }
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    server.startup();
    return new LocalKafka(server, brokerPort);
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
