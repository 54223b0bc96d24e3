package io.careroute.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.devtools.DevToken;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

/**
 * The demo option: seeds a few agents and replays the team's own demo corpus through the public
 * ingest API. Fixed external ids make a second demo run change nothing.
 */
final class DemoSeeder {

  private static final String AGENT_SQL =
      """
      insert into agent (id, handle, display_name, skills, languages, capacity, signature, presence)
      values (?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, 'ONLINE')
      on conflict (id) do nothing
      """;

  private final String base;
  private final Map<String, String> env;
  private final ObjectMapper json = new ObjectMapper();

  DemoSeeder(String base, Map<String, String> env) {
    this.base = base;
    this.env = env;
  }

  void seed() throws Exception {
    seedAgents();
    replayCorpus();
  }

  private void seedAgents() throws Exception {
    String url =
        env.getOrDefault(
            "QUARKUS_DATASOURCE_JDBC_URL", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
    String user =
        env.getOrDefault(
            "QUARKUS_DATASOURCE_USERNAME", System.getenv("QUARKUS_DATASOURCE_USERNAME"));
    String password =
        env.getOrDefault(
            "QUARKUS_DATASOURCE_PASSWORD", System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
    List<Map<String, Object>> agents = read("/demo/agents.json");
    try (Connection db = DriverManager.getConnection(url, user, password);
        PreparedStatement insert = db.prepareStatement(AGENT_SQL)) {
      for (Map<String, Object> agent : agents) {
        insert.setString(1, (String) agent.get("id"));
        insert.setString(2, (String) agent.get("handle"));
        insert.setString(3, (String) agent.get("displayName"));
        insert.setString(4, String.join(",", (List<String>) agent.get("skills")));
        insert.setString(5, String.join(",", (List<String>) agent.get("languages")));
        insert.setInt(6, (Integer) agent.get("capacity"));
        insert.setString(7, (String) agent.get("signature"));
        insert.executeUpdate();
      }
    }
    LocalStack.say("Demo: " + agents.size() + " agents seeded");
  }

  private void replayCorpus() throws Exception {
    List<Map<String, Object>> mentions = read("/demo/mentions.json");
    String token = DevToken.forSubject("demo-replay", "ingest");
    HttpClient http = HttpClient.newHttpClient();
    int accepted = 0;
    for (Map<String, Object> mention : mentions) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/mentions"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
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
