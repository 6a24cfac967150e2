package dev.unknot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakSettings;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.SummaryInput;
import dev.unknot.core.summary.WeeklySummarizer;
import dev.unknot.core.summary.WeeklySummary;
import dev.unknot.store.SixWeekDiary;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text and the chart of the six-week diary's last week; copies land in target/ to look at. */
class SummaryRenderingTest {

  private static final Path OUT = Path.of("target", "summary");
  private static WeeklySummary week;
  private static WeeklySummary empty;

  @BeforeAll
  static void summarize(@TempDir Path dir) throws Exception {
    WeeklySummarizer summarizer = new WeeklySummarizer(BreakSettings.MICRO_DEFAULTS);
    week = Weeks.lastOfSixWeekDiary(dir.resolve("unknot.db"));
    empty =
        summarizer.summarize(
            IsoWeek.parse("2026-W30"),
            SixWeekDiary.TODAY,
            new SummaryInput(
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty()));
    Files.createDirectories(OUT);
  }

  @Test
  void textFitsIn80ColumnsAndCarriesTheFigures() throws Exception {
    String text = SummaryText.render(week);
    Files.writeString(OUT.resolve("2026-W47.txt"), text);

    for (String line : text.split("\n")) {
      assertTrue(line.length() <= 80, "too long (" + line.length() + "): " + line);
    }
    assertTrue(text.startsWith("Your week 2026-W47: Mon 16 Nov – Sun 22 Nov 2026\n"), text);
    assertTrue(
        text.contains("Active time      14h 30m on 5 days          4-week average 14h 38m"), text);
    assertTrue(
        text.contains("Breaks kept      15 of 20 (75%)             4-week average 84%"), text);
    assertTrue(text.contains("Longest stretch  2h 00m (Tue 17)"), text);
    assertTrue(text.contains("Wed 18 Nov   2h 30m   1h 30m  2 of 3         60%  severity 3"), text);
    assertTrue(text.contains("Fri 20 Nov   3h 00m      45m  4 of 4         50%  none"), text);
    assertTrue(
        text.contains("Your 4 knot days against your 5 knot-free days, Mon 19 Oct – Sun 22 Nov"),
        text);
    assertTrue(text.contains("  Breaks kept          25% (4 days)           95% (5 days)"), text);
    assertTrue(text.contains("breaks.micro.interval = \"10m\""), text);
    assertTrue(text.contains("  2h 00m (4 days)"), "a time is not split over two lines");
    assertTrue(text.endsWith(SummaryText.disclaimer() + "\n"));
  }

  @Test
  void notificationLinesAreFewAndShort() {
    List<String> lines = SummaryText.headline(week);

    assertEquals(
        List.of(
            "Breaks: 15 of 20 kept (75%).",
            "Longest unbroken stretch: 2h 00m.",
            "Knot days: 1 this week; breaks kept the day before: 25% on 4 knot days, 95% on 5"
                + " knot-free days.",
            "Try more frequent micro-breaks: breaks.micro.interval = \"10m\"."),
        lines);
  }

  @Test
  void anEmptyWeeksChartHasItsZeroLineAtTheBottom() throws Exception {
    SummaryChart.writePng(empty, OUT.resolve("empty.png"));
    BufferedImage image = SummaryChart.draw(empty);
    // The plot's middle row is blank: no gridline drawn for a zero in the middle of the axis.
    int middle = SummaryChart.HEIGHT / 4 - 20;
    long grey = 0;
    for (int x = 80; x < SummaryChart.WIDTH - 80; x++) {
      if ((image.getRGB(x, middle) & 0xFFFFFF) != 0xFFFFFF) {
        grey++;
      }
    }
    assertEquals(0, grey, "something drawn across the middle of the empty plot");
  }

