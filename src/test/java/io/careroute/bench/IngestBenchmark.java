package io.careroute.bench;

import io.careroute.classify.eval.CommandOptions;
import io.careroute.devtools.DevToken;
import io.careroute.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * {@code bin/careroute bench-ingest}: starts a throw-away local stack (real PostgreSQL, Kafka and
 * the packaged service), drives {@code POST /api/v1/mentions} on loopback from several clients for
 * a fixed time after a warm-up, and prints accepted mentions per second and latency percentiles.
 * Nothing it measures is asserted: it prints figures.
 */
public final class IngestBenchmark {

  private static final String[] TEXTS = {
    "@brand broadband down again in Leeds, third time this week",
    "@brand why has my bill gone up? nobody told me about a price rise",
    "@brand engineer was brilliant today, sorted in ten minutes, thank you",
    "@brand no signal in the village since Tuesday, can't even call 999",
    "@brand I want to cancel, the app keeps logging me out"
  };

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
    int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
    int batch = Integer.parseInt(options.getOrDefault("batch", "1"));

    try (LocalStack stack = new LocalStack()) {
      stack
          .withEnv("CAREROUTE_INGEST_RATE_LIMIT_PER_SECOND", "1000000")
          .withEnv("CAREROUTE_INGEST_RATE_LIMIT_BURST", "1000000")
          .startThrowAway();
      String url = stack.baseUrl() + (batch > 1 ? "/api/v1/mentions/batch" : "/api/v1/mentions");
      Run warm = drive(url, clients, batch, warmup);
      System.out.printf("warm-up: %d s, %d mentions accepted%n", warmup, warm.accepted.get());
      Run run = drive(url, clients, batch, seconds);
      report(run, seconds, clients, batch);
    }
  }

  private static Run drive(String url, int clients, int batch, int seconds) throws Exception {
    Run run = new Run();
    String token = DevToken.forSubject("bench", "ingest");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                long sequence = 0;
                while (System.nanoTime() < end) {
                  String body = body(client, sequence, batch, run.prefix);
                  sequence += batch;
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(url))
                          .header("Authorization", "Bearer " + token)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  long started = System.nanoTime();
                  try {
                    int status =
                        http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    long micros = (System.nanoTime() - started) / 1000;
                    if (status == 202) {
                      run.record(micros);
                      run.accepted.addAndGet(batch);
                    } else {
                      run.errors.merge(Integer.toString(status), 1L, Long::sum);
                    }
                  } catch (Exception e) {
                    run.errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return run;
  }

  private static String body(int client, long sequence, int batch, String prefix) {
    if (batch <= 1) {
      return mention(client, sequence, prefix);
    }
    StringBuilder body = new StringBuilder("{\"mentions\":[");
    for (int i = 0; i < batch; i++) {
      body.append(i == 0 ? "" : ",").append(mention(client, sequence + i, prefix));
    }
    return body.append("]}").toString();
  }

  private static String mention(int client, long sequence, String prefix) {
    return "{\"platform\":\"x\",\"externalId\":\""
        + prefix
        + client
        + "-"
        + sequence
        + "\",\"author\":{\"id\":\"bench-"
        + (sequence % 1000)
        + "\",\"handle\":\"bench_user\"},\"text\":\""
        + TEXTS[(int) (sequence % TEXTS.length)]
        + "\"}";
  }

  private static void report(Run run, int seconds, int clients, int batch) {
    Histogram h = run.histogram;
    System.out.println();
    System.out.println(
        "careroute ingest benchmark (POST "
            + (batch > 1 ? "batch of " + batch : "one mention")
            + ", loopback)");
    System.out.printf(
        "machine: %d cores, %s %s, max heap of this driver %d MiB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    System.out.printf("clients: %d, measured: %d s%n", clients, seconds);
    System.out.printf(
        "accepted mentions: %d (%.0f per second)%n",
        run.accepted.get(), run.accepted.get() / (double) seconds);
    System.out.printf(
        "latency per request: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(90) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0);
    System.out.println("errors: " + (run.errors.isEmpty() ? "none" : run.errors));
  }

  /** What one timed run saw. */
  private static final class Run {
    final String prefix = "bench-" + System.nanoTime() + "-";
    final Histogram histogram = new Histogram(60_000_000L, 3);
    final AtomicLong accepted = new AtomicLong();
    final Map<String, Long> errors = new ConcurrentHashMap<>();

    synchronized void record(long micros) {
      histogram.recordValue(Math.min(micros, 60_000_000L));
    }
  }
}
