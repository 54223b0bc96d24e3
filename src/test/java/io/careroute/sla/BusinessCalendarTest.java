package io.careroute.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final BusinessCalendar weekdays =
      BusinessCalendar.parse(
          List.of("MON-FRI 09:00-17:00"), LONDON, Set.of(LocalDate.parse("2026-11-30")));

  @Test
  void time_left_on_friday_carries_over_the_weekend_and_a_monday_holiday() {
    Instant fridayFour = Instant.parse("2026-11-27T16:00:00Z");

    assertThat(weekdays.plus(fridayFour, Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
  }

  @Test
  void a_clock_started_outside_hours_starts_at_the_next_opening() {
    Instant saturday = Instant.parse("2026-11-28T10:00:00Z");

    assertThat(weekdays.plus(saturday, Duration.ofMinutes(30)))
        .isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
  }

  @Test
  void hours_are_read_in_the_calendars_time_zone_across_summer_time() {
    Instant mondayMorning = Instant.parse("2026-06-01T07:30:00Z"); // 08:30 in London

    assertThat(weekdays.plus(mondayMorning, Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-06-01T09:00:00Z"));
  }

  @Test
  void the_always_open_calendar_is_wall_time_and_24_7_skips_only_holidays() {
    Instant start = Instant.parse("2026-11-28T23:00:00Z");
    assertThat(BusinessCalendar.always().plus(start, Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-11-29T01:00:00Z"));
    BusinessCalendar allWeek =
        BusinessCalendar.parse(List.of("24/7"), LONDON, Set.of(LocalDate.parse("2026-12-25")));
    assertThat(allWeek.plus(Instant.parse("2026-12-24T23:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-12-26T01:00:00Z"));
  }

  @Test
  void a_malformed_entry_is_refused_with_its_text() {
    assertThatThrownBy(() -> BusinessCalendar.parse(List.of("weekdays"), LONDON, Set.of()))
        .hasMessageContaining("weekdays");
  }
}
