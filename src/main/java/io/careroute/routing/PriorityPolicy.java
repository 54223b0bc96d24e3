package io.careroute.routing;

import io.careroute.classify.UrgencySignals;
import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.Classification;
import io.careroute.ticket.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The named priority policy: a base priority from the classification, then one step up for each of
 * a VIP, an author with reach and repeated contact; every rule that applied is a reason.
 */
@ApplicationScoped
public class PriorityPolicy {

  /** A priority and the rules that produced it, in the order they applied. */
  public record Decision(Priority priority, List<String> reasons) {}

  private final RoutingConfig.Priority config;

  PriorityPolicy(RoutingConfig config) {
    this.config = config.priority();
  }

  /** The priority of a new ticket; {@code earlierTickets} counts the customer's recent ones. */
  public Decision decide(Classification classification, AuthorPayload author, long earlierTickets) {
    List<String> reasons = new ArrayList<>();
    Priority base = base(classification, reasons);
    if (classification.spam()) {
      return new Decision(base, reasons);
    }
    int steps = 0;
    if (isVip(author)) {
      reasons.add("VIP customer: raised one step");
      steps++;
    }
    if (hasReach(author)) {
      reasons.add("author's reach (" + reach(author) + "): raised one step");
      steps++;
    }
    if (earlierTickets >= config.repeatTickets()) {
      reasons.add(
          "repeated contact: "
              + earlierTickets
              + " earlier tickets within "
              + config.repeatWindow().toDays()
              + " days: raised one step");
      steps++;
    }
    return new Decision(base.raised(steps), reasons);
  }

  private static Priority base(Classification c, List<String> reasons) {
    List<String> signals = c.urgencySignals() == null ? List.of() : c.urgencySignals();
    if (c.spam()) {
      reasons.add("spam or not actionable: P4");
      return Priority.P4;
    }
    if (signals.contains(UrgencySignals.SAFETY) || signals.contains(UrgencySignals.VULNERABILITY)) {
      reasons.add("urgency signal " + signalOf(signals) + ": P1");
      return Priority.P1;
    }
    if (signals.contains(UrgencySignals.THREAT_TO_LEAVE)) {
      reasons.add("urgency signal THREAT_TO_LEAVE: P2");
      return Priority.P2;
    }
    if ("FAULT".equals(c.category()) && "NEGATIVE".equals(c.sentiment())) {
      reasons.add("negative FAULT: P2");
      return Priority.P2;
    }
    if ("PRAISE".equals(c.category())) {
      reasons.add("PRAISE: P4");
      return Priority.P4;
    }
    reasons.add(c.category() + " " + c.sentiment() + ": P3");
    return Priority.P3;
  }

  private static String signalOf(List<String> signals) {
    return signals.contains(UrgencySignals.SAFETY)
        ? UrgencySignals.SAFETY
        : UrgencySignals.VULNERABILITY;
  }

  private boolean isVip(AuthorPayload author) {
    return config.vipHandles().orElse(List.of()).stream()
        .map(h -> h.replaceFirst("^@", "").toLowerCase(Locale.ROOT))
        .anyMatch(h -> h.equals(author.handle().toLowerCase(Locale.ROOT)));
  }

  private boolean hasReach(AuthorPayload author) {
    boolean verified = Boolean.TRUE.equals(author.verified()) && config.verifiedIsReach();
    return verified
        || (author.followers() != null && author.followers() >= config.reachFollowers());
  }

  private static String reach(AuthorPayload author) {
    return Boolean.TRUE.equals(author.verified()) ? "verified" : author.followers() + " followers";
  }
}
