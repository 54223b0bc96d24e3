package io.careroute.routing;

import io.careroute.messaging.Classification;
import io.careroute.ticket.Priority;

/** Placeholder priority rule until the routing issue brings urgency signals and SLAs. */
final class PriorityPolicy {

  private PriorityPolicy() {}

  static Priority priorityOf(Classification classification) {
    if ("PRAISE".equals(classification.category()) || classification.spam()) {
      return Priority.P4;
    }
    if ("FAULT".equals(classification.category())
        && "NEGATIVE".equals(classification.sentiment())) {
      return Priority.P2;
    }
    return Priority.P3;
  }
}