  @Test
  void aWeekWithoutInputCountsSaysSoInsteadOfADash() {
    WeeklySummary wayland =
        new WeeklySummary(
            week.week(),
            week.days(),
            week.activeSeconds(),
            week.longestStretchSeconds(),
            week.breaks(),
            0,
            0,
            week.exercises(),
            week.knots(),
            week.knotDays(),
            week.workingDays(),
            week.checkedInWorkingDays(),
            week.comparison(),
            week.trend(),
            week.suggestions(),
            week.firstRecordedDay());

    assertTrue(
        SummaryText.render(wayland)
            .contains("Mouse share      not counted (a Wayland session, or counts switched off)"),
        SummaryText.render(wayland));
    assertTrue(SummaryText.render(week).contains("Mouse share      "));
  }

  @Test
  void everyCountReadsRightAtZeroOneAndTwo() {
    String zero = SummaryText.render(Weeks.withCounts(week, 0));
    String one = SummaryText.render(Weeks.withCounts(week, 1));
    String two = SummaryText.render(Weeks.withCounts(week, 2));

    assertTrue(zero.contains("postponed 0 times"), zero);
    assertTrue(one.contains("postponed 1 time\n"), one);
    assertTrue(two.contains("postponed 2 times"), two);
    assertTrue(zero.contains("14h 30m on 0 days"), zero);
    assertTrue(one.contains("14h 30m on 1 day "), one);
    assertTrue(two.contains("14h 30m on 2 days"), two);
    assertTrue(zero.contains("Check-ins        0 of 0 days worked"), zero);
    assertTrue(one.contains("Check-ins        1 of 1 day worked"), one);
    assertTrue(two.contains("Check-ins        2 of 2 days worked"), two);
    assertEquals(List.of("0 knot days", "1 knot day", "2 knot days"), knotDays());
  }

  private static List<String> knotDays() {
    return List.of(SummaryText.knotDays(0), SummaryText.knotDays(1), SummaryText.knotDays(2));
  }

  @Test
  void aWeekBeforeTheFirstRecordSaysWhenTheDiaryBegins() {
    WeeklySummary before =
        new WeeklySummarizer(BreakSettings.MICRO_DEFAULTS)
            .summarize(
                IsoWeek.parse("2026-W46"),
                SixWeekDiary.TODAY,
                new SummaryInput(
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.of(java.time.LocalDate.parse("2026-11-18"))));

    assertEquals(
        List.of("This week is before Unknot’s first record, on Wed 18 Nov 2026."),
        SummaryText.headline(before));
    String text = SummaryText.render(before);
    assertTrue(
        text.contains(
            "This week is before Unknot’s first record, on Wed 18 Nov 2026. The diary begins\n"
                + "in week 2026-W47: `unknot summary --week 2026-W47` shows it.\n"),
        text);
  }

  @Test
  void anEmptyWeekSaysSo() {
    assertEquals(List.of("Unknot recorded nothing this week."), SummaryText.headline(empty));
    assertTrue(SummaryText.render(empty).contains("Unknot recorded nothing this week"));
  }

  @Test
  void chartMarksOnlyTheKnotDay() throws Exception {
    BufferedImage image = SummaryChart.draw(week);
    SummaryChart.writePng(week, OUT.resolve("2026-W47.png"));

    assertEquals(SummaryChart.WIDTH, image.getWidth());
    assertEquals(SummaryChart.HEIGHT, image.getHeight());
    // The knot marker's colour appears in Wednesday's column of the top chart and nowhere else
    // in the plot.
    int plotWidth = SummaryChart.WIDTH;
    List<Integer> columns = new java.util.ArrayList<>();
    for (int x = 0; x < plotWidth; x++) {
      for (int y = 0; y < SummaryChart.HEIGHT / 2 - 40; y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == SummaryChart.KNOT.getRGB() - 0xFF000000) {
          columns.add(x);
          break;
        }
      }
    }
    assertTrue(!columns.isEmpty(), "no knot marker drawn");
    int spread = columns.get(columns.size() - 1) - columns.get(0);
    assertTrue(spread < 30, "knot colour spread over " + spread + " px: " + columns);
    int center = (columns.get(0) + columns.get(columns.size() - 1)) / 2;
    assertTrue(center > plotWidth * 0.3 && center < plotWidth * 0.45, "not Wednesday: " + center);
  }
}
