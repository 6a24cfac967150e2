package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakSettings;
import dev.unknot.core.KnotArea;
import dev.unknot.core.Side;
import dev.unknot.core.summary.BreakCounts;
import dev.unknot.core.summary.Comparison;
import dev.unknot.core.summary.Comparison.Metric;
import dev.unknot.core.summary.Comparison.When;
import dev.unknot.core.summary.DaySummary;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.KnotDayStatus;
import dev.unknot.core.summary.KnotGroup;
import dev.unknot.core.summary.Suggestion;
import dev.unknot.core.summary.Trend;
import dev.unknot.core.summary.WeeklySummarizer;
import dev.unknot.core.summary.WeeklySummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six weeks of {@link SixWeekDiary}, summarised and checked against a count by hand. */
class SixWeekSummaryTest {

  private static final LocalDate TODAY = SixWeekDiary.TODAY;
  private static final IsoWeek W47 = SixWeekDiary.W47;

  @TempDir Path dir;
  private Database db;
  private final WeeklySummarizer summarizer = new WeeklySummarizer(BreakSettings.MICRO_DEFAULTS);

  @BeforeEach
  void writeSixWeeks() {
    db = Database.open(dir.resolve("unknot.db"));
    SixWeekDiary.write(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private WeeklySummary summarize(IsoWeek week) {
    return summarizer.summarize(
        week,
        TODAY,
        new SqliteSummaryData(db).read(WeeklySummarizer.firstDay(week), week.sunday()));
  }

  @Test
  void everyDayOfTheWeekMatchesTheHandCount() {
    WeeklySummary s = summarize(W47);

    var none = KnotDayStatus.UNKNOWN;
    assertEquals(
        List.of(
            day("2026-11-16", 180, 45, new BreakCounts(3, 1, 0, 0, 0), 9000, 9000, none, 0),
            day("2026-11-17", 180, 120, new BreakCounts(1, 0, 3, 2, 0), 3600, 14400, none, 0),
            day(
                "2026-11-18",
                150,
                90,
                new BreakCounts(2, 0, 1, 0, 0),
                6000,
                9000,
                KnotDayStatus.KNOT,
                3),
            day("2026-11-19", 180, 45, new BreakCounts(3, 1, 0, 0, 1), 9000, 9000, none, 0),
            day(
                "2026-11-20",
                180,
                45,
                new BreakCounts(3, 1, 0, 0, 0),
                9000,
                9000,
                KnotDayStatus.KNOT_FREE,
                0),
            day("2026-11-21", 0, 0, BreakCounts.NONE, 0, 0, none, 0),
            day("2026-11-22", 0, 0, BreakCounts.NONE, 0, 0, none, 0)),
        s.days().stream().map(SixWeekSummaryTest::withoutExercises).toList());
  }

  @Test
  void weekTotalsMatchTheHandCount() {
    WeeklySummary s = summarize(W47);

    assertEquals(870 * 60, s.activeSeconds());
    assertEquals(120 * 60, s.longestStretchSeconds());
    assertEquals(new BreakCounts(12, 3, 4, 2, 1), s.breaks());
    assertEquals(20, s.breaks().due());
    assertEquals(0.75, s.breaks().adherence().getAsDouble(), 1e-9);
    assertEquals(50400.0 / 87000, s.mouseShare().getAsDouble(), 1e-9);
    assertEquals(
        List.of(
            Map.entry("chin-tuck", 5),
            Map.entry("chest-stretch", 3),
            Map.entry("shoulder-blade-squeeze", 3),
            Map.entry("lat-pinch", 1)),
        List.copyOf(s.exercises().entrySet()));
    assertEquals(
        List.of(
            new KnotGroup(KnotArea.NECK, Side.LEFT, 2, 1),
            new KnotGroup(KnotArea.BETWEEN_SHOULDER_BLADES, Side.RIGHT, 3, 1)),
        s.knots());
    assertEquals(1, s.knotDays());
    assertEquals(5, s.workingDays());
    assertEquals(2, s.checkedInWorkingDays(), "Wednesday's knot and Friday's no");
  }

  @Test
  void knotDaysAreComparedWithKnotFreeDaysOnTheDayAndTheDayBefore() {
    Comparison c = summarize(W47).comparison();

    assertEquals(LocalDate.parse("2026-10-19"), c.from());
    assertEquals(LocalDate.parse("2026-11-22"), c.to());
    assertEquals(4, c.knotDays(), "the W42 knot is outside the five weeks");
    assertEquals(5, c.knotFreeDays(), "so is the W42 knot-free day");
    assertTrue(c.enough());
    // same day: M days against S days
    assertFigure(c, Metric.ADHERENCE, When.SAME_DAY, 4, 8.0 / 12, 5, 1.0);
    assertFigure(c, Metric.LONGEST_STRETCH, When.SAME_DAY, 4, 90 * 60, 5, 45 * 60);
    assertFigure(c, Metric.ACTIVE_TIME, When.SAME_DAY, 4, 150 * 60, 5, 180 * 60);
    assertFigure(c, Metric.MOUSE_SHARE, When.SAME_DAY, 4, 0.6, 5, 0.5);
    // day before: L days against S days, one of them W47's Thursday with its unanswered break
    assertFigure(c, Metric.ADHERENCE, When.DAY_BEFORE, 4, 4.0 / 16, 5, 20.0 / 21);
    assertFigure(c, Metric.LONGEST_STRETCH, When.DAY_BEFORE, 4, 120 * 60, 5, 45 * 60);
    assertFigure(c, Metric.ACTIVE_TIME, When.DAY_BEFORE, 4, 180 * 60, 5, 180 * 60);
    assertFigure(c, Metric.MOUSE_SHARE, When.DAY_BEFORE, 4, 0.8, 5, 0.5);
    assertEquals(8, c.figures().size());
  }

  @Test
  void trendSetsTheWeekAgainstTheFourBefore() {
    Trend t = summarize(W47).trend();

    assertEquals(
        List.of("2026-W43", "2026-W44", "2026-W45", "2026-W46"),
        t.previous().stream().map(w -> w.week().toString()).toList());
    assertEquals(
        new Trend.WeekFigures(W47, 5, 870 * 60, new BreakCounts(12, 3, 4, 2, 1), 120 * 60, 1),
        t.current());
    assertEquals(
        new Trend.WeekFigures(
            IsoWeek.parse("2026-W43"), 5, 900 * 60, new BreakCounts(15, 5, 0, 0, 0), 45 * 60, 0),
        t.previous().get(0));
    assertEquals(4, t.previousWeeksWithData());
    assertEquals((900 + 3 * 870) * 60 / 4.0, t.averageActiveSeconds().getAsDouble(), 1e-9);
    assertEquals(65.0 / 77, t.averageAdherence().getAsDouble(), 1e-9);
    assertEquals((45 + 3 * 120) * 60 / 4.0, t.averageLongestStretchSeconds().getAsDouble(), 1e-9);
    assertEquals(0.75, t.averageKnotDays().getAsDouble(), 1e-9);
  }

  @Test
  void longStretchesBeforeKnotDaysSuggestAShorterMicroInterval() {
    List<Suggestion> suggestions = summarize(W47).suggestions();

    assertEquals(
        List.of(Suggestion.SHORTER_MICRO_INTERVAL),
        suggestions.stream().map(Suggestion::id).toList(),
        "58% mouse is not mouse-heavy, and no area has 10 knot days");
    String text = suggestions.get(0).text();
    assertTrue(text.contains("averaged 2h 00m (4 days), against 45m"), text);
    assertTrue(text.contains("breaks.micro.interval = \"10m\""), text);
    assertTrue(text.contains("(now \"15m\")"), text);
  }

  @Test
  void withFewerThanThreeKnotDaysThereIsNothingToCompare() {
    WeeklySummary w44 = summarize(IsoWeek.parse("2026-W44"));

    Comparison c = w44.comparison();
    assertEquals(2, c.knotDays(), "14 and 27 October");
    assertEquals(3, c.knotFreeDays(), "13, 21 and 29 October");
    assertFalse(c.enough());
    assertEquals(List.of(), c.figures());
    assertEquals(List.of(), w44.suggestions());
  }

  private static void assertFigure(
      Comparison c, Metric metric, When when, int knotN, double knot, int freeN, double free) {
    Comparison.Figure f =
        c.figures().stream()
            .filter(x -> x.metric() == metric && x.when() == when)
            .findFirst()
            .orElseThrow();
    String what = metric + " " + when;
    assertEquals(knotN, f.onKnotDays().days(), what + " knot days");
    assertEquals(knot, f.onKnotDays().value().getAsDouble(), 1e-9, what + " on knot days");
    assertEquals(freeN, f.onKnotFreeDays().days(), what + " knot-free days");
    assertEquals(free, f.onKnotFreeDays().value().getAsDouble(), 1e-9, what + " on knot-free days");
  }

  private static DaySummary day(
      String day,
      long activeMinutes,
      long longestMinutes,
      BreakCounts breaks,
      long keyboard,
      long mouse,
      KnotDayStatus status,
      int severity) {
    return new DaySummary(
        LocalDate.parse(day),
        activeMinutes * 60,
        longestMinutes * 60,
        breaks,
        keyboard,
        mouse,
        Map.of(),
        status,
        severity);
  }

  private static DaySummary withoutExercises(DaySummary d) {
    return new DaySummary(
        d.day(),
        d.activeSeconds(),
        d.longestStretchSeconds(),
        d.breaks(),
        d.keyboardEvents(),
        d.mouseEvents(),
        Map.of(),
        d.knots(),
        d.maxSeverity());
  }
}
