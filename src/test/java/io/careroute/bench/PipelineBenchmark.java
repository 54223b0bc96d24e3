package io.careroute.bench;

import io.careroute.classify.RepetitionWatch;
import io.careroute.classify.SpamPolicy;
import io.careroute.classify.TextClassifier;
import io.careroute.classify.eval.CommandOptions;
import io.careroute.classify.eval.LabelledTexts;
import io.careroute.classify.language.LanguageDetection;
import io.careroute.classify.model.DefaultCorpus;
import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.model.ModelTrainer;
import io.careroute.classify.model.SentenceEncoder;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.devtools.DevToken;
import io.careroute.local.LocalStack;
import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.MentionAccepted;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code bin/careroute bench-pipeline}: the pipeline's figures beside the limits of its parts, in
 * one run on one throw-away local stack. First the limits (raw ONNX Runtime encoding of the same
 * model, one and all cores; a raw Kafka producer with acks=all on the same broker; raw PostgreSQL
 * insert+update transactions), then the classifier's own work in-process on the same cores, then
 * bursts through the batch API timed until every mention is a message on a ticket, and a steady
 * rate with the service's receipt-to-ticket percentiles; with the service's peak resident memory.
 * It prints figures and their ratios; it asserts nothing.
 */
public final class PipelineBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private PipelineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    List<Integer> bursts =
        List.of(options.getOrDefault("bursts", "6000").split(",")).stream()
            .map(Integer::parseInt)
            .toList();
    int steadyRate = Integer.parseInt(options.getOrDefault("steady-rate", "400"));
    int steadySeconds = Integer.parseInt(options.getOrDefault("steady-seconds", "120"));
    boolean encoder = !options.getOrDefault("encoder", "minilm").equals("none");
    List<String> texts = distinct(DefaultCorpus.read("category").texts());

    System.out.println("== limits, measured on this machine in this run ==");
    double[] encoding = {
      encodingRate(texts.subList(0, 1200), 1), encodingRate(texts.subList(1200, 3600), CORES)
    };
    System.out.printf(
        "raw ONNX encoding (all-MiniLM-L6-v2 q, tokenizer included, one text per call):"
            + " 1 thread %.0f/s, %d threads %.0f/s%n",
        encoding[0], CORES, encoding[1]);
    TextClassifier classifier = classifier(encoder);
    double[] classifying = {
      classifyRate(classifier, texts.subList(3600, 4600), 1),
      classifyRate(classifier, texts.subList(4600, texts.size()), CORES)
    };
    System.out.printf(
        "classifier's whole work in-process (models, language, personal data, spam, urgency):"
            + " 1 thread %.0f/s (%.2fx raw), %d threads %.0f/s (%.2fx raw)%n",
        classifying[0],
        classifying[0] / encoding[0],
        CORES,
        classifying[1],
        classifying[1] / encoding[1]);

    try (LocalStack stack = new LocalStack()) {
      stack
          .withEnv("CAREROUTE_INGEST_RATE_LIMIT_PER_SECOND", "1000000")
          .withEnv("CAREROUTE_INGEST_RATE_LIMIT_BURST", "1000000")
          .withEnv("CAREROUTE_CLASSIFIER_SENTENCE_ENCODER", Boolean.toString(encoder))
          .startThrowAway();
      Map<String, String> env = stack.environment();
      try (Connection db = stack.database()) {
        double kafka = kafkaRate(env.get("KAFKA_BOOTSTRAP_SERVERS"), 60_000);
        System.out.printf("raw Kafka producer, acks=all, 400-byte records: %.0f/s%n", kafka);
        double postgres = postgresRate(stack, 2 * CORES, 2_000);
        System.out.printf(
            "raw PostgreSQL insert+update transactions, %d connections: %.0f/s%n",
            2 * CORES, postgres);
        double limit = encoder ? encoding[1] : Math.min(kafka, postgres);
        System.out.printf(
            "the end-to-end limit used below: %s, %.0f/s%n",
            encoder ? "raw encoding on all cores" : "the lesser of Kafka and PostgreSQL", limit);

        MemoryWatch memory = new MemoryWatch(stack.servicePid());
        System.out.println();
        System.out.println("== the pipeline (service, broker and database on the same cores) ==");
        Burst warm = burst(stack, db, 1_000, i -> texts.get(i % texts.size()), "warm");
        System.out.printf("warm-up burst: 1,000 mentions in %.1f s%n", warm.seconds());
        for (int size : bursts) {
          Burst distinct = burst(stack, db, size, i -> texts.get(i % texts.size()), "burst");
          System.out.printf(
              "burst of %,d distinct texts: %.0f mentions/s end to end (%.2fx the limit), %d lost%n",
              size, distinct.rate(), distinct.rate() / limit, distinct.lost());
          Burst storm =
              burst(
                  stack,
                  db,
                  size,
                  i -> "@brand broadband down again in Leeds, anyone else? #" + (i % 20),
                  "storm");
          System.out.printf(
              "burst of %,d storm texts (20 distinct): %.0f mentions/s end to end, %d lost%n",
              size, storm.rate(), storm.lost());
        }
        stageTimes(stack);
        if (steadySeconds > 0) {
          steady(stack, db, texts, steadyRate, steadySeconds);
        }
        System.out.printf(
            "the service's peak resident memory during the run: %.0f MiB%n", memory.peakMiB());
      }
    }
  }

  private static List<String> distinct(List<String> texts) {
    return new ArrayList<>(new java.util.LinkedHashSet<>(texts));
  }

  /** Texts per second of the encoder alone, each text encoded once, on this many threads. */
  private static double encodingRate(List<String> texts, int threads) throws Exception {
    // Warmed first on the same texts (the JIT compiles the tokenizer), then timed afresh.
    parallel(
        texts.subList(0, Math.min(300, texts.size())),
        threads,
        SentenceEncoder.shared().remembering()::encode);
    SentenceEncoder fresh = SentenceEncoder.shared().remembering();
    return parallel(texts, threads, fresh::encode);
  }

  private static double classifyRate(TextClassifier classifier, List<String> texts, int threads)
      throws Exception {
    AtomicLong n = new AtomicLong();
    return parallel(
        texts,
        threads,
        text -> {
          long i = n.incrementAndGet();
          classifier.classify(
              new MentionAccepted(
                  "m" + i,
                  "x",
                  "e" + i,
                  new AuthorPayload("a" + i, "user", null, null, null),
                  text,
                  Instant.EPOCH,
                  Instant.EPOCH,
                  null,
                  null,
                  null,
                  null,
                  false));
        });
  }

  private static double parallel(
      List<String> texts, int threads, java.util.function.Consumer<String> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = texts.size() * t / threads;
      int to = texts.size() * (t + 1) / threads;
      done.add(pool.submit(() -> texts.subList(from, to).forEach(work)));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    return texts.size() / ((System.nanoTime() - started) / 1e9);
  }

  private static TextClassifier classifier(boolean encoder) {
    ModelTrainer trainer =
        encoder
            ? ModelTrainer.defaults(false).withEncoder(SentenceEncoder.shared().remembering())
            : ModelTrainer.defaults(false);
    LabelledTexts categories = DefaultCorpus.read("category");
    LabelledTexts sentiments = DefaultCorpus.read("sentiment");
    LinearTextModel category = trainer.train(categories.texts(), categories.labels(), "bench-c");
    LinearTextModel sentiment = trainer.train(sentiments.texts(), sentiments.labels(), "bench-s");
    return new TextClassifier(
        category,
        sentiment,
        new PiiDetector(List.of(Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN)), List.of()),
        new LanguageDetection(List.of("en", "cy", "pl", "es", "fr", "de")),
        new SpamPolicy(new RepetitionWatch(100_000, 3_600_000, 3)));
  }

  private static double kafkaRate(String bootstrap, int records) throws Exception {
    Properties config = new Properties();
    config.put("bootstrap.servers", bootstrap);
    config.put("acks", "all");
    config.put("enable.idempotence", "true");
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    String value = "x".repeat(400);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>("careroute.bench.raw", "warm", value)).get();
      long started = System.nanoTime();
      for (int i = 0; i < records; i++) {
        producer.send(new ProducerRecord<>("careroute.bench.raw", "k" + (i % 1000), value));
      }
      producer.flush();
      return records / ((System.nanoTime() - started) / 1e9);
    }
  }

  private static double postgresRate(LocalStack stack, int connections, int each) throws Exception {
    try (Connection db = stack.database();
        Statement sql = db.createStatement()) {
      sql.execute("create table bench_raw (id text primary key, n int, body text)");
    }
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                try (Connection db = stack.database();
                    PreparedStatement insert =
                        db.prepareStatement("insert into bench_raw values (?, 0, ?)");
                    PreparedStatement update =
                        db.prepareStatement("update bench_raw set n = n + 1 where id = ?")) {
                  db.setAutoCommit(false);
                  for (int i = 0; i < each; i++) {
                    String id = client + "-" + i;
                    insert.setString(1, id);
                    insert.setString(2, "x".repeat(400));
                    insert.executeUpdate();
                    update.setString(1, id);
                    update.executeUpdate();
                    db.commit();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    return connections * each / ((System.nanoTime() - started) / 1e9);
  }

  /** What a burst did: its size, how many became messages, and how long until the last did. */
  private record Burst(int size, long routed, double seconds) {
    double rate() {
      return routed / seconds;
    }

    long lost() {
      return size - routed;
    }
  }

  /**
   * Posts {@code size} mentions in batches of 50 from 8 clients as fast as they are accepted, then
   * waits until each is a message on a ticket (or 10 minutes pass).
   */
  private static Burst burst(
      LocalStack stack, Connection db, int size, IntFunction<String> text, String name)
      throws Exception {
    String prefix = name + "-" + System.nanoTime() + "-";
    String token = DevToken.forSubject("bench", "ingest");
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int from = 0; from < size; from += 50) {
      int start = from;
      done.add(
          clients.submit(
              () -> {
                StringBuilder body = new StringBuilder("{\"mentions\":[");
                for (int i = start; i < Math.min(size, start + 50); i++) {
                  body.append(i == start ? "" : ",").append(mention(prefix + i, i, text.apply(i)));
                }
                post(stack.baseUrl() + "/api/v1/mentions/batch", token, body.append("]}"));
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    clients.shutdown();
    // Waits while the count grows; a minute without progress means the rest are lost.
    long routed = 0;
    long lastProgress = System.nanoTime();
    while (System.nanoTime() - lastProgress < 60_000_000_000L) {
      long now = routed(db, prefix);
      if (now > routed) {
        routed = now;
        lastProgress = System.nanoTime();
      }
      if (routed >= size) {
        break;
      }
      Thread.sleep(100);
    }
    return new Burst(size, routed, (lastProgress - started) / 1e9);
  }

  /**
   * Posts one mention per request at a fixed rate, then prints the service's own receipt-to-ticket
   * percentiles (its timer's last two minutes) and the backlog (accepted, not yet routed) over
   * time.
   */
  private static void steady(
      LocalStack stack, Connection db, List<String> texts, int rate, int seconds) throws Exception {
    String prefix = "steady-" + System.nanoTime() + "-";
    String token = DevToken.forSubject("bench", "ingest");
    // The pacer only hands each tick's post to a client; a periodic task never overlaps itself.
    var pacer = Executors.newSingleThreadScheduledExecutor();
    ExecutorService clients = Executors.newFixedThreadPool(32);
    AtomicLong sent = new AtomicLong();
    long periodMicros = 1_000_000L / rate;
    var task =
        pacer.scheduleAtFixedRate(
            () -> {
              long i = sent.getAndIncrement();
              clients.execute(
                  () -> {
                    try {
                      post(
                          stack.baseUrl() + "/api/v1/mentions",
                          token,
                          new StringBuilder(
                              mention(prefix + i, (int) i, texts.get((int) (i % texts.size())))));
                    } catch (Exception e) {
                      System.err.println("steady post failed: " + e);
                    }
                  });
            },
            0,
            periodMicros,
            java.util.concurrent.TimeUnit.MICROSECONDS);
    List<String> backlog = new ArrayList<>();
    long started = System.nanoTime();
    for (int s = 10; s <= seconds; s += 10) {
      Thread.sleep(Math.max(0, (started + s * 1_000_000_000L - System.nanoTime()) / 1_000_000));
      backlog.add(s + "s: " + (sent.get() - routed(db, prefix)));
    }
    task.cancel(false);
    pacer.shutdown();
    clients.shutdown();
    long total = sent.get();
    while (routed(db, prefix) < total && System.nanoTime() - started < (seconds + 120) * 1e9) {
      Thread.sleep(100);
    }
    String metrics =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.managementUrl() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    System.out.printf(
        "steady %d mentions/s for %d s (%,d sent, %,d routed): receipt->ticket p50 %.0f ms,"
            + " p99 %.0f ms (the service's timer, last 2 minutes)%n",
        rate,
        seconds,
        total,
        routed(db, prefix),
        quantile(metrics, "0.5") * 1000,
        quantile(metrics, "0.99") * 1000);
    System.out.println("backlog (sent, not yet a message) every 10 s: " + backlog);
  }

  /** Where the service's time went so far: each stage timer's count and mean, from /q/metrics. */
  private static void stageTimes(LocalStack stack) throws Exception {
    String metrics =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.managementUrl() + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    for (String timer :
        List.of(
            "careroute_classifier_duration_seconds",
            "careroute_routing_batch_duration_seconds",
            "careroute_pipeline_latency_seconds")) {
      double count = sample(metrics, timer + "_count");
      double sum = sample(metrics, timer + "_sum");
      System.out.printf(
          "  %s: %,.0f recorded, mean %.1f ms, total %.1f s%n",
          timer, count, count == 0 ? 0 : sum / count * 1000, sum);
    }
  }

  private static double sample(String metrics, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(2)) : Double.NaN;
  }

  private static double quantile(String metrics, String q) {
    Matcher m =
        Pattern.compile(
                "careroute_pipeline_latency_seconds\\{[^}]*quantile=\"" + q + "\"[^}]*\\} (\\S+)")
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static long routed(Connection db, String prefix) throws Exception {
    try (PreparedStatement count =
        db.prepareStatement("select count(*) from ticket_message where external_id like ?")) {
      count.setString(1, prefix + "%");
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String mention(String externalId, int i, String text) {
    return "{\"platform\":\"x\",\"externalId\":\""
        + externalId
        + "\",\"author\":{\"id\":\"bench-"
        + i
        + "\",\"handle\":\"bench_user\"},\"text\":"
        + json(text)
        + "}";
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void post(String url, String token, StringBuilder body) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
  }

  /** Samples a process's resident memory every 200 ms and keeps the peak. */
  private static final class MemoryWatch {
    private final AtomicLong peakKib = new AtomicLong();

    MemoryWatch(long pid) {
      Path status = Path.of("/proc/" + pid + "/status");
      Thread sampler =
          new Thread(
              () -> {
                while (Files.isReadable(status)) {
                  try {
                    for (String line : Files.readAllLines(status)) {
                      if (line.startsWith("VmRSS:")) {
                        long kib = Long.parseLong(line.replaceAll("\\D", ""));
                        peakKib.accumulateAndGet(kib, Math::max);
                      }
                    }
                    Thread.sleep(200);
                  } catch (Exception e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();
    }

    double peakMiB() {
      return peakKib.get() / 1024.0;
    }
  }
}
