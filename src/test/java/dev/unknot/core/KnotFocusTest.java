package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnotFocusTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private static KnotReport report(LocalDate day, KnotArea area, Side side) {
    return new KnotReport(
        1,
        day,
        area,
        side,
        3,
        Set.of(),
        null,
        OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  private static CheckIn knotFree(LocalDate day) {
    return new CheckIn(day, false, OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aKnotLastsSevenDaysCountingTheDayItWasReported() {
    KnotReport sixDaysAgo = report(TODAY.minusDays(6), KnotArea.UPPER_BACK, Side.RIGHT);
    KnotReport sevenDaysAgo = report(TODAY.minusDays(7), KnotArea.NECK, Side.LEFT);

    KnotFocus focus = KnotFocus.active(List.of(sixDaysAgo, sevenDaysAgo), List.of(), TODAY);

    assertEquals(Set.of(KnotArea.UPPER_BACK), focus.areas());
    assertEquals("your right upper-back knot", focus.described());
  }

  @Test
  void aKnotFreeCheckInAfterTheReportEndsIt() {
    KnotReport monday = report(TODAY.minusDays(4), KnotArea.CHEST, Side.LEFT);

    assertTrue(
        KnotFocus.active(List.of(monday), List.of(knotFree(TODAY.minusDays(2))), TODAY).isEmpty());
    assertEquals(
        Set.of(KnotArea.CHEST),
        KnotFocus.active(List.of(monday), List.of(knotFree(TODAY.minusDays(5))), TODAY).areas(),
        "a knot-free day before the report says nothing about it");
  }

  @Test
  void twoAreasAreYourKnots() {
    KnotFocus focus =
        KnotFocus.active(
            List.of(
                report(TODAY, KnotArea.NECK, Side.LEFT),
                report(TODAY.minusDays(1), KnotArea.CHEST, Side.BOTH)),
            List.of(),
            TODAY);

    assertEquals("your knots", focus.described());
    assertEquals(Set.of("neck", "chest"), focus.targets());
  }

  @Test
  void tighteningShortensTheMicroIntervalButNotBelowFiveMinutes() {
    KnotFocus knot =
        KnotFocus.active(
            List.of(report(TODAY, KnotArea.BETWEEN_SHOULDER_BLADES, Side.RIGHT)), List.of(), TODAY);
    BreakFocus focus = BreakFocus.of(knot, true, true, 0.75, true);

    assertEquals(
        Duration.ofMinutes(15).multipliedBy(3).dividedBy(4),
        focus.microInterval(Duration.ofMinutes(15)));
    assertEquals(Duration.ofMinutes(5), focus.microInterval(Duration.ofMinutes(6)));
    assertEquals(Duration.ofMinutes(4), focus.microInterval(Duration.ofMinutes(4)), "never longer");
    assertEquals(
        Optional.of("shorter breaks while your right upper-back knot lasts"), focus.reason());
    assertEquals(Set.of("between-shoulder-blades"), focus.targets());
  }

  @Test
  void shorterBreaksWhileYourKnotsLastNotLasts() {
    KnotFocus knots =
        KnotFocus.active(
            List.of(
                report(TODAY, KnotArea.NECK, Side.LEFT),
                report(TODAY.minusDays(1), KnotArea.CHEST, Side.BOTH)),
            List.of(),
            TODAY);

    assertEquals(
        Optional.of("shorter breaks while your knots last"),
        BreakFocus.of(knots, true, true, 0.75, true).reason());
  }

  @Test
  void withoutAnActiveKnotNothingChanges() {
    BreakFocus focus = BreakFocus.of(KnotFocus.NONE, true, true, 0.75, false);

    assertEquals(Duration.ofMinutes(15), focus.microInterval(Duration.ofMinutes(15)));
    assertEquals(Optional.empty(), focus.reason());
    assertTrue(focus.targets().isEmpty());
  }
}
