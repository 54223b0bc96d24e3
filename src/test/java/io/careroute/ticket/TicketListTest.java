package io.careroute.ticket;

import static io.careroute.testing.RoutingFixture.freshCategory;
import static io.careroute.testing.RoutingFixture.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.careroute.classify.UrgencySignals;
import io.careroute.routing.QueueService;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.RoutingFixture;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
class TicketListTest {

  @Inject RoutingFixture fixture;
  @Inject QueueService queue;

  private final String category = freshCategory();

  private static String agentId(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  private static JsonPath list(String who, String role, String query) {
    return Api.as(who, role)
        .get("/api/v1/tickets?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void an_agent_sees_their_own_tickets_and_the_queue_and_a_supervisor_sees_all() {
    String ann = fixture.onlineAgent(agentId("ann"), 1, List.of(category), List.of("en"));
    String anns = fixture.route(mention("vis-1", category));
    String bens = fixture.route(mention("vis-2", category));
    String ben = fixture.onlineAgent(agentId("ben"), 1, List.of(category), List.of("en"));
    queue.drain();
    String queued = fixture.route(mention("vis-3", category));
    assertThat(fixture.ticket(bens).assigneeId()).isEqualTo(ben);

    assertThat(list(ann, "agent", "category=" + category).getList("items.id"))
        .containsExactlyInAnyOrder(anns, queued);
    assertThat(list("boss", "supervisor", "category=" + category).getList("items.id"))
        .containsExactlyInAnyOrder(anns, bens, queued);
    Api.as(ann, "agent").get("/api/v1/tickets/" + bens).then().statusCode(403);
    Api.as(ann, "agent").get("/api/v1/tickets/" + queued).then().statusCode(200);
  }

  @Test
  void every_filter_narrows_the_list() {
    String cat = fixture.onlineAgent(agentId("cat"), 2, List.of(category), List.of("en"));
    String urgent = fixture.route(mention("f-1", category).signals(UrgencySignals.SAFETY));
    String ordinary = fixture.route(mention("f-2", category));
    String waiting = fixture.route(mention("f-3", category));
    String boss = "boss";
    String c = "category=" + category;

    assertThat(list(boss, "supervisor", c + "&priority=P1").getList("items.id"))
        .containsExactly(urgent);
    assertThat(list(boss, "supervisor", c + "&status=QUEUED").getList("items.id"))
        .containsExactly(ordinary, waiting);
    assertThat(list(boss, "supervisor", c + "&assignee=none").getList("items.id"))
        .containsExactly(ordinary, waiting);
    assertThat(list(boss, "supervisor", c + "&assignee=" + cat).getList("items.id"))
        .containsExactly(urgent);
    assertThat(list(cat, "agent", c + "&assignee=me").getList("items.id")).containsExactly(urgent);
    assertThat(
            list(boss, "supervisor", c + "&status=ASSIGNED,QUEUED&priority=P1,P3")
                .getList("items.id"))
        .containsExactly(urgent, ordinary, waiting);
    assertThat(list(boss, "supervisor", "category=nothing-" + category).getList("items")).isEmpty();
  }

  @Test
  void pages_have_no_gaps_or_repeats_while_new_tickets_arrive() {
    Set<String> before = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      before.add(fixture.route(mention("page-" + i, category)));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonPath page =
          list(
              "boss",
              "supervisor",
              "category=" + category + "&limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
      seen.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
      fixture.route(mention("arrives-" + pages, category));
      pages++;
    } while (cursor != null && pages < 20);

    assertThat(seen).doesNotHaveDuplicates().containsAll(before);
    assertThat(pages).isGreaterThanOrEqualTo(5);
  }

  @Test
  void bad_parameters_are_each_named() {
    Api.supervisor()
        .get("/api/v1/tickets?status=OPEN&priority=P9&limit=0&cursor=nonsense")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"))
        .body("errors.field", hasItem("priority"))
        .body("errors.field", hasItem("limit"))
        .body("errors.field", hasItem("cursor"));
  }
}
