package io.careroute.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of threading, priority and assignment. */
@ConfigMapping(prefix = "careroute.routing")
public interface RoutingConfig {

  /** How long after resolution a customer's new mention reopens the ticket, not a new one. */
  @WithDefault("7d")
  Duration reopenWindow();

  /**
   * How long a RESOLVED ticket stays quiet before it is CLOSED; after that a customer's mention
   * opens a new, linked ticket. Kept equal to the reopen window by default.
   */
  @WithDefault("7d")
  Duration closeAfter();

  /** How long the agent who last handled a customer is preferred for their next ticket. */
  @WithDefault("48h")
  Duration stickyWindow();

  /** How long an AWAY or OFFLINE agent keeps tickets not yet answered before they are requeued. */
  @WithDefault("5m")
  Duration presenceGrace();

  /**
   * The capacity units a ticket weighs, by priority ({@code careroute.routing.weights.P1=2}); a
   * priority not listed weighs 1.
   */
  Map<String, Integer> weights();

  /** The priority policy's settings. */
  Priority priority();

  /** The priority policy's settings. */
  interface Priority {

    /** Handles (without @) of customers always raised one priority step. */
    Optional<List<String>> vipHandles();

    /** Followers from which an author's reach raises the priority one step. */
    @WithDefault("10000")
    long reachFollowers();

    /** Whether a verified author's reach raises the priority one step. */
    @WithDefault("true")
    boolean verifiedIsReach();

    /** Earlier tickets within {@link #repeatWindow} from which contact counts as repeated. */
    @WithDefault("2")
    int repeatTickets();

    /** The window in which earlier tickets of the same customer are counted. */
    @WithDefault("7d")
    Duration repeatWindow();
  }
}
