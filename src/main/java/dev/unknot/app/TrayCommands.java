package dev.unknot.app;

import dev.unknot.core.BreakType;
import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.OperatingSystem;
import dev.unknot.prompt.NoticeWindow;
import dev.unknot.prompt.SwingCheckIn;
import dev.unknot.store.SqliteMouseHandLog;
import dev.unknot.tray.TrayActions;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    void meeting(Optional<Duration> length);

    void endMeeting();
  }

  private final Engine engine;
  private final SwingCheckIn checkIn;
  private final Runnable openSummary;
  private final SqliteMouseHandLog hands;
  private final Path configFile;
  private final Path dataDir;
  private final Clock clock;

  TrayCommands(
      Engine engine,
      SwingCheckIn checkIn,
      Runnable openSummary,
      SqliteMouseHandLog hands,
      Path configFile,
      Path dataDir,
      Clock clock) {
    this.engine = engine;
    this.checkIn = checkIn;
    this.openSummary = openSummary;
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
  public void meeting(Optional<Duration> length) {
    engine.meeting(length);
  }

  @Override
  public void endMeeting() {
    engine.endMeeting();
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

  @Override
  public void weeklySummary() {
    openSummary.run();
  }

  @Override
  public void openConfig() {
    open(
        configFile,
        // not translated: for the log
        "config file",
        Messages.get("open.configFile.title"),
        Messages.get("open.configFile.heading"));
  }

  @Override
  public void openDataFolder() {
    open(
        dataDir,
        // not translated: for the log
        "data folder",
        Messages.get("open.dataFolder.title"),
        Messages.get("open.dataFolder.heading"));
  }

  /**
   * The desktop's own way where Java has one, else the system's opener, else the path to copy.
   *
   * @param what the file's name for the log
   * @param title the title of the card that shows the path instead
   * @param heading the card's heading ("Your config file")
   */
  private void open(Path path, String what, String title, String heading) {
    File file = path.toFile();
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(file);
        return;
      }
      String opener =
          switch (OperatingSystem.current()) {
            case MAC -> "open";
            case WINDOWS -> "explorer";
            case LINUX, OTHER_UNIX -> "xdg-open";
          };
      Process p = new ProcessBuilder(opener, file.getAbsolutePath()).start();
      if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return;
      }
    } catch (IOException | RuntimeException e) {
      LOG.info("could not open the {} ({}); showing its path instead", what, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    NoticeWindow.show(
        title,
        NoticeWindow.INFO,
        heading,
        List.of(Messages.get("open.couldNot"), path.toAbsolutePath().toString()));
  }

  @Override
  public void about() {
    NoticeWindow.show(
        Messages.get("about.title"),
        NoticeWindow.INFO,
        Messages.get("about.heading"),
        List.of(
            Messages.get("about.what"),
            versionAndLicence(TrayCommands.class.getPackage().getImplementationVersion()),
            Messages.get("about.notAdvice"),
            Messages.get("about.seeSomeone")));
  }

  /** The version comes from the jar's manifest; classes run from a build folder have none. */
  static String versionAndLicence(String implementationVersion) {
    return implementationVersion == null
        ? Messages.get("about.developmentBuild")
        : Messages.get("about.version", implementationVersion);
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
