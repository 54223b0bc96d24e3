package io.careroute.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.devtools.DevToken;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The demo option: seeds a few agents and replays the team's own demo corpus through the public
 * ingest API. Fixed external ids make a second demo run change nothing.
 */
final class DemoSeeder {

  private final String base;
  private final ObjectMapper json = new ObjectMapper();

  DemoSeeder(String base) {
    this.base = base;
  }

  void seed() throws Exception {
    seedAgents();
    replayCorpus();
  }

  /** Creates the demo agents through the agents API (409 on a rerun) and sets them ONLINE. */
  private void seedAgents() throws Exception {
    List<Map<String, Object>> agents = read("/demo/agents.json");
    HttpClient http = HttpClient.newHttpClient();
    String admin = DevToken.forSubject("demo-admin", "admin");
    int created = 0;
    for (Map<String, Object> agent : agents) {
      HttpResponse<String> response =
          http.send(
              request("/api/v1/agents", admin)
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(agent)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 201) {
        created++;
      } else if (response.statusCode() != 409) {
        LocalStack.say("Demo agent refused: " + response.statusCode() + " " + response.body());
      }
      String self = DevToken.forSubject((String) agent.get("id"), "agent");
      http.send(
          request("/api/v1/agents/me/presence", self)
              .PUT(HttpRequest.BodyPublishers.ofString("{\"presence\":\"ONLINE\"}"))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
    LocalStack.say("Demo: " + created + " agents created, " + agents.size() + " ONLINE");
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json");
  }

  private void replayCorpus() throws Exception {
    List<Map<String, Object>> mentions = read("/demo/mentions.json");
    String token = DevToken.forSubject("demo-replay", "ingest");
    HttpClient http = HttpClient.newHttpClient();
    int accepted = 0;
    for (Map<String, Object> mention : mentions) {
      HttpRequest request =
          request("/api/v1/mentions", token)
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(mention)))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 202) {
        accepted++;
      } else {
        LocalStack.say("Demo mention refused: " + response.statusCode() + " " + response.body());
      }
      Thread.sleep(50);
    }
    LocalStack.say("Demo: " + accepted + " of " + mentions.size() + " mentions replayed");
  }

  private List<Map<String, Object>> read(String resource) throws Exception {
    try (InputStream in = DemoSeeder.class.getResourceAsStream(resource)) {
      return json.readValue(in, new TypeReference<>() {});
    }
  }
}
