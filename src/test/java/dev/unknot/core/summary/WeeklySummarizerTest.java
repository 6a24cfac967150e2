package dev.unknot.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The summary's edge cases, on diaries built in memory. */
class WeeklySummarizerTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final WeeklySummarizer SUMMARIZER =
      new WeeklySummarizer(BreakSettings.MICRO_DEFAULTS);

  private final List<ActivityMinute> minutes = new ArrayList<>();
  private final List<BreakRecord> breaks = new ArrayList<>();
  private final List<KnotReport> reports = new ArrayList<>();
  private final List<CheckIn> checkIns = new ArrayList<>();
  private Optional<Side> mouseHand = Optional.of(Side.RIGHT);

  private WeeklySummary summarize(String week, String today) {
    return SUMMARIZER.summarize(
        IsoWeek.parse(week),
        LocalDate.parse(today),
        new SummaryInput(minutes, breaks, reports, checkIns, mouseHand, Optional.empty()));
  }

  /** Wholly active minutes from a local time in a zone, each minute with that moment's offset. */
  private void work(ZoneId zone, LocalDateTime start, int count, long keyboard, long mouse) {
    long first = start.atZone(zone).toEpochSecond() / 60;
    for (long m = first; m < first + count; m++) {
      int offset =
          zone.getRules().getOffset(java.time.Instant.ofEpochSecond(m * 60)).getTotalSeconds();
      minutes.add(new ActivityMinute(m, 60, keyboard, mouse, offset));
    }
  }

  private void work(String start, int count) {
    work(BERLIN, LocalDateTime.parse(start), count, 0, 0);
  }

  private void taken(String start) {
    OffsetDateTime at = LocalDateTime.parse(start).atZone(BERLIN).toOffsetDateTime();
    breaks.add(
        new BreakRecord(BreakType.MICRO, Outcome.TAKEN, "chin-tuck", at, at.plusSeconds(30)));
  }

  private void knot(String day, KnotArea area, Side side) {
    LocalDate d = LocalDate.parse(day);
    OffsetDateTime at = d.atTime(17, 30).atZone(BERLIN).toOffsetDateTime();
    reports.add(new KnotReport(0, d, area, side, 3, Set.of(), null, at));
    checkIns.add(new CheckIn(d, true, at));
  }

  @Test
  void weekWithNoDataIsEmptyEverywhere() {
    WeeklySummary s = summarize("2026-W47", "2026-11-21");

    assertFalse(s.hasData());
    assertEquals(7, s.days().size());
    assertEquals(0, s.activeSeconds());
    assertEquals(BreakCounts.NONE, s.breaks());
    assertTrue(s.breaks().adherence().isEmpty());
    assertTrue(s.mouseShare().isEmpty());
    assertEquals(0, s.workingDays());
    assertFalse(s.comparison().enough());
    assertEquals(0, s.trend().previousWeeksWithData());
    assertTrue(s.trend().averageActiveSeconds().isEmpty());
    assertEquals(List.of(), s.suggestions());
  }

  @Test
  void theDaysAroundSummerTimeHave23And25Hours() {
    // Sunday 29 March 2026 has 23 hours in Berlin; Sunday 25 October has 25.
    work(BERLIN, LocalDateTime.parse("2026-03-29T00:00"), 23 * 60, 1, 1);
    work(BERLIN, LocalDateTime.parse("2026-10-25T00:00"), 25 * 60, 1, 1);

    DaySummary spring = summarize("2026-W13", "2026-12-01").days().get(6);
    DaySummary autumn = summarize("2026-W43", "2026-12-01").days().get(6);

    assertEquals(LocalDate.parse("2026-03-29"), spring.day());
    assertEquals(23 * 3600, spring.activeSeconds());
    assertEquals(23 * 3600, spring.longestStretchSeconds());
    assertEquals(LocalDate.parse("2026-10-25"), autumn.day());
    assertEquals(25 * 3600, autumn.activeSeconds());
    assertEquals(25 * 3600, autumn.longestStretchSeconds());
    assertEquals(0, summarize("2026-W44", "2026-12-01").activeSeconds(), "nothing spills over");
  }

  @Test
  void week53RunsIntoTheNewYear() {
    IsoWeek w53 = IsoWeek.parse("2026-W53");
    assertEquals(LocalDate.parse("2026-12-28"), w53.monday());
    assertEquals(LocalDate.parse("2027-01-03"), w53.sunday());
    assertEquals(w53, IsoWeek.of(LocalDate.parse("2027-01-03")));
    assertEquals("2027-W01", IsoWeek.of(LocalDate.parse("2027-01-04")).toString());
    assertEquals(w53, IsoWeek.parse("2027-W01").minusWeeks(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53"));
    assertEquals("2025 has ISO weeks 1 to 52, not week 53", e.getMessage());

    work("2027-01-02T10:00", 30);
    work("2027-01-04T10:00", 45);
    WeeklySummary s = summarize("2026-W53", "2027-01-05");
    assertEquals(30 * 60, s.activeSeconds());
    assertEquals(LocalDate.parse("2027-01-02"), s.days().get(5).day());
    WeeklySummary next = summarize("2027-W01", "2027-01-05");
    assertEquals(45 * 60, next.activeSeconds());
    assertEquals(w53, next.trend().previous().get(3).week());
    assertEquals(30 * 60, next.trend().previous().get(3).activeSeconds());
  }

  @Test
  void aMoveToAnotherTimeZoneCutsEachDayInTheLocalTimeOfTheMoment() {
    ZoneId newYork = ZoneId.of("America/New_York");
    // Monday and Tuesday in Berlin; from Wednesday in New York, working into the evening.
    work(BERLIN, LocalDateTime.parse("2026-11-16T09:00"), 60, 0, 0);
    work(BERLIN, LocalDateTime.parse("2026-11-17T09:00"), 60, 0, 0);
    work(newYork, LocalDateTime.parse("2026-11-18T22:00"), 120, 0, 0);
    OffsetDateTime late =
        LocalDateTime.parse("2026-11-18T23:30").atZone(newYork).toOffsetDateTime();
    breaks.add(new BreakRecord(BreakType.MICRO, Outcome.SKIPPED, "chin-tuck", late, late));

    WeeklySummary s = summarize("2026-W47", "2026-11-21");

    assertEquals(List.of(3600L, 3600L, 7200L, 0L, 0L, 0L, 0L), active(s));
    assertEquals(1, s.days().get(2).breaks().skipped(), "23:30 in New York is still Wednesday");
  }

  @Test
  void aWorkingDayWithoutCheckInIsUnknownNotKnotFree() {
    for (String day : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19")) {
      work(day + "T09:00", 60);
    }
    knot("2026-11-17", KnotArea.NECK, Side.LEFT);
    checkIns.add(
        new CheckIn(
            LocalDate.parse("2026-11-18"), false, OffsetDateTime.parse("2026-11-18T17:30+01:00")));

    WeeklySummary s = summarize("2026-W47", "2026-11-21");

    assertEquals(
        List.of(
            KnotDayStatus.UNKNOWN,
            KnotDayStatus.KNOT,
            KnotDayStatus.KNOT_FREE,
            KnotDayStatus.UNKNOWN,
            KnotDayStatus.UNKNOWN,
            KnotDayStatus.UNKNOWN,
            KnotDayStatus.UNKNOWN),
        s.days().stream().map(DaySummary::knots).toList());
    assertEquals(4, s.workingDays());
    assertEquals(2, s.checkedInWorkingDays());
    assertEquals(1, s.comparison().knotDays());
    assertEquals(1, s.comparison().knotFreeDays(), "the unanswered days count on neither side");
  }

  @Test
  void aStretchEndsAtATakenBreakOrAWhollyIdleMinuteButNotAtAShortLull() {
    work("2026-11-16T09:00", 90);
    taken("2026-11-16T09:40:10");
    work("2026-11-17T09:00", 40);
    work("2026-11-17T09:41", 30);
    // Wednesday: 50 minutes with only 20 active seconds each still make one stretch.
    long first = LocalDateTime.parse("2026-11-18T09:00").atZone(BERLIN).toEpochSecond() / 60;
    for (long m = first; m < first + 50; m++) {
      minutes.add(new ActivityMinute(m, 20, 0, 0, 3600));
    }

    List<Long> longest =
        summarize("2026-W47", "2026-11-21").days().stream()
            .map(DaySummary::longestStretchSeconds)
            .toList();

    assertEquals(List.of(50 * 60L, 40 * 60L, 50 * 60L, 0L, 0L, 0L, 0L), longest);
    WeeklySummarizer twoMinuteBreaks =
        new WeeklySummarizer(
            new BreakSettings(
                true, Duration.ofMinutes(15), Duration.ofSeconds(90), Duration.ofMinutes(3), 2));
    DaySummary tuesday =
        twoMinuteBreaks
            .summarize(
                IsoWeek.parse("2026-W47"),
                LocalDate.parse("2026-11-21"),
                new SummaryInput(minutes, breaks, reports, checkIns, mouseHand, Optional.empty()))
            .days()
            .get(1);
    assertEquals(71 * 60, tuesday.longestStretchSeconds(), "one idle minute is not 90 s");
  }

  @Test
  void aKnotAreaOnTenOfTheLastFourteenDaysSuggestsAPhysiotherapist() {
    LocalDate today = LocalDate.parse("2026-11-20");
    for (int back = 0; back < 14; back++) {
      if (back % 7 < 5) {
        knot(today.minusDays(back).toString(), KnotArea.UPPER_TRAP, Side.RIGHT);
      }
    }
    knot("2026-11-01", KnotArea.UPPER_TRAP, Side.RIGHT); // fifteen days back: outside

    WeeklySummary s = summarize("2026-W47", today.toString());
    assertEquals(List.of(Suggestion.SEE_PHYSIOTHERAPIST), ids(s));
    assertTrue(
        s.suggestions()
            .get(0)
            .text()
            .startsWith(
                "You reported a knot in one place on 10 of the last 14 days: between neck and"
                    + " shoulder (upper trapezius)."),
        s.suggestions().get(0).text());

    reports.remove(0);
    assertEquals(List.of(), ids(summarize("2026-W47", today.toString())), "9 days are not enough");
  }

  @Test
  void aMouseHeavyWeekWithKnotsOnTheMouseSideSuggestsSwitchingHands() {
    work(BERLIN, LocalDateTime.parse("2026-11-16T09:00"), 60, 20, 80);
    knot("2026-11-17", KnotArea.BETWEEN_SHOULDER_BLADES, Side.LEFT);
    assertEquals(List.of(), ids(summarize("2026-W47", "2026-11-21")), "right-handed mouse");

    mouseHand = Optional.of(Side.LEFT);
    WeeklySummary s = summarize("2026-W47", "2026-11-21");
    assertEquals(List.of(Suggestion.SWITCH_MOUSE_HAND), ids(s));
    assertTrue(
        s.suggestions()
            .get(0)
            .text()
            .startsWith(
                "Your knot report this week was on your"
                    + " mouse side (left), and 80% of your input was the mouse."),
        s.suggestions().get(0).text());

    minutes.clear();
    work(BERLIN, LocalDateTime.parse("2026-11-16T09:00"), 60, 30, 70);
    assertEquals(List.of(), ids(summarize("2026-W47", "2026-11-21")), "70% is not mouse-heavy");
  }

  @Test
  void withNoMouseHandSetTheSummaryDoesNotInventOne() {
    mouseHand = Optional.empty();
    work(BERLIN, LocalDateTime.parse("2026-11-16T09:00"), 60, 20, 80);
    knot("2026-11-17", KnotArea.BETWEEN_SHOULDER_BLADES, Side.RIGHT);
    knot("2026-11-18", KnotArea.NECK, Side.LEFT);

    WeeklySummary s = summarize("2026-W47", "2026-11-21");
    assertEquals(List.of(Suggestion.SWITCH_MOUSE_HAND), ids(s));
    String text = s.suggestions().get(0).text();
    assertFalse(text.contains("(right)") || text.contains("(left)"), text);
    assertFalse(text.contains("on your mouse side"), text);
    assertTrue(
        text.startsWith(
            "80% of your input this week was the mouse, and you reported 2 knots. If one is on"
                + " the side you mouse with, try the other hand for a while"),
        text);
    assertTrue(text.contains("Unknot does not know your mouse hand"), text);

    reports.remove(1);
    String one = summarize("2026-W47", "2026-11-21").suggestions().get(0).text();
    assertTrue(one.contains("you reported 1 knot. If it is on the side you mouse with"), one);
  }

  @Test
  void theMouseSideSentenceAgreesInNumber() {
    mouseHand = Optional.of(Side.RIGHT);
    work(BERLIN, LocalDateTime.parse("2026-11-16T09:00"), 60, 20, 80);
    knot("2026-11-17", KnotArea.BETWEEN_SHOULDER_BLADES, Side.LEFT);
    assertEquals(List.of(), ids(summarize("2026-W47", "2026-11-21")), "0 on the mouse side");

    knot("2026-11-18", KnotArea.NECK, Side.RIGHT);
    assertTrue(
        summarize("2026-W47", "2026-11-21")
            .suggestions()
            .get(0)
            .text()
            .startsWith("1 of your 2 knot reports this week was on your mouse side (right)"));

    knot("2026-11-19", KnotArea.NECK, Side.RIGHT);
    assertTrue(
        summarize("2026-W47", "2026-11-21")
            .suggestions()
            .get(0)
            .text()
            .startsWith("2 of your 3 knot reports this week were on your mouse side (right)"));

    assertEquals("Your knot report this week was", WeeklySummarizer.onOfReports(1, 1));
    assertEquals("Both of your knot reports this week were", WeeklySummarizer.onOfReports(2, 2));
    assertEquals("All 3 of your knot reports this week were", WeeklySummarizer.onOfReports(3, 3));
    assertEquals("1 of your 3 knot reports this week was", WeeklySummarizer.onOfReports(1, 3));
  }

  @Test
  void theMouseSideSentenceAgreesInNumberInGermanAndFrench() {
    try {
      Messages.use(Locale.GERMAN);
      assertEquals("Ihre Knotenmeldung dieser Woche betraf", WeeklySummarizer.onOfReports(1, 1));
      assertEquals(
          "Beide Knotenmeldungen dieser Woche betrafen", WeeklySummarizer.onOfReports(2, 2));
      assertEquals(
          "1 Ihrer 3 Knotenmeldungen dieser Woche betraf", WeeklySummarizer.onOfReports(1, 3));
      assertEquals(
          "2 Ihrer 3 Knotenmeldungen dieser Woche betrafen", WeeklySummarizer.onOfReports(2, 3));
      Messages.use(Locale.FRENCH);
      assertEquals(
          "Vos 3 signalements de nœud de la semaine étaient tous",
          WeeklySummarizer.onOfReports(3, 3));
      assertEquals(
          "1 de vos 2 signalements de nœud de la semaine était",
          WeeklySummarizer.onOfReports(1, 2));
    } finally {
      Messages.use(Locale.ENGLISH);
    }
  }

  private static List<String> ids(WeeklySummary s) {
    return s.suggestions().stream().map(Suggestion::id).toList();
  }

  private static List<Long> active(WeeklySummary s) {
    return s.days().stream().map(DaySummary::activeSeconds).toList();
  }
}
