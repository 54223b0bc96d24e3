package io.careroute.problem;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The rules every text and instant a client sends must pass before careroute does anything with it,
 * in one place: no control characters but tab and newline (a carriage return is taken as part of a
 * newline), no broken UTF-16, no over-long values, and instants in a range every store can hold.
 * Body fields, path and query parameters and webhook payloads are all checked against these.
 */
public final class InputGate {

  /** The longest path or query parameter accepted: every id careroute issues is far shorter. */
  public static final int MAX_PARAMETER_LENGTH = 256;

  /** The earliest instant accepted from a client: older than any social platform's posts. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The latest instant accepted from a client: the end of the century. */
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private InputGate() {}

  /** Why this text may not enter, or empty when it may. */
  public static Optional<String> textProblem(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of("contains a broken UTF-16 surrogate pair at position " + i);
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of("contains a broken UTF-16 surrogate pair at position " + i);
      }
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(
            String.format("contains the control character U+%04X at position %d", (int) c, i));
      }
    }
    return Optional.empty();
  }

  /** Why this path or query parameter may not enter, or empty when it may. */
  public static Optional<String> parameterProblem(String value) {
    if (value != null && value.length() > MAX_PARAMETER_LENGTH) {
      return Optional.of("is longer than " + MAX_PARAMETER_LENGTH + " characters");
    }
    return textProblem(value);
  }

  /** Whether careroute accepts this instant from a client at all. */
  public static boolean inRange(Instant instant) {
    return instant == null || (!instant.isBefore(EARLIEST) && instant.isBefore(LATEST));
  }

  /** What a client is told about an instant out of range. */
  public static String rangeMessage() {
    return "must be an ISO-8601 instant from " + EARLIEST + " to before " + LATEST;
  }

  /** The instant in this text, if it is one within range. */
  public static Optional<Instant> instant(String text) {
    try {
      Instant parsed = Instant.parse(text.strip());
      return inRange(parsed) ? Optional.of(parsed) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
