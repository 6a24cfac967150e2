package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInPlannerTest {

  private static final LocalDate MON = LocalDate.parse("2026-11-16");
  private static final CheckInSettings AT_1730 = CheckInSettings.DEFAULTS;

  private static Optional<LocalDate> atStart(LocalTime time, Set<LocalDate> answered) {
    return CheckInPlanner.atStart(
        AT_1730, LocalDateTime.of(MON, time), answered::contains, day -> true);
  }

  @Test
  void startAfterTheCheckInTimeAsksAboutTodayIfUnanswered() {
    assertEquals(Optional.of(MON), atStart(LocalTime.of(18, 0), Set.of(MON.minusDays(1))));
    assertEquals(Optional.of(MON), atStart(LocalTime.of(17, 30), Set.of()));
  }

  @Test
  void startBeforeTheCheckInTimeAsksAboutAnUnansweredYesterday() {
    assertEquals(Optional.of(MON.minusDays(1)), atStart(LocalTime.of(9, 0), Set.of()));
    assertEquals(Optional.empty(), atStart(LocalTime.of(9, 0), Set.of(MON.minusDays(1))));
  }

  @Test
  void answeredTodayAfterTheTimeFallsBackToYesterday() {
    assertEquals(Optional.of(MON.minusDays(1)), atStart(LocalTime.of(19, 0), Set.of(MON)));
    assertEquals(Optional.empty(), atStart(LocalTime.of(19, 0), Set.of(MON, MON.minusDays(1))));
  }

  @Test
  void checkInTimeAsksOnceAndNotWhenSwitchedOff() {
    assertEquals(Optional.of(MON), CheckInPlanner.atCheckInTime(AT_1730, MON, d -> false));
    assertEquals(Optional.empty(), CheckInPlanner.atCheckInTime(AT_1730, MON, d -> true));
    CheckInSettings off = new CheckInSettings(false, LocalTime.of(17, 30));
    assertEquals(Optional.empty(), CheckInPlanner.atCheckInTime(off, MON, d -> false));
    assertEquals(
        Optional.empty(),
        CheckInPlanner.atStart(off, LocalDateTime.of(MON, LocalTime.NOON), d -> false, d -> true));
  }

  @Test
  void aDayUnknotNeverSawIsNotAskedAbout() {
    assertEquals(
        Optional.empty(),
        CheckInPlanner.atStart(
            AT_1730, LocalDateTime.of(MON, LocalTime.of(9, 0)), d -> false, d -> false));
  }
}
