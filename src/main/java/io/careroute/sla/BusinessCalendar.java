package io.careroute.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The care team's opening hours (weekly hours in a time zone, minus holidays), which SLA clocks
 * count in; {@link #always()} is the 24/7 calendar.
 */
public final class BusinessCalendar {

  private record Hours(LocalTime open, LocalTime close) {}

  private final ZoneId zone;
  private final Map<DayOfWeek, Hours> week;
  private final Set<LocalDate> holidays;

  private BusinessCalendar(ZoneId zone, Map<DayOfWeek, Hours> week, Set<LocalDate> holidays) {
    this.zone = zone;
    this.week = week;
    this.holidays = holidays;
  }

  /** Open all day, every day. */
  public static BusinessCalendar always() {
    return new BusinessCalendar(ZoneId.of("UTC"), null, Set.of());
  }

  /**
   * A calendar from entries like {@code MON-FRI 08:00-20:00} and {@code SAT 09:00-17:00}, or the
   * single entry {@code 24/7}; a close of {@code 24:00} means midnight.
   */
  public static BusinessCalendar parse(List<String> hours, ZoneId zone, Set<LocalDate> holidays) {
    if (hours.size() == 1 && hours.get(0).trim().equals("24/7")) {
      return new BusinessCalendar(zone, null, Set.copyOf(holidays));
    }
    Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
    for (String entry : hours) {
      String[] parts = entry.trim().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            "Business hours entry '" + entry + "' is not 'DAYS HH:MM-HH:MM'");
      }
      String[] days = parts[0].toUpperCase(Locale.ROOT).split("-");
      String[] times = parts[1].split("-");
      DayOfWeek first = day(days[0]);
      DayOfWeek last = days.length > 1 ? day(days[1]) : first;
      Hours open = new Hours(time(times[0]), time(times[1]));
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        week.put(d, open);
        if (d == last) {
          break;
        }
      }
    }
    return new BusinessCalendar(zone, week, Set.copyOf(holidays));
  }

  private static DayOfWeek day(String prefix) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(prefix)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Unknown day '" + prefix + "'");
  }

  private static LocalTime time(String text) {
    return text.equals("24:00") ? LocalTime.MAX : LocalTime.parse(text);
  }

  /** The instant at which {@code amount} of business time has passed since {@code start}. */
  public Instant plus(Instant start, Duration amount) {
    if (week == null && holidays.isEmpty()) {
      return start.plus(amount);
    }
    ZonedDateTime at = start.atZone(zone);
    Duration left = amount;
    for (int guard = 0; guard < 3_700; guard++) {
      LocalDate date = at.toLocalDate();
      Hours hours = hoursOn(date);
      if (hours != null) {
        ZonedDateTime open = date.atTime(hours.open()).atZone(zone);
        ZonedDateTime close = closeOf(date, hours);
        ZonedDateTime from = at.isBefore(open) ? open : at;
        if (from.isBefore(close)) {
          Duration available = Duration.between(from, close);
          if (available.compareTo(left) >= 0) {
            return from.plus(left).toInstant();
          }
          left = left.minus(available);
        }
      }
      at = date.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalStateException("No business hours within ten years of " + start);
  }

  private Hours hoursOn(LocalDate date) {
    if (holidays.contains(date)) {
      return null;
    }
    return week == null ? new Hours(LocalTime.MIN, LocalTime.MAX) : week.get(date.getDayOfWeek());
  }

  private ZonedDateTime closeOf(LocalDate date, Hours hours) {
    return hours.close().equals(LocalTime.MAX)
        ? date.plusDays(1).atStartOfDay(zone)
        : date.atTime(hours.close()).atZone(zone);
  }
}
