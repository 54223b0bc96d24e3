package io.careroute.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The run command behind {@code bin/careroute run}: starts a real PostgreSQL and Kafka unless
 * external ones are configured, then the packaged service against them; Ctrl-C stops all of it.
 */
public final class LocalStack {

  private static final Path DATA = Path.of(".careroute");
  private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");

  private final List<AutoCloseable> started = new ArrayList<>();
  private Process app;

  public static void main(String[] args) throws Exception {
    boolean demo = List.of(args).contains("--demo");
    new LocalStack().run(demo);
  }

  private void run(boolean demo) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "careroute-local-stop"));
    Files.createDirectories(DATA);
    Properties ports = loadPorts();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", System.getenv().getOrDefault("PORT", "8080"));

    String jdbcUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (jdbcUrl == null) {
      LocalPostgres postgres =
          LocalPostgres.persistent(DATA.resolve("postgres"), port(ports, "postgres"));
      started.add(postgres);
      env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
      env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
      env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
      say("PostgreSQL  " + postgres.jdbcUrl() + "  (data in " + DATA.resolve("postgres") + ")");
    } else {
      say("PostgreSQL  " + jdbcUrl + "  (external; not started)");
    }

    String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    if (bootstrap == null) {
      LocalKafka kafka =
          LocalKafka.start(
              DATA.resolve("kafka"), port(ports, "kafka"), port(ports, "kafka-controller"));
      started.add(kafka);
      env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      say("Kafka       " + kafka.bootstrapServers() + "  (data in " + DATA.resolve("kafka") + ")");
    } else {
      say("Kafka       " + bootstrap + "  (external; not started)");
    }
    savePorts(ports);

    String profile = System.getenv().getOrDefault("QUARKUS_PROFILE", "demo");
    ProcessBuilder builder =
        new ProcessBuilder("java", "-Dquarkus.profile=" + profile, "-jar", APP.toString())
            .inheritIO();
    builder.environment().putAll(env);
    app = builder.start();
    String base = "http://localhost:" + env.get("PORT");
    if (!awaitReady(base)) {
      say("careroute did not become ready; see its log above");
      System.exit(1);
    }
    if (demo) {
      new DemoSeeder(base, env).seed();
    }
    say("");
    say("careroute is ready at " + base);
    say("  health    " + base + "/q/health/ready");
    say("  API docs  " + base + "/q/swagger-ui");
    say("  metrics   " + base + "/q/metrics");
    say("  a token   bin/careroute token --sub alice --groups agent,supervisor");
    say("Press Ctrl-C to stop everything this command started.");
    System.exit(app.waitFor());
  }

  private boolean awaitReady(String base) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline) && app.isAlive()) {
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // The service is still starting.
      }
      Thread.sleep(500);
    }
    return false;
  }

  private synchronized void stop() {
    if (app != null && app.isAlive()) {
      app.destroy();
      try {
        app.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("Stopping " + started.get(i) + " failed: " + e);
      }
    }
    started.clear();
  }

  /** Reuses last run's ports where they are still free, so the stored data stays valid. */
  private static int port(Properties ports, String name) throws IOException {
    String previous = ports.getProperty(name);
    if (previous != null && isFree(Integer.parseInt(previous))) {
      return Integer.parseInt(previous);
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      ports.setProperty(name, Integer.toString(socket.getLocalPort()));
      return socket.getLocalPort();
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Properties loadPorts() throws IOException {
    Properties ports = new Properties();
    Path file = DATA.resolve("ports.properties");
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        ports.load(in);
      }
    }
    return ports;
  }

  private static void savePorts(Properties ports) throws IOException {
    try (OutputStream out = Files.newOutputStream(DATA.resolve("ports.properties"))) {
      ports.store(out, "Ports of careroute's local stack");
    }
  }

  static void say(String line) {
    System.out.println("[careroute] " + line);
  }
}
