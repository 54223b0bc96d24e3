package io.careroute.ticket;

import io.careroute.problem.InputGate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of tickets ended, in the list's order (priority, first-response deadline, id), as an
 * opaque string. Keyset paging: a page starts strictly after the last ticket shown, so tickets
 * arriving meanwhile never shift the pages into repeats or gaps.
 */
record TicketCursor(Priority priority, Instant due, String id) {

  static TicketCursor after(Ticket t) {
    return new TicketCursor(
        t.priority(),
        t.firstResponseDueAt() != null ? t.firstResponseDueAt() : Ticket.NO_DEADLINE,
        t.id);
  }

  String encode() {
    String plain = priority + "|" + due + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in this string, or empty when it is not one of ours. */
  static Optional<TicketCursor> decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", 3);
      Instant due = Instant.parse(parts[1]);
      boolean ours =
          parts[2].length() <= 36
              && InputGate.textProblem(parts[2]).isEmpty()
              && (due.equals(Ticket.NO_DEADLINE) || InputGate.inRange(due));
      return ours
          ? Optional.of(new TicketCursor(Priority.valueOf(parts[0]), due, parts[2]))
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
