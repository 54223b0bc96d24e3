package io.careroute.testing;

import io.careroute.local.LocalPostgres;
import io.careroute.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a real Kafka broker, a real PostgreSQL and a fake social platform once per test run and
 * points careroute at them; every test class shares them through {@link CarerouteTest}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

  private static TestKafka kafka;
  private static LocalPostgres postgres;
  private static FakePlatform platform;

  @Override
  public synchronized Map<String, String> start() {
    try {
      if (kafka == null) {
        kafka = TestKafka.start();
        postgres = LocalPostgres.ephemeral();
        platform = FakePlatform.start();
        Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::stopAll));
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the test Kafka and PostgreSQL", e);
    }
    return Map.of(
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
        "quarkus.datasource.username", postgres.username(),
        "quarkus.datasource.password", postgres.password(),
        "careroute.delivery.x.base-url", platform.baseUrl(),
        "careroute.delivery.meta.base-url", platform.baseUrl());
  }

  /** The test broker's bootstrap servers, for tests that talk to Kafka directly. */
  public static String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** The shared test broker, for tests that take it down and bring it back. */
  public static TestKafka kafka() {
    return kafka;
  }

  /** The fake platform that replies are delivered to. */
  public static FakePlatform platform() {
    return platform;
  }

  @Override
  public void stop() {
    // Shared by every test class: stopped once, when the test JVM exits.
  }

  private static synchronized void stopAll() {
    if (kafka == null) {
      return;
    }
    try {
      platform.close();
      kafka.close();
      postgres.close();
    } catch (Exception e) {
      System.err.println("Stopping the test infrastructure failed: " + e);
    } finally {
      kafka = null;
    }
  }
}
