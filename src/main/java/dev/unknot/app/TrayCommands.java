package dev.unknot.app;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Outcome;
import dev.unknot.prompt.NoticeWindow;
import dev.unknot.prompt.SwingCheckIn;
import dev.unknot.store.DailyActivity;
import dev.unknot.store.SqliteActivityLog;
import dev.unknot.store.SqliteBreakLog;
import dev.unknot.store.SqliteKnotDiary;
import dev.unknot.store.SqliteMouseHandLog;
import dev.unknot.tray.TrayActions;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the tray's menu items do, in terms of the rest of Unknot. */
final class TrayCommands implements TrayActions {

  private static final Logger LOG = LoggerFactory.getLogger(TrayCommands.class);

  /** What the engine and scheduler offer the tray; the daemon supplies it. */
  interface Engine {
    void breakNow(BreakType type);

    void pauseFor(Duration duration);

    void pauseUntilTomorrow();

    void resume();
  }

  private final Engine engine;
  private final SwingCheckIn checkIn;
  private final SqliteBreakLog breaks;
  private final SqliteActivityLog activity;
  private final SqliteKnotDiary diary;
  private final SqliteMouseHandLog hands;
  private final Path configFile;
  private final Path dataDir;
  private final Clock clock;

  TrayCommands(
      Engine engine,
      SwingCheckIn checkIn,
      SqliteBreakLog breaks,
      SqliteActivityLog activity,
      SqliteKnotDiary diary,
      SqliteMouseHandLog hands,
      Path configFile,
      Path dataDir,
      Clock clock) {
    this.engine = engine;
    this.checkIn = checkIn;
    this.breaks = breaks;
    this.activity = activity;
    this.diary = diary;
    this.hands = hands;
    this.configFile = configFile;
    this.dataDir = dataDir;
    this.clock = clock;
  }

  @Override
  public void breakNow(BreakType type) {
    engine.breakNow(type);
  }

  @Override
  public void pause(Duration duration) {
    engine.pauseFor(duration);
  }

  @Override
  public void pauseUntilTomorrow() {
    engine.pauseUntilTomorrow();
  }

  @Override
  public void resume() {
    engine.resume();
  }

  @Override
  public void reportKnot() {
    checkIn.reportKnot(LocalDate.now(clock));
  }

  @Override
  public void mouseHand(Hand hand) {
    hands.record(hand.name().toLowerCase(Locale.ROOT), OffsetDateTime.now(clock));
    LOG.info("mouse hand: {}", hand);
  }

  /** This week so far, until the weekly summary brings the full picture. */
  @Override
  public void weeklySummary() {
    LocalDate monday =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<BreakRecord> week =
        breaks.breaks(monday.atStartOfDay(clock.getZone()).toInstant(), null, null);
    long active = activity.daily(monday).stream().mapToLong(DailyActivity::activeSeconds).sum();
    long knotDays = diary.reports(monday).stream().map(KnotReport::day).distinct().count();
    NoticeWindow.show(
        "Unknot: this week",
        NoticeWindow.INFO,
        "This week so far",
        List.of(
            String.format("Active time: %d h %02d min.", active / 3600, active / 60 % 60),
            "Breaks: "
                + count(week, Outcome.TAKEN)
                + " taken when prompted, "
                + count(week, Outcome.NATURAL)
                + " taken on your own, "
                + count(week, Outcome.SKIPPED)
                + " skipped, "
                + count(week, Outcome.POSTPONED)
                + " postponed, "
                + count(week, Outcome.UNANSWERED)
                + " unanswered.",
            "Days with a knot: " + knotDays + ".",
            "The full weekly summary with its chart comes with a later version."));
  }

  private static long count(List<BreakRecord> week, Outcome outcome) {
    return week.stream().filter(b -> b.outcome() == outcome).count();
  }

  @Override
  public void openConfig() {
    open(configFile, "config file");
  }

  @Override
  public void openDataFolder() {
    open(dataDir, "data folder");
  }

  /** The desktop's own way where Java has one, else xdg-open, else the path to copy. */
  private void open(Path path, String what) {
    File file = path.toFile();
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(file);
        return;
      }
      Process p = new ProcessBuilder("xdg-open", file.getAbsolutePath()).start();
      if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return;
      }
    } catch (IOException | RuntimeException e) {
      LOG.info("could not open the {} ({}); showing its path instead", what, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    NoticeWindow.show(
        "Unknot: " + what,
        NoticeWindow.INFO,
        "Your " + what,
        List.of("Unknot could not open it for you. It is here:", path.toAbsolutePath().toString()));
  }

  @Override
  public void about() {
    NoticeWindow.show(
        "Unknot: about",
        NoticeWindow.INFO,
        "About Unknot",
        List.of(
            "Unknot prompts short posture breaks and keeps a diary of your knot days.",
            "It is not medical advice. Stop any movement that causes sharp pain.",
            "See a physiotherapist or doctor for a knot that lasts longer than two weeks, keeps"
                + " coming back, or comes with numbness, dizziness or pain when you raise your"
                + " arm."));
  }

  @Override
  public void quit() {
    LOG.info("quit from the tray");
    // The shutdown hook records what is in progress; exit() must not run on the tray's thread
    // while the hook waits for it.
    Thread exit = new Thread(() -> System.exit(0), "unknot-quit");
    exit.start();
  }
}
