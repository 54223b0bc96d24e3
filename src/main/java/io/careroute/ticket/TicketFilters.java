package io.careroute.ticket;

import io.careroute.problem.InvalidRequestException;
import io.careroute.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads a ticket list's query parameters into a {@link TicketFilter}, naming every bad one. */
final class TicketFilters {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private TicketFilters() {}

  static TicketFilter parse(
      String status,
      String assignee,
      String category,
      String priority,
      String limit,
      String cursor) {
    List<Problem.FieldError> errors = new ArrayList<>();
    List<TicketStatus> statuses = values("status", status, TicketStatus::valueOf, errors);
    List<Priority> priorities = values("priority", priority, Priority::valueOf, errors);
    List<String> categories = values("category", category, Function.identity(), errors);
    int size = DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit.trim());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > MAX_LIMIT) {
        errors.add(
            new Problem.FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
      }
    }
    Optional<TicketCursor> after = Optional.empty();
    if (cursor != null && !cursor.isBlank()) {
      after = TicketCursor.decode(cursor);
      if (after.isEmpty()) {
        errors.add(new Problem.FieldError("cursor", "is not a cursor this API returned"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new TicketFilter(
        statuses,
        Optional.ofNullable(assignee).filter(a -> !a.isBlank()),
        categories,
        priorities,
        size,
        after);
  }

  /** A comma-separated list of values; each unknown one is an error. */
  private static <T> List<T> values(
      String name, String text, Function<String, T> parse, List<Problem.FieldError> errors) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<T> parsed = new ArrayList<>();
    for (String value : Arrays.stream(text.split(",")).map(String::trim).toList()) {
      try {
        parsed.add(parse.apply(name.equals("category") ? value : value.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add(new Problem.FieldError(name, "unknown value '" + value + "'"));
      }
    }
    return parsed;
  }
}
