package io.careroute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the X and Meta Graph APIs: it records every request and answers as a test
 * scripted for requests carrying a marker text, otherwise as the real API answers a success.
 */
public final class FakePlatform implements AutoCloseable {

  /** A request as the platform received it. */
  public record Request(String method, String path, String authorization, JsonNode body) {}

  /** A scripted answer. */
  public record Answer(int status, String body, Map<String, String> headers) {

    public static Answer of(int status, String body) {
      return new Answer(status, body, Map.of());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1_860_000_000_000_000_000L);

  private FakePlatform(HttpServer server) {
    this.server = server;
  }

  /** Starts the fake on a free local port. */
  public static FakePlatform start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakePlatform platform = new FakePlatform(server);
    server.createContext("/", platform::handle);
    server.start();
    return platform;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next requests whose body contains {@code marker} get these answers, one each, in order. */
  public void script(String marker, Answer... answers) {
    scripts.put(marker, new ArrayDeque<>(List.of(answers)));
  }

  /** The requests received so far whose body contains {@code marker}. */
  public List<Request> requestsContaining(String marker) {
    return requests.stream().filter(r -> r.body().toString().contains(marker)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonNode body = raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw);
      String path = exchange.getRequestURI().getPath();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestHeaders().getFirst("Authorization"),
              body));
      Answer answer = scripted(raw);
      if (answer == null) {
        answer = success(path);
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private Answer scripted(String raw) {
    for (Map.Entry<String, Deque<Answer>> script : scripts.entrySet()) {
      if (raw.contains(script.getKey())) {
        synchronized (script.getValue()) {
          Answer next = script.getValue().poll();
          if (next != null) {
            return next;
          }
        }
      }
    }
    return null;
  }

  /** What the real API answers when it took the post or message. */
  private Answer success(String path) {
    String id = Long.toString(ids.incrementAndGet());
    if (path.equals("/2/tweets")) {
      return Answer.of(201, "{\"data\":{\"id\":\"" + id + "\",\"text\":\"…\"}}");
    }
    if (path.startsWith("/2/dm_conversations/")) {
      return Answer.of(
          201, "{\"data\":{\"dm_conversation_id\":\"c1\",\"dm_event_id\":\"" + id + "\"}}");
    }
    if (path.endsWith("/messages")) {
      return Answer.of(200, "{\"recipient_id\":\"r1\",\"message_id\":\"m_" + id + "\"}");
    }
    return Answer.of(200, "{\"id\":\"" + id + "\"}");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
