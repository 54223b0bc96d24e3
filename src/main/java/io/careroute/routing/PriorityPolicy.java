package io.careroute.routing;

import io.careroute.classify.UrgencySignals;
import io.careroute.messaging.Classification;
import io.careroute.ticket.Priority;
import java.util.List;

/**
 * A first priority rule, until the routing issue brings SLAs: safety and vulnerability first, then
 * a negative fault or a customer about to leave, then the rest; spam and praise last.
 */
final class PriorityPolicy {

  private PriorityPolicy() {}

  static Priority priorityOf(Classification classification) {
    List<String> signals =
        classification.urgencySignals() == null ? List.of() : classification.urgencySignals();
    if (classification.spam() || "PRAISE".equals(classification.category())) {
      return Priority.P4;
    }
    if (signals.contains(UrgencySignals.SAFETY) || signals.contains(UrgencySignals.VULNERABILITY)) {
      return Priority.P1;
    }
    if (signals.contains(UrgencySignals.THREAT_TO_LEAVE)) {
      return Priority.P2;
    }
    if ("FAULT".equals(classification.category())
        && "NEGATIVE".equals(classification.sentiment())) {
      return Priority.P2;
    }
    return Priority.P3;
  }
}
