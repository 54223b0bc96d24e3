package io.careroute.local;

import io.careroute.testing.FakePlatform;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The run command behind {@code bin/careroute run}: starts a real PostgreSQL and Kafka unless
 * external ones are configured, then the packaged service against them; Ctrl-C stops all of it.
 */
public final class LocalStack implements AutoCloseable {

  private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");

  private final List<AutoCloseable> started = new ArrayList<>();
  private final Map<String, String> env = new HashMap<>();
  private Process app;

  /** A temporary folder a throw-away stack deletes when it closes, or null. */
  private Path throwAwayData;

  /**
   * The service's memory, sized for a small box (README, Running): heap, metaspace, code cache,
   * direct buffers and thread stacks bounded, beside the sentence encoder's native memory (about
   * 170 MiB, outside all of these). {@code CAREROUTE_JAVA_OPTS} replaces them.
   */
  static final String JAVA_OPTS =
      "-Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m"
          + " -XX:MaxDirectMemorySize=64m -Xss512k -XX:+UseSerialGC";

  public static void main(String[] args) throws Exception {
    boolean demo = List.of(args).contains("--demo");
    LocalStack stack = new LocalStack();
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "careroute-local-stop"));
    if (demo) {
      stack.deliverToAStandIn();
    }
    stack.start(Path.of(".careroute"), System.getenv().getOrDefault("PORT", "8080"), false);
    if (demo) {
      new DemoSeeder(stack.baseUrl()).seed();
    }
    String base = stack.baseUrl();
    say("");
    say("careroute is ready at " + base);
    say("  API docs  " + base + "/q/swagger-ui");
    say("  health    " + stack.managementUrl() + "/q/health/ready  (management port)");
    say("  metrics   " + stack.managementUrl() + "/q/metrics  (management port)");
    say(
        "  dashboard "
            + base
            + "/dashboard  (token: bin/careroute token --sub sam --groups supervisor)");
    say("  a token   bin/careroute token --sub alice --groups agent,supervisor");
    say("Press Ctrl-C to stop everything this command started.");
    System.exit(stack.app.waitFor());
  }

  /**
   * Starts PostgreSQL and Kafka with their data under this folder (unless external ones are
   * configured), then the packaged service on this port; returns once it is ready.
   */
  public void start(Path data, String port, boolean quiet) throws Exception {
    Files.createDirectories(data);
    Properties ports = loadPorts(data);
    env.put("PORT", port);
    env.putIfAbsent(
        "MANAGEMENT_PORT",
        System.getenv()
            .getOrDefault("MANAGEMENT_PORT", Integer.toString(port(ports, "management"))));

    String jdbcUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (jdbcUrl == null) {
      LocalPostgres postgres =
          LocalPostgres.persistent(data.resolve("postgres"), port(ports, "postgres"));
      started.add(postgres);
      env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
      env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
      env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
      say("PostgreSQL  " + postgres.jdbcUrl() + "  (data in " + data.resolve("postgres") + ")");
    } else {
      say("PostgreSQL  " + jdbcUrl + "  (external; not started)");
    }

    String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    if (bootstrap == null) {
      LocalKafka kafka =
          LocalKafka.start(
              data.resolve("kafka"), port(ports, "kafka"), port(ports, "kafka-controller"));
      started.add(kafka);
      env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
      say("Kafka       " + kafka.bootstrapServers() + "  (data in " + data.resolve("kafka") + ")");
    } else {
      say("Kafka       " + bootstrap + "  (external; not started)");
    }
    savePorts(data, ports);

    String profile = System.getenv().getOrDefault("QUARKUS_PROFILE", "demo");
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(
        List.of(
            System.getenv().getOrDefault("CAREROUTE_JAVA_OPTS", JAVA_OPTS).trim().split("\\s+")));
    command.addAll(List.of("-Dquarkus.profile=" + profile, "-jar", APP.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    // glibc's per-thread malloc arenas would otherwise add tens of MiB of native memory.
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    if (quiet) {
      builder.redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile());
    } else {
      builder.inheritIO();
    }
    builder.environment().putAll(env);
    app = builder.start();
    if (!awaitReady(managementUrl())) {
      close();
      throw new IllegalStateException("careroute did not become ready; see its log");
    }
  }

  /**
   * Points reply delivery at a local stand-in for the X and Meta APIs, so the demo's replies are
   * SENT without real platform credentials or the internet.
   */
  private void deliverToAStandIn() throws IOException {
    FakePlatform platform = FakePlatform.start();
    started.add(platform);
    withEnv("CAREROUTE_DELIVERY_X_BASE_URL", platform.baseUrl());
    withEnv("CAREROUTE_DELIVERY_X_ACCESS_TOKEN", "demo");
    withEnv("CAREROUTE_DELIVERY_META_BASE_URL", platform.baseUrl());
    withEnv("CAREROUTE_DELIVERY_META_PAGE_ACCESS_TOKEN", "demo");
    withEnv("CAREROUTE_DELIVERY_META_PAGE_ID", "1000");
    withEnv("CAREROUTE_DELIVERY_META_INSTAGRAM_ACCOUNT_ID", "2000");
    say(
        "Platforms   "
            + platform.baseUrl()
            + "  (a stand-in for X and Meta: demo replies go here)");
  }

  /**
   * Starts a throw-away stack: data in a new temporary folder, the service on a free port and its
   * log in the folder, all of it deleted by {@link #close()}. For benchmarks and end-to-end tests.
   */
  public LocalStack startThrowAway() throws Exception {
    // A benchmark stopped by a signal must not leave its service running on the machine.
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "careroute-throwaway-stop"));
    Path data = Files.createTempDirectory("careroute-throwaway");
    try {
      start(data, Integer.toString(port(new Properties(), "service")), true);
    } catch (Exception e) {
      Path log = data.resolve("app.log");
      if (Files.exists(log)) {
        System.err.println("The service's log:\n" + Files.readString(log));
      }
      throwAwayData = data;
      close();
      throw e;
    }
    throwAwayData = data;
    return this;
  }

  /** Sets a variable for the service before it starts (for example a benchmark's rate limit). */
  public LocalStack withEnv(String name, String value) {
    env.put(name, value);
    return this;
  }

  public String baseUrl() {
    return "http://localhost:" + env.get("PORT");
  }

  /** The management interface: health and metrics, kept off the public port. */
  public String managementUrl() {
    return "http://localhost:" + env.get("MANAGEMENT_PORT");
  }

  /** A new connection to the stack's PostgreSQL, for a benchmark to seed or count rows. */
  public java.sql.Connection database() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        env.get("QUARKUS_DATASOURCE_JDBC_URL"),
        env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
        env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
  }

  /** The service's process id, for reading its memory from /proc. */
  public long servicePid() {
    return app.pid();
  }

  /** The environment the service was started with. */
  public Map<String, String> environment() {
    return Map.copyOf(env);
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

  /** Stops the service first, so it commits what it processed, then Kafka and PostgreSQL. */
  @Override
  public synchronized void close() {
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
    if (throwAwayData != null) {
      try (Stream<Path> files = Files.walk(throwAwayData)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        System.err.println("Could not delete " + throwAwayData + ": " + e);
      }
      throwAwayData = null;
    }
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

  private static Properties loadPorts(Path data) throws IOException {
    Properties ports = new Properties();
    Path file = data.resolve("ports.properties");
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        ports.load(in);
      }
    }
    return ports;
  }

  private static void savePorts(Path data, Properties ports) throws IOException {
    try (OutputStream out = Files.newOutputStream(data.resolve("ports.properties"))) {
      ports.store(out, "Ports of careroute's local stack");
    }
  }

  static void say(String line) {
    System.out.println("[careroute] " + line);
  }
}
