package dev.unknot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final SummarySchedule FRIDAY_4PM =
      new SummarySchedule(DayOfWeek.FRIDAY, LocalTime.of(16, 0));

  private final Set<IsoWeek> shown = new HashSet<>();

  private Optional<IsoWeek> dueAt(SummarySchedule schedule, String local) {
    return schedule.due(at(local), shown::contains);
  }

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(BERLIN);
  }

  @Test
  void dueFromTheMomentUntilTheEndOfItsWeekAndOnlyOnce() {
    assertEquals(Optional.empty(), dueAt(FRIDAY_4PM, "2026-11-20T15:59"));
    assertEquals(Optional.of(IsoWeek.parse("2026-W47")), dueAt(FRIDAY_4PM, "2026-11-20T16:00"));
    assertEquals(
        Optional.of(IsoWeek.parse("2026-W47")),
        dueAt(FRIDAY_4PM, "2026-11-22T23:59"),
        "the computer was off from Friday noon to Sunday night");

    shown.add(IsoWeek.parse("2026-W47"));
    assertEquals(Optional.empty(), dueAt(FRIDAY_4PM, "2026-11-21T09:00"), "no duplicate");
  }

  @Test
  void aSummaryMissedUntilTheNextWeekIsNotShownLate() {
    assertEquals(Optional.empty(), dueAt(FRIDAY_4PM, "2026-11-23T08:00"));
    assertEquals(Optional.empty(), dueAt(FRIDAY_4PM, "2026-11-26T12:00"));
  }

  @Test
  void earlyInTheWeekTheSummaryLooksBackOnTheWeekJustEnded() {
    SummarySchedule monday = new SummarySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0));
    assertEquals(Optional.of(IsoWeek.parse("2026-W47")), dueAt(monday, "2026-11-23T09:30"));
    SummarySchedule sunday = new SummarySchedule(DayOfWeek.SUNDAY, LocalTime.of(18, 0));
    assertEquals(Optional.of(IsoWeek.parse("2026-W47")), dueAt(sunday, "2026-11-22T18:00"));
  }

  @Test
  void aTimeTheClocksSkipComesRightAfterTheGap() {
    SummarySchedule night = new SummarySchedule(DayOfWeek.SUNDAY, LocalTime.of(2, 30));
    assertEquals(
        "2026-03-29T03:30+02:00[Europe/Berlin]",
        night.nextDue(at("2026-03-28T12:00")).toString(),
        "02:30 does not exist that night; ZonedDateTime moves it by the gap's length");
    assertEquals(Optional.of(IsoWeek.parse("2026-W13")), dueAt(night, "2026-03-29T03:30"));
    assertEquals(
        "2026-03-27T16:00+01:00[Europe/Berlin]",
        FRIDAY_4PM.nextDue(at("2026-03-21T12:00")).toString());
    assertEquals(
        "2026-04-03T16:00+02:00[Europe/Berlin]",
        FRIDAY_4PM.nextDue(at("2026-03-27T16:00")).toString());
  }
}
