package io.careroute.routing;

import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionClassified;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The routing stage: its own consumer group reads classified mentions and threads each into a
 * ticket; the offset is committed only after the transaction did. A transaction that lost a race
 * with another consumer (the same mention twice, a deadlock) is simply run again: the second run
 * sees what the first one wrote.
 */
@ApplicationScoped
public class RoutingStage {

  private static final Logger LOG = Logger.getLogger(RoutingStage.class);
  private static final int ATTEMPTS = 3;

  private final RoutingService routing;

  RoutingStage(RoutingService routing) {
    this.routing = routing;
  }

  @Incoming(Channels.ROUTING_IN)
  @Blocking
  void route(MentionClassified classified) {
    for (int attempt = 1; ; attempt++) {
      try {
        routing.route(classified);
        return;
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !fromTheDatabase(e)) {
          throw e;
        }
        LOG.debugf(e, "Routing %s lost a race; retrying", classified.mention().mentionId());
      }
    }
  }

  private static boolean fromTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PersistenceException || t instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }
}
