package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.Outcome;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.SummarySchedule;
import dev.unknot.core.summary.WeeklySummarizer;
import dev.unknot.prompt.PromptLayout;
import dev.unknot.report.SummaryText;
import dev.unknot.store.Database;
import dev.unknot.store.DiaryWriter;
import dev.unknot.store.SqliteSummaryData;
import java.awt.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly summary from the running daemon: through dunst, or a window without one. */
class SummaryE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final IsoWeek week;
  private final String config;

  SummaryE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
    // Due since midnight today, so the summary was "missed" before Unknot started.
    ZonedDateTime now = ZonedDateTime.now(ZONE);
    String today = now.getDayOfWeek().name().toLowerCase(Locale.ROOT);
    this.week = new SummarySchedule(now.getDayOfWeek(), LocalTime.MIDNIGHT).weekShownAt(now);
    this.config =
        "[knots]\ncheckin = false\n[summary]\nday = \"" + today + "\"\ntime = \"00:00\"\n";
  }

  /** Each of the last nine days: an hour of work, two micro-breaks taken and one skipped. */
  private int seedNineDays() {
    int daysInWeek = 0;
    try (Database db = Database.open(unknot.database())) {
      DiaryWriter diary = new DiaryWriter(db, ZONE);
      for (int back = 1; back <= 9; back++) {
        LocalDate day = LocalDate.now(ZONE).minusDays(back);
        diary
            .work(day.atTime(9, 0), 60, 30, 70)
            .micro(day.atTime(9, 20), Outcome.TAKEN, "chin-tuck")
            .micro(day.atTime(9, 40), Outcome.SKIPPED, "chest-stretch")
            .micro(day.atTime(10, 0), Outcome.TAKEN, "lat-pinch");
        daysInWeek += week.contains(day) ? 1 : 0;
      }
    }
    return daysInWeek;
  }

  private List<String> expectedLines() {
    try (Database db = Database.open(unknot.database())) {
      return SummaryText.headline(
          new WeeklySummarizer(BreakSettings.MICRO_DEFAULTS)
              .summarize(week, LocalDate.now(ZONE), new SqliteSummaryData(db)));
    }
  }

  private int displayed() {
    return Integer.parseInt(desktop.run(List.of("dunstctl", "count", "displayed")).out().strip());
  }

  @Test
  void aMissedSummaryComesOnceAtStartAndClickingItOpensTheReport() throws Exception {
    int days = seedNineDays();
    List<String> expected = expectedLines();
    desktop.run(List.of("dunstctl", "close-all")); // left by other tests' default configs
    int historyBefore = history().size();

    unknot.start(config);
    assertTrue(Desktop.await(Duration.ofSeconds(15), () -> displayed() == 1), "not on screen");
    desktop.screenshot(SCREENSHOTS.resolve("weekly-summary-notification.png"));
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5),
            () ->
                unknot.logContains("weekly summary " + week + " shown through NotifySendNotifier")),
        this::log);

    desktop.run(List.of("dunstctl", "action", "0"));
    String report = "Unknot: weekly report " + week;
    assertTrue(
        Desktop.await(Duration.ofSeconds(15), () -> desktop.window(report).isPresent()),
        "the click did not open the report");
    desktop.screenshot(SCREENSHOTS.resolve("weekly-summary-report.png"));

    List<JsonNode> history = history();
    assertEquals(historyBefore + 1, history.size());
    JsonNode shown = history.get(0);
    assertEquals("Unknot", shown.get("appname").get("data").asText());
    assertTrue(
        shown.get("summary").get("data").asText().startsWith("Your week " + week + ": "),
        shown.toString());
    assertEquals(String.join("\n", expected), shown.get("body").get("data").asText());
    if (days > 0) {
      assertEquals(
          String.format(
              Locale.ROOT,
              "Breaks: %d of %d kept (%d%%).",
              2 * days,
              3 * days,
              Math.round(200.0 / 3)),
          expected.get(0));
    }

    // Started again the same week: no second notification.
    unknot.close();
    unknot.start(config);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(15), () -> unknot.logContains("weekly summary: none due now")),
        unknot.output());
    assertEquals(0, displayed());
    assertEquals(historyBefore + 1, history().size());
    String log = java.nio.file.Files.readString(unknot.logFile());
    assertEquals(1, log.split("shown through", -1).length - 1, "shown once in two starts");
  }

  @Test
  void withoutANotificationServiceASmallWindowOffersTheReport() throws Exception {
    seedNineDays();
    unknot.setEnv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + unknot.home().resolve("no-bus"));
    unknot.start(config);

    String notice = "Unknot: Your week " + week + ": .*";
    assertTrue(
        Desktop.await(Duration.ofSeconds(20), () -> desktop.windowMatching(notice).isPresent()),
        unknot.output());
    assertTrue(unknot.logContains("weekly summary " + week + " shown through WindowNotifier"));
    desktop.screenshot(SCREENSHOTS.resolve("weekly-summary-window.png"));

    Point open =
        PromptLayout.buttonCenter(
            desktop.geometry(desktop.windowMatching(notice).orElseThrow()), 0, 2);
    desktop.click(open.x, open.y);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(15),
            () -> desktop.window("Unknot: weekly report " + week).isPresent()));
    assertTrue(desktop.windowMatching(notice).isEmpty(), "the notice closes when used");
  }

  /**
   * The report in German ([ui] language) and in French (LANG): its window title, the notification
   * and the window's words in the language; the screenshots are looked at for clipped text.
   */
  @Test
  void theReportReadsInGermanWhenTheConfigSaysSo() throws Exception {
    reportIn("[ui]\nlanguage = \"de\"\n" + config, "Ihre Woche ", "Unknot: Wochenbericht ", "de");
  }

  @Test
  void theReportReadsInFrenchWhenLangSaysSo() throws Exception {
    unknot.setEnv("LANG", "fr_FR.UTF-8");
    reportIn(config, "Votre semaine ", "Unknot\u00a0: bilan de la semaine ", "fr");
  }

  private void reportIn(String configToml, String summaryStart, String title, String language)
      throws Exception {
    seedNineDays();
    desktop.run(List.of("dunstctl", "close-all"));
    unknot.start(configToml);
    assertTrue(Desktop.await(Duration.ofSeconds(15), () -> displayed() == 1), unknot.output());
    desktop.screenshot(SCREENSHOTS.resolve("weekly-summary-notification-" + language + ".png"));
    desktop.run(List.of("dunstctl", "action", "0"));
    assertTrue(
        Desktop.await(Duration.ofSeconds(15), () -> desktop.window(title + week).isPresent()),
        "no report window titled " + title + week);
    // The window maps before Swing paints it: wait for the chart's bars to be on screen.
    Path shot = SCREENSHOTS.resolve("weekly-summary-report-" + language + ".png");
    assertTrue(
        Desktop.await(Duration.ofSeconds(15), () -> chartPainted(shot)),
        "the report never painted");
    JsonNode shown = history().get(0);
    assertTrue(
        shown.get("summary").get("data").asText().startsWith(summaryStart + week + ": ")
            || shown
                .get("summary")
                .get("data")
                .asText()
                .startsWith(summaryStart + week + "\u00a0: "),
        shown.toString());
  }

  /** Takes a screenshot and says whether the active-hours bars' blue is in it. */
  private boolean chartPainted(Path png) {
    desktop.screenshot(png);
    try {
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
      int blue = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          blue += (image.getRGB(x, y) & 0xFFFFFF) == 0x4C7A9A ? 1 : 0; // SummaryChart.ACTIVE
        }
      }
      return blue > 500;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private String log() {
    try {
      return java.nio.file.Files.readString(unknot.logFile());
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  /** dunst's history, newest first: notifications closed or acted on. */
  private List<JsonNode> history() throws Exception {
    JsonNode all = JSON.readTree(desktop.run(List.of("dunstctl", "history")).out());
    List<JsonNode> list = new java.util.ArrayList<>();
    all.get("data").get(0).forEach(list::add);
    return list;
  }
}
