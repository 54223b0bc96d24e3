package io.careroute.ticket;

import io.careroute.problem.ApiException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * A ticket's version as an HTTP entity tag, and the {@code If-Match} precondition on it: a client
 * that read version 3 and writes with {@code If-Match: "3"} is refused (412) if anyone changed the
 * ticket since, instead of overwriting what it never saw.
 */
public final class TicketVersion {

  /** A write whose {@code If-Match} names no current version of the ticket (412). */
  public static class PreconditionFailedException extends ApiException {
    public PreconditionFailedException(String message) {
      super(Response.Status.PRECONDITION_FAILED, message);
    }
  }

  private TicketVersion() {}

  /** The entity tag of this version. */
  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** A 200 with the ticket and its version as the ETag. */
  public static Response tagged(TicketView view) {
    return Response.ok(view).tag(tag(view.version())).build();
  }

  /** Passes when there is no {@code If-Match}, or it is {@code *} or names the current version. */
  public static void require(Ticket ticket, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    String current = Long.toString(ticket.version());
    for (String part : ifMatch.split(",")) {
      String tag = part.strip();
      if (tag.equals("*")) {
        return;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (tag.equals(current)) {
        return;
      }
    }
    throw new PreconditionFailedException(
        "The ticket has changed since that version (If-Match "
            + ifMatch.strip()
            + "); it is now at \""
            + current
            + "\": read it again and retry");
  }
}
