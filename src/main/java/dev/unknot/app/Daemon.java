package dev.unknot.app;

import dev.unknot.autostart.Autostart;
import dev.unknot.autostart.LaunchCommand;
import dev.unknot.autostart.LoginStart;
import dev.unknot.autostart.XdgAutostart;
import dev.unknot.config.ConfigDraft;
import dev.unknot.config.ConfigException;
import dev.unknot.config.ConfigLocation;
import dev.unknot.config.ConfigWatcher;
import dev.unknot.config.Durations;
import dev.unknot.config.TomlConfigLoader;
import dev.unknot.config.UnknotConfig;
import dev.unknot.core.ActivityMinute;
import dev.unknot.core.ActivitySource;
import dev.unknot.core.ActivityTracker;
import dev.unknot.core.Answer;
import dev.unknot.core.BreakEngine;
import dev.unknot.core.BreakFocus;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.CheckIn;
import dev.unknot.core.EngineStatus;
import dev.unknot.core.ExerciseRotation;
import dev.unknot.core.KnotDiary;
import dev.unknot.core.KnotFocus;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Meeting;
import dev.unknot.core.Notifier;
import dev.unknot.core.Outcome;
import dev.unknot.core.QuietDetector;
import dev.unknot.core.i18n.Languages;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.TomlExerciseCatalog;
import dev.unknot.input.DBusIdleActivitySource;
import dev.unknot.input.JNativeHookActivitySource;
import dev.unknot.ipc.ControlClient;
import dev.unknot.ipc.ControlServer;
import dev.unknot.ipc.InstanceLock;
import dev.unknot.lock.DBusScreenLock;
import dev.unknot.notify.NotifySendNotifier;
import dev.unknot.notify.OsascriptNotifier;
import dev.unknot.platform.AppPaths;
import dev.unknot.platform.OperatingSystem;
import dev.unknot.platform.OwnerOnlyFiles;
import dev.unknot.prompt.BreakChime;
import dev.unknot.prompt.Look;
import dev.unknot.prompt.MainWindow;
import dev.unknot.prompt.MassageWindow;
import dev.unknot.prompt.MeetingOverCard;
import dev.unknot.prompt.NoticeWindow;
import dev.unknot.prompt.SettingsWindow;
import dev.unknot.prompt.SummaryWindow;
import dev.unknot.prompt.SwingBreakPrompter;
import dev.unknot.prompt.SwingCheckIn;
import dev.unknot.prompt.WindowNotifier;
import dev.unknot.quiet.QuietSources;
import dev.unknot.quiet.XcbQuietDetector;
import dev.unknot.schedule.QuartzScheduler;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteActivityLog;
import dev.unknot.store.SqliteBreakLog;
import dev.unknot.store.SqliteExerciseLog;
import dev.unknot.store.SqliteKnotDiary;
import dev.unknot.store.SqliteMouseHandLog;
import dev.unknot.store.SqliteSummaryData;
import dev.unknot.store.StoreException;
import dev.unknot.tray.DorkboxTray;
import dev.unknot.tray.TrayActions;
import dev.unknot.tray.TrayHost;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that wires Unknot together for `unknot run`, and takes it apart on exit. */
public final class Daemon {

  /** sysexits.h EX_CONFIG: the configuration is wrong. */
  public static final int EXIT_CONFIG = 78;

  public static final int EXIT_NO_DISPLAY = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
  private static final java.time.LocalTime DIARY_CHECK_AT = java.time.LocalTime.of(12, 30);
  private static final java.time.Duration CONFIG_QUIET = java.time.Duration.ofMillis(300);

  private final AppPaths paths;
  private final Map<String, String> env;
  private TrayHost trayHost = TrayHost.NONE; // found at start-up
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock = Clock.systemDefaultZone();
  private InstanceLock lock;
  private ControlServer control;

  private Database db;
  private SqliteActivityLog activityLog;
  private volatile UnknotConfig config;
  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());
  private Path configFile;
  private ConfigWatcher watcher;
  private volatile DorkboxTray tray;
  private BreakEngine engine;
  private QuartzScheduler scheduler;
  private SwingBreakPrompter prompter;
  private SwingCheckIn checkInUi;
  private KnotDiary knotDiary;
  private XcbQuietDetector quiet;
  private final Meeting meeting = new Meeting(clock);
  private final QuietSources quietSources = new QuietSources();
  private QuietDetector camera;
  private QuietDetector microphone;
  private QuietDetector doNotDisturb;
  private QuietDetector idleInhibitors;
  private DBusScreenLock screenLock;
  private MassageFlow massages;
  private DailyLimitFlow dailyLimit;
  private volatile KnotFocus activeKnots = KnotFocus.NONE;
  private TodaysBreaks todaysBreaks;

  /** Today's check-in as the diary had it at the last look, so that status need not read it. */
  private record CheckInSeen(LocalDate day, String answer) {}

  private volatile CheckInSeen checkInSeen = new CheckInSeen(LocalDate.MIN, "");
  private ActivitySource input;
  private SummaryFlow summaries;
  private final NotifySendNotifier notifySend = new NotifySendNotifier();
  private final BreakChime chime = new BreakChime();
  private volatile boolean doneClicked;

  public Daemon(AppPaths paths, Map<String, String> env, PrintStream out, PrintStream err) {
    this.paths = paths;
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Runs until the process is told to stop; returns an exit code only when start-up fails. */
  public int run(Path configOverride) throws InterruptedException, IOException {
    try {
      NativeEnvironment.keepCachesIn(paths.stateDir());
    } catch (IOException e) {
      err.println("unknot: " + e.getMessage());
      return 1;
    }
    NativeEnvironment.prepareForTheDesktop();
    Optional<String> noDisplay = DisplayCheck.problem(env);
    if (noDisplay.isPresent()) {
      err.println("unknot: " + noDisplay.get());
      return EXIT_NO_DISPLAY;
    }
    ConfigLocation location = ConfigLocation.resolve(configOverride, env, paths);
    configFile = location.file();
    if (location.source() == ConfigLocation.Source.DEFAULT && Files.notExists(configFile)) {
      writeDefaultConfig();
    }
    try {
      config = loader.load(configFile);
      LOG.info("config: {} ({})", configFile.toAbsolutePath(), location.why());
    } catch (ConfigException e) {
      for (String problem : e.problems()) {
        err.println(problem);
      }
      err.println(Messages.get("daemon.configProblems", e.problems().size()));
      return EXIT_CONFIG;
    }

    try {
      Optional<InstanceLock> acquired = InstanceLock.acquire(paths.instanceLock());
      if (acquired.isEmpty()) {
        String pid =
            InstanceLock.holder(paths.instanceLock()).stream()
                .mapToObj(p -> Messages.get("daemon.alreadyRunningPid", String.valueOf(p)))
                .findFirst()
                .orElse(Messages.get("daemon.alreadyRunning"));
        // Started again from the app menu: where there is no tray, this is how to reach it.
        Optional<String> opened = openWindowOfTheRunningOne();
        if (opened.isPresent()) {
          out.println(Messages.get("window.already.running", opened.get()));
          return 0;
        }
        out.println(pid);
        return 0;
      }
      lock = acquired.get();
    } catch (IOException e) {
      err.println(Messages.get("daemon.noLock", paths.instanceLock(), e.getMessage()));
      return 1;
    }
    try {
      db = Database.open(paths.database());
    } catch (StoreException e) {
      err.println("unknot: " + e.getMessage());
      return 1;
    }
    LOG.info("database: {}", paths.database());
    activityLog = new SqliteActivityLog(db);
    LOG.info("logs: {}", paths.stateDir());

    // AWT names its X windows (WM_CLASS) after the thread that first touches it: make that main.
    java.awt.Toolkit.getDefaultToolkit();
    // Asked once: without an XEmbed tray it is a D-Bus round trip.
    trayHost = TrayHost.detect();
    if (OperatingSystem.current().followsXdg() && trayHost == TrayHost.XEMBED) {
      Look.serveAnXEmbedTray();
    }
    useLanguage(config.ui().language());
    Look.use(config.ui().theme(), env); // before any window, the tray's menu included
    ActivityTracker tracker = new ActivityTracker(clock, config.engine().idleThreshold());
    SqliteBreakLog breakLog = new SqliteBreakLog(db);
    List<dev.unknot.core.BreakRecord> alreadyToday =
        breakLog.breaks(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant(), null, null);
    todaysBreaks = new TodaysBreaks(breakLog, clock, alreadyToday);
    prompter = new SwingBreakPrompter(this::answer);
    prompter.setRestStyle(config.ui().restStyle());
    engine =
        new BreakEngine(
            config.engine(),
            clock,
            tracker,
            prompter,
            this::recordBreak,
            this::recordActivity,
            new ExerciseRotation(config.exercises(), new SecureRandom()));
    engine.reportProblemsTo(LOG::warn);
    // Today's skips come from the diary, so a restart does not bring the day's budget back.
    for (BreakType type : BreakType.values()) {
      int skipped =
          (int)
              alreadyToday.stream()
                  .filter(r -> r.type() == type && r.outcome() == Outcome.SKIPPED)
                  .filter(
                      r ->
                          r.startedAt()
                              .atZoneSameInstant(clock.getZone())
                              .toLocalDate()
                              .equals(LocalDate.now(clock)))
                  .count();
      engine.skippedToday(type, skipped);
    }
    if (OperatingSystem.current().followsXdg()) {
      quiet =
          XcbQuietDetector.connect(
                  env.get("DISPLAY"), config.quiet().fullscreen(), config.quiet().apps())
              .orElse(null);
      camera = QuietSources.camera().orElse(null);
      microphone = QuietSources.microphone();
      doNotDisturb = quietSources.doNotDisturb();
      idleInhibitors = quietSources.idleInhibitors();
      useQuietSources(config.quiet());
    }
    // The lock and the meeting are asked first and outside the sources' 2 s memory: an unlock or
    // the end of a meeting shows the break at once.
    engine.setQuietDetector(
        QuietDetector.lockedOr(tracker, () -> meeting.reason().or(quietSources::reason)));
    engine.limitHolds(config.quiet().maxHold(), this::remindOfLongHold);
    scheduler =
        new QuartzScheduler(
            () -> {
              Instant next = engine.update();
              showInTray(engine.snapshot());
              return next;
            });
    tracker.setBurstListener(scheduler::wakeNow);
    if (OperatingSystem.current().followsXdg()) {
      screenLock = watchScreenLock(tracker);
    }

    input = activitySource();
    try {
      input.start(tracker);
    } catch (IllegalStateException e) {
      err.println("unknot: " + e.getMessage());
      db.close();
      lock.close();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "unknot-shutdown"));
    scheduler.start();
    knotDiary = new SqliteKnotDiary(db);
    CheckInFlow checkIns =
        new CheckInFlow(knotDiary, activityLog, scheduler, clock, config.checkIn());
    checkIns.onDiaryChange(this::refreshFocus);
    refreshFocus();
    // Knots reported from the command line, and days passing, change the focus too.
    scheduler.every("focus", java.time.Duration.ofMinutes(10), this::refreshFocus);
    // Damage in the middle of the file shows only to a full check: at open, and once a day.
    scheduler.daily("diary-check", DIARY_CHECK_AT, clock.getZone(), db::checkNow);
    massages =
        new MassageFlow(
            activityLog,
            new SqliteExerciseLog(db),
            () -> activeKnots,
            clock,
            config.focus().massageReminders(),
            MassageWindow::show);
    scheduler.every("massage", MassageFlow.CHECK_EVERY, massages::check);
    dailyLimit =
        new DailyLimitFlow(
            activityLog,
            notifiers(),
            paths.stateDir().resolve("daily-limit-shown"),
            clock,
            config.dailyLimit());
    scheduler.every("daily-limit", DailyLimitFlow.CHECK_EVERY, dailyLimit::check);
    checkInUi = new SwingCheckIn(checkIns, clock);
    summaries =
        new SummaryFlow(
            new SqliteSummaryData(db),
            scheduler,
            clock,
            config,
            notifiers(),
            week -> SummaryWindow.open(week, summaries::summarize));
    summaries.start();
    checkGnomeBreakReminders();
    startTray();
    startCheckIns(checkIns);
    try {
      watcher = new ConfigWatcher(configFile, CONFIG_QUIET, () -> reload(checkIns));
    } catch (IOException e) {
      LOG.warn(
          "cannot watch {} for changes ({}); restart Unknot after editing it",
          configFile,
          e.getMessage());
    }
    turnOnAutostartOnce();
    startControlSocket();
    LOG.info("Unknot is running (pid {})", ProcessHandle.current().pid());

    new CountDownLatch(1).await(); // Until the shutdown hook ends the process.
    return 0;
  }

  /**
   * Last of all: a request (`unknot knot add` tells the daemon the diary changed) can reach every
   * part, so each must be wired first. Its answering `status` is also how tests and the CLI know
   * that Unknot has started.
   */
  private void startControlSocket() {
    try {
      control = ControlServer.start(paths.controlSocket(), this::control);
      LOG.info("control socket: {}", paths.controlSocket());
    } catch (IOException e) {
      LOG.warn(
          "no control socket at {} ({}); `unknot status` and friends will not reach this run",
          paths.controlSocket(),
          e.getMessage());
    }
  }

  /** The first start writes the commented defaults, so there is a file to open and edit. */
  private void writeDefaultConfig() {
    try {
      OwnerOnlyFiles.file(configFile);
      Files.writeString(configFile, TomlConfigLoader.defaultsText());
      LOG.info("wrote the default config to {}", configFile);
    } catch (IOException e) {
      LOG.warn("cannot write the default config to {}: {}", configFile, e.getMessage());
    }
  }

  /**
   * A changed config file: applied if valid, keeping the active time already counted; otherwise the
   * settings in use stay, and the user hears about the first problem once.
   */
  private void reload(CheckInFlow checkIns) {
    if (Files.notExists(configFile)) {
      LOG.warn("{} is gone; keeping the settings in use", configFile);
      return;
    }
    UnknotConfig next;
    try {
      next = loader.load(configFile);
    } catch (ConfigException e) {
      e.problems().forEach(p -> LOG.warn("config not applied: {}", p));
      SettingsWindow.fileChanged(config); // it marks the mistake where its field is
      NoticeWindow.show(
          Messages.get("daemon.reload.title"),
          NoticeWindow.WARNING,
          Messages.get("daemon.reload.heading"),
          List.of(
              Messages.get("daemon.reload.kept", e.problems().size()),
              e.problems().get(0),
              Messages.get("daemon.reload.checkAll")));
      return;
    }
    config = next;
    useLanguage(next.ui().language());
    Look.use(next.ui().theme(), env);
    SettingsWindow.fileChanged(next);
    prompter.setRestStyle(next.ui().restStyle());
    engine.applySettings(next.engine());
    engine.applyExercises(next.exercises());
    checkIns.apply(next.checkIn());
    summaries.apply(next);
    if (quiet != null) {
      quiet.apply(next.quiet().fullscreen(), next.quiet().apps());
    }
    if (OperatingSystem.current().followsXdg()) {
      useQuietSources(next.quiet());
    }
    engine.limitHolds(next.quiet().maxHold(), this::remindOfLongHold);
    massages.apply(next.focus().massageReminders());
    dailyLimit.apply(next.dailyLimit());
    refreshFocus();
    scheduler.wakeNow();
    LOG.info("config reloaded from {}", configFile);
  }

  /** The sources of a hold the config turns on, cheapest first; each one the system has. */
  private void useQuietSources(UnknotConfig.Quiet wanted) {
    Map<String, QuietDetector> sources = new LinkedHashMap<>();
    if (quiet != null) {
      // not translated: a name for the log
      sources.put("focused window", quiet);
    }
    if (wanted.camera() && camera != null) {
      sources.put("camera", camera);
    }
    if (wanted.microphone()) {
      sources.put("microphone", microphone);
    }
    if (wanted.doNotDisturb()) {
      sources.put("do-not-disturb", doNotDisturb);
    }
    if (wanted.idleInhibitors()) {
      // not translated: a name for the log
      sources.put("idle inhibitors", idleInhibitors);
    }
    quietSources.use(sources);
    LOG.info(
        "quiet: a due break waits while held by: {}",
        sources.isEmpty() ? "nothing" : String.join(", ", sources.keySet()));
  }

  /**
   * A break waited quiet.max_hold and stopped waiting: one gentle notification in its place, on a
   * thread of its own, since showing one may take a moment and the engine must not wait for it.
   */
  private void remindOfLongHold(BreakType type, String reason) {
    UnknotConfig.Quiet wanted = config.quiet();
    String waited = Durations.format(wanted.maxHold());
    // not translated: log
    String what = type == BreakType.MICRO ? "micro-break" : "rest break";
    String shown = Messages.get(type == BreakType.MICRO ? "daemon.micro" : "daemon.rest");
    LOG.info(
        "held: the {} waited {} while {}; a notification stands in for it", what, waited, reason);
    Thread remind =
        new Thread(
            () -> {
              for (Notifier notifier : notifiers()) {
                if (notifier.show(
                    Messages.get("daemon.longHold.title", waited),
                    List.of(
                        Messages.get("daemon.longHold.what", shown, waited, reason),
                        Messages.get("daemon.longHold.advice")),
                    null)) {
                  return;
                }
              }
            },
            "unknot-long-hold");
    remind.setDaemon(true);
    remind.start();
  }

  /**
   * What the active knots and the config ask of the breaks, from the diary as it is now. A diary
   * that cannot be read leaves the focus as it was.
   */
  private void refreshFocus() {
    try {
      LocalDate today = LocalDate.now(clock);
      List<KnotReport> reports = knotDiary.reports(today.minusDays(KnotFocus.ACTIVE_DAYS));
      List<CheckIn> checkIns = new ArrayList<>();
      for (int back = 0; back <= KnotFocus.ACTIVE_DAYS; back++) {
        knotDiary.checkIn(today.minusDays(back)).ifPresent(checkIns::add);
      }
      checkInSeen =
          new CheckInSeen(
              today,
              checkIns.stream()
                  .filter(c -> c.day().equals(today))
                  .findFirst()
                  .map(c -> c.hadKnot() ? "knot" : "no-knot")
                  .orElse(""));
      KnotFocus knots = KnotFocus.active(reports, checkIns, today);
      activeKnots = knots;
      UnknotConfig.Focus wanted = config.focus();
      engine.applyFocus(
          BreakFocus.of(
              knots,
              wanted.onKnots(),
              wanted.tightenBreaks(),
              wanted.tightenFactor(),
              wanted.mouseNudge()));
      showInTray(engine.snapshot());
    } catch (StoreException e) {
      LOG.warn("cannot read the knot diary for the break focus: {}", e.getMessage());
    }
  }

  /**
   * Requests from `unknot status`, `pause`, `resume`, `meeting`, `break-now` and `quit`, applied at
   * once. A malformed request (a hostile or outdated client) gets an IllegalArgumentException that
   * says what was wrong in words, never a Java exception's name.
   */
  private Map<String, String> control(List<String> words) {
    Map<String, String> answer = new LinkedHashMap<>();
    switch (words.get(0)) {
      case "status" -> {
        EngineStatus status = engine.status();
        answer.put("pid", String.valueOf(ProcessHandle.current().pid()));
        answer.put("summary", status.summary(clock.getZone()));
        answer.put("paused_until", status.pausedUntil().map(Instant::toString).orElse(""));
        answer.put("held", heldBy(status));
        answer.put("screen_locked", String.valueOf(screenLock != null && screenLock.locked()));
        answer.put(
            "break_on_screen",
            status.openBreak().filter(b -> status.onScreen()).map(BreakType::id).orElse(""));
        // A break announced by the heads-up card, or due and waiting for the user's pause.
        answer.put("upcoming", status.upcoming().map(u -> u.type().id()).orElse(""));
        answer.put("upcoming_exercise", status.upcoming().map(u -> u.exercise()).orElse(""));
        answer.put("upcoming_stage", status.upcoming().map(u -> u.stage().id()).orElse(""));
        answer.put("gnome_break_reminders", String.join(",", gnomeReminders));
        for (EngineStatus.Timer t : status.timers()) {
          answer.put(t.type().id() + ".enabled", String.valueOf(t.enabled()));
          answer.put(t.type().id() + ".active_seconds", String.valueOf(t.active().toSeconds()));
          answer.put(
              t.type().id() + ".until_due_seconds", String.valueOf(t.untilDue().toSeconds()));
        }
        // Today's diary from memory: a diary locked by another process must not hold status up.
        todaysBreaks.today().forEach((o, n) -> answer.put("today." + o.id(), String.valueOf(n)));
        CheckInSeen seen = checkInSeen;
        answer.put("checkin", seen.day().equals(LocalDate.now(clock)) ? seen.answer() : "");
        putMeeting(answer);
        return answer;
      }
      case "meeting" -> {
        String length = argument(words, Messages.get("daemon.request.secondsOrUntilEnded"));
        Optional<java.time.Duration> asked;
        if (length.equals("until-ended")) {
          asked = Optional.empty();
        } else {
          long seconds;
          try {
            seconds = Long.parseLong(length);
          } catch (NumberFormatException e) {
            seconds = -1;
          }
          long longest = Durations.LONGEST.toSeconds();
          if (seconds < 1 || seconds > longest) {
            throw new IllegalArgumentException(
                Messages.get(
                    "daemon.request.meetingRange", String.valueOf(longest), "'" + length + "'"));
          }
          asked = Optional.of(java.time.Duration.ofSeconds(seconds));
        }
        startMeeting(asked);
        putMeeting(answer);
      }
      case "meeting-end" -> answer.put("was_in_meeting", String.valueOf(endMeeting()));
      case "break-now" -> {
        BreakType asked =
            words.size() > 1
                ? BreakType.fromId(argument(words, Messages.get("daemon.request.microOrRest")))
                : BreakType.MICRO;
        breakNow(asked);
        // What is really on screen: a break already up stays, whatever type was asked for.
        EngineStatus now = engine.snapshot();
        answer.put("asked", asked.id());
        answer.put("break", now.openBreak().map(BreakType::id).orElse(""));
        answer.put("held", now.why().filter(w -> now.held()).orElse(""));
        answer.put("summary", now.summary(clock.getZone()));
      }
      case "pause" -> {
        String seconds = argument(words, Messages.get("daemon.request.seconds"));
        long length;
        try {
          length = Long.parseLong(seconds);
        } catch (NumberFormatException e) {
          length = -1;
        }
        long longest = Durations.LONGEST.toSeconds();
        if (length < 1 || length > longest) {
          throw new IllegalArgumentException(
              Messages.get(
                  "daemon.request.pauseRange", String.valueOf(longest), "'" + seconds + "'"));
        }
        answer.put("paused_until", pauseFor(java.time.Duration.ofSeconds(length)).toString());
      }
      case "pause-until-tomorrow" -> answer.put("paused_until", pauseUntilTomorrow().toString());
      case "resume" -> {
        // Said before resuming, so `unknot resume` can tell "back on" from "were not paused".
        answer.put("was_paused", String.valueOf(engine.status().pausedUntil().isPresent()));
        resumeBreaks();
      }
      case "diary-changed" -> {
        refreshFocus();
        SwingCheckIn asking = checkInUi;
        if (asking != null) {
          asking.diaryChanged(); // a check-in card whose day now has an answer closes
        }
      }
      case "mouse-hand" -> {
        String named = argument(words, Messages.get("daemon.request.leftOrRight"));
        TrayActions.Hand hand =
            switch (named) {
              case "left" -> TrayActions.Hand.LEFT;
              case "right" -> TrayActions.Hand.RIGHT;
              default ->
                  throw new IllegalArgumentException(
                      Messages.get("daemon.request.handNamed", "'" + named + "'"));
            };
        DorkboxTray shown = tray;
        if (shown != null) {
          shown.showHand(hand);
        }
        answer.put("hand", named);
      }
      case "window" -> {
        openWindow();
        answer.put("pid", String.valueOf(ProcessHandle.current().pid()));
      }
      case "settings" -> {
        openSettings();
        answer.put("config", configFile.toAbsolutePath().toString());
      }
      case "quit" -> {
        answer.put("pid", String.valueOf(ProcessHandle.current().pid()));
        quitSoon();
      }
      default ->
          throw new IllegalArgumentException(
              Messages.get("daemon.request.unknown", "'" + words.get(0) + "'"));
    }
    return answer;
  }

  /** What holds the due break and why, as in "the microphone is in use by firefox"; or "". */
  private static String heldBy(EngineStatus status) {
    return status.heldReason().orElse("");
  }

  /** The request's one argument, or an error naming what it takes. */
  private static String argument(List<String> words, String takes) {
    if (words.size() != 2) {
      throw new IllegalArgumentException(
          Messages.get("daemon.request.oneArgument", words.get(0), takes));
    }
    return words.get(1);
  }

  /** Asks the running Unknot to open its window; its process id when it did. */
  private Optional<String> openWindowOfTheRunningOne() {
    try {
      return ControlClient.send(paths.controlSocket(), "window")
          .filter(ControlClient.Answer::ok)
          .map(a -> a.values().get("pid"));
    } catch (IOException e) {
      LOG.info("the running Unknot did not open its window: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Unknot's own window, from `unknot window` or a second start. */
  private void openWindow() {
    TrayCommands actions = trayCommands;
    if (actions == null) {
      throw new IllegalArgumentException(Messages.get("window.stillStarting"));
    }
    MainWindow.open(actions, engine::status, clock.getZone());
  }

  /**
   * `unknot quit`: the same clean stop as a logout's SIGTERM (the shutdown hook), on a thread of
   * its own so the answer goes out first; the command line then waits for this process to end.
   */
  private static void quitSoon() {
    Thread quit = new Thread(() -> System.exit(0), "unknot-quit");
    quit.start();
  }

  // --- what the control socket and the tray menu both do, applied at once

  private void breakNow(BreakType type) {
    engine.breakNow(type);
    applyNow();
  }

  private Instant pauseFor(java.time.Duration duration) {
    Instant until = clock.instant().plus(duration);
    engine.pauseUntil(until);
    applyNow();
    return until;
  }

  private Instant pauseUntilTomorrow() {
    Instant until = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    engine.pauseUntil(until);
    applyNow();
    return until;
  }

  private void resumeBreaks() {
    engine.resume();
    applyNow();
  }

  // --- meeting mode, from the control socket, the tray and the "meeting over" card

  private void putMeeting(Map<String, String> answer) {
    Meeting.Phase phase = meeting.phase();
    answer.put(
        "meeting",
        switch (phase) {
          case NONE -> "";
          case ON -> "on";
          case TIME_UP -> "time-up";
        });
    answer.put("meeting_until", meeting.until().map(Instant::toString).orElse(""));
    answer.put("meeting_text", meeting.describe(clock.getZone()).orElse(""));
  }

  private void startMeeting(Optional<java.time.Duration> length) {
    Optional<Instant> until = meeting.start(length);
    LOG.info("in a meeting {}", until.map(u -> "until " + u).orElse("until it is ended"));
    MeetingOverCard.closeShowing();
    meetingChanged();
  }

  private boolean endMeeting() {
    boolean was = meeting.end();
    if (was) {
      LOG.info("meeting ended");
    }
    MeetingOverCard.closeShowing();
    meetingChanged();
    return was;
  }

  /** Times the meeting's next change, and applies its hold (or the end of it) at once. */
  private void meetingChanged() {
    meeting
        .nextChange()
        .ifPresentOrElse(
            at -> scheduler.once("meeting", at, this::meetingTimeReached),
            () -> scheduler.cancel("meeting"));
    applyNow();
  }

  /** The end of a meeting, or of the wait for an answer to its card. */
  private void meetingTimeReached() {
    if (meeting.takeTimeUp()) {
      LOG.info("meeting time is up; asking what next");
      EngineStatus now = engine.status();
      MeetingOverCard.show(
          now.openBreak()
              .map(
                  type ->
                      Messages.get(
                          type == BreakType.MICRO
                              ? "daemon.meetingOver.microWaited"
                              : "daemon.meetingOver.restWaited"))
              .orElse(Messages.get("daemon.meetingOver.noneDue", now.timing(clock.getZone()))),
          new MeetingOverCard.Choices() {
            @Override
            public void breakNow() {
              LOG.info("meeting over: break now");
              endMeeting();
              breakUnlessOneIsOpen();
            }

            @Override
            public void breakInFiveMinutes() {
              LOG.info("meeting over: the break in 5 minutes");
              meeting.extendThenBreak(java.time.Duration.ofMinutes(5));
              meetingChanged();
            }

            @Override
            public void extendFifteenMinutes() {
              LOG.info("meeting over: extended by 15 minutes");
              meeting.extend(java.time.Duration.ofMinutes(15));
              meetingChanged();
            }

            @Override
            public void dismissed() {
              LOG.info("meeting over: card closed");
              endMeeting();
            }
          });
    } else if (meeting.takeBreakAtEnd()) {
      LOG.info("meeting over: the break the user asked for");
      applyNow(); // a held break shows now; else one is started
      breakUnlessOneIsOpen();
    } else if (meeting.phase() == Meeting.Phase.NONE) {
      MeetingOverCard.closeShowing(); // unanswered: the break waited long enough
    }
    meetingChanged();
  }

  /** The break the user asked for at a meeting's end: the one held, else a micro-break. */
  private void breakUnlessOneIsOpen() {
    if (engine.snapshot().openBreak().isEmpty()) {
      breakNow(BreakType.MICRO);
    }
  }

  private void applyNow() {
    engine.update();
    scheduler.wakeNow();
    showInTray(engine.snapshot());
  }

  private void showInTray(EngineStatus status) {
    DorkboxTray shown = tray;
    if (shown != null) {
      shown.update(status, clock.getZone(), meeting.describe(clock.getZone()));
      refreshTrayWhenItsMinutesChange(status);
    }
  }

  private volatile boolean trayRefreshPending;

  /**
   * Active time until "N min" for this much left shows one minute less, as EngineStatus rounds it
   * (whole seconds, rounded up to minutes); 0 where it shows "under a minute" until the break.
   */
  static long untilShownMinutesChange(java.time.Duration untilDue) {
    long shown = (untilDue.toSeconds() + 59) / 60;
    return shown <= 1 ? 0 : untilDue.toMillis() - ((shown - 1) * 60 + 1) * 1000 + 1;
  }

  /**
   * Between ticks the tray's minutes still count down while the user works, so it is shown again
   * when they change. While the user pauses, or a break or pause is on, nothing it shows changes
   * until the next tick, which shows it anyway: a refresh every 20 s woke two threads three times
   * an idle minute (issue 20).
   */
  private synchronized void refreshTrayWhenItsMinutesChange(EngineStatus status) {
    if (trayRefreshPending || status.idle() || status.phase() != EngineStatus.Phase.COUNTING) {
      return;
    }
    OptionalLong untilChange =
        status.timers().stream()
            .filter(EngineStatus.Timer::enabled)
            .mapToLong(t -> untilShownMinutesChange(t.untilDue()))
            .filter(ms -> ms > 0)
            .min();
    if (untilChange.isEmpty()) {
      return;
    }
    trayRefreshPending = true;
    scheduler.once(
        "tray",
        clock.instant().plusMillis(untilChange.getAsLong() + 500),
        () -> {
          trayRefreshPending = false;
          showInTray(engine.status());
        });
  }

  /**
   * The .msi and .dmg cannot set up start at login for the user, so the installed Unknot does it at
   * its first start, unless the user has already turned it on or off. Linux packages install an
   * autostart entry instead.
   */
  private void turnOnAutostartOnce() {
    List<String> launcher = LaunchCommand.current();
    if (System.getProperty("jpackage.app-path") == null) {
      return; // Run from a jar: a developer, who decides for themselves.
    }
    Optional<Autostart> found =
        LoginStart.withoutInstaller(
            OperatingSystem.current(),
            Path.of(env.getOrDefault("HOME", System.getProperty("user.home"))),
            launcher);
    if (found.isEmpty()) {
      return;
    }
    Autostart autostart = found.get();
    try {
      if (autostart.enableUnlessChosen()) {
        LOG.info("Unknot now starts at login ({})", autostart.status().how());
      }
    } catch (IOException e) {
      LOG.warn("could not set Unknot to start at login: {}", e.getMessage());
    }
  }

  /** Freedesktop notifications on Linux, Notification Center on macOS, else a small window. */
  private List<Notifier> notifiers() {
    return switch (OperatingSystem.current()) {
      case MAC -> List.of(new OsascriptNotifier(), new WindowNotifier());
      case WINDOWS -> List.of(new WindowNotifier());
      case LINUX, OTHER_UNIX -> List.of(notifySend, new WindowNotifier());
    };
  }

  /** The tray's "Weekly summary…": the week the summary would show now. */
  private void openCurrentSummary() {
    SummaryWindow.open(summaries.weekShownNow(), summaries::summarize);
  }

  private List<String> gnomeReminders = List.of();

  /** Said once: with GNOME's own break reminders on as well, the user is reminded twice. */
  private void checkGnomeBreakReminders() {
    if (!OperatingSystem.current().followsXdg()) {
      return;
    }
    gnomeReminders = GnomeBreakReminders.selected(env);
    if (!gnomeReminders.isEmpty()) {
      LOG.warn(
          "GNOME's own break reminders are on ({}): you will be reminded twice; turn them off in"
              + " Settings, Wellbeing, or pause Unknot",
          String.join(", ", gnomeReminders));
    }
  }

  /** GNOME has a tray only with the AppIndicator extension: say how to turn it on. */
  static List<String> noTrayAdvice(String currentDesktop) {
    String terminal = Messages.get("daemon.noTray.terminal");
    String window = Messages.get("window.notray.advice");
    if (currentDesktop == null || !currentDesktop.toUpperCase(Locale.ROOT).contains("GNOME")) {
      return List.of(window, terminal);
    }
    return List.of(window, terminal, Messages.get("daemon.noTray.gnome"));
  }

  /** What the tray menu and Unknot's own window do; set before the control socket opens. */
  private volatile TrayCommands trayCommands;

  /** Counted down once the tray has started, or failed to. */
  private final java.util.concurrent.CountDownLatch trayStarted =
      new java.util.concurrent.CountDownLatch(1);

  /** How long the start-up check-in waits for the tray; a hung tray must not hide it for long. */
  private static final java.time.Duration TRAY_START_WAIT = java.time.Duration.ofSeconds(20);

  /**
   * The daily question, and the one for a day missed, as Unknot starts. With a StatusNotifier tray,
   * dorkbox starts GTK 3 on a thread of its own; a Swing window opening on the same display
   * meanwhile crashed the JVM inside gtk_init_check on a loaded GNOME Shell (CheckInOnGnome), so
   * there the first window waits until the tray is up.
   */
  private void startCheckIns(CheckInFlow checkIns) {
    if (trayHost != TrayHost.STATUS_NOTIFIER) {
      checkIns.start(checkInUi);
      return;
    }
    Thread waiting =
        new Thread(
            () -> {
              try {
                if (!trayStarted.await(TRAY_START_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                  LOG.info("the tray is still starting; the check-in comes without waiting");
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              checkIns.start(checkInUi);
            },
            "unknot-check-in-start");
    waiting.setDaemon(true);
    waiting.start();
  }

  private void startTray() {
    SqliteMouseHandLog hands = new SqliteMouseHandLog(db);
    TrayCommands commands =
        new TrayCommands(
            new TrayCommands.Engine() {
              @Override
              public void breakNow(BreakType type) {
                Daemon.this.breakNow(type);
              }

              @Override
              public void pauseFor(java.time.Duration duration) {
                Daemon.this.pauseFor(duration);
              }

              @Override
              public void pauseUntilTomorrow() {
                Daemon.this.pauseUntilTomorrow();
              }

              @Override
              public void resume() {
                resumeBreaks();
              }

              @Override
              public void meeting(Optional<java.time.Duration> length) {
                startMeeting(length);
              }

              @Override
              public void endMeeting() {
                Daemon.this.endMeeting();
              }
            },
            checkInUi,
            this::openCurrentSummary,
            hands,
            configFile,
            paths.dataDir(),
            clock);
    trayCommands = commands;
    commands.onSettings(this::openSettings);
    Optional<TrayActions.Hand> hand =
        hands.current().map(h -> TrayActions.Hand.valueOf(h.toUpperCase(java.util.Locale.ROOT)));
    // The tray library runs desktop programs and waits on them as it starts; on a thread of its
    // own, a slow start delays only the icon, never the breaks or the control socket.
    Thread starting =
        new Thread(
            () -> {
              try {
                showTray(commands, hand);
              } catch (RuntimeException | LinkageError e) {
                LOG.warn(
                    "the system tray failed to start ({}); Unknot carries on without it",
                    e.toString(),
                    e);
              } finally {
                trayStarted.countDown();
              }
            },
            "unknot-tray-start");
    starting.setDaemon(true);
    starting.start();
  }

  private void showTray(TrayCommands commands, Optional<TrayActions.Hand> hand) {
    tray = DorkboxTray.start(trayHost, commands, hand).orElse(null);
    if (tray == null) {
      NoticeWindow.show(
          Messages.get("daemon.noTray.title"),
          NoticeWindow.WARNING,
          Messages.get("daemon.noTray.heading"),
          noTrayAdvice(env.get("XDG_CURRENT_DESKTOP")));
      return;
    }
    showInTray(engine.snapshot());
  }

  /** The settings window: from the tray, `unknot settings` and the desktop entry's action. */
  private void openSettings() {
    Path file = configFile;
    SettingsWindow.open(
        new ConfigDraft(loader, file),
        config,
        TomlExerciseCatalog.shipped(),
        loginStart(),
        () -> TrayCommands.openConfigFile(file));
  }

  /** Start at login as `unknot autostart` sees it: the desktop's own entry. */
  private SettingsWindow.LoginStart loginStart() {
    List<String> launcher = LaunchCommand.current();
    Autostart autostart =
        LoginStart.withoutInstaller(
                OperatingSystem.current(),
                Path.of(env.getOrDefault("HOME", System.getProperty("user.home"))),
                launcher)
            .orElseGet(
                () -> {
                  List<Path> dirs =
                      java.util.Arrays.stream(env.getOrDefault("XDG_CONFIG_DIRS", "").split(":"))
                          .filter(d -> !d.isBlank() && Path.of(d).isAbsolute())
                          .map(Path::of)
                          .toList();
                  return new XdgAutostart(
                      paths.configDir().getParent(),
                      dirs.isEmpty() ? List.of(Path.of("/etc/xdg")) : dirs,
                      launcher);
                });
    return new SettingsWindow.LoginStart() {
      @Override
      public boolean enabled() throws IOException {
        return autostart.status().enabled();
      }

      @Override
      public void set(boolean enabled) throws IOException {
        if (enabled) {
          autostart.enable();
        } else {
          autostart.disable();
        }
        LOG.info("start at login {} from the settings window", enabled ? "on" : "off");
      }
    };
  }

  /** Keeps event counts only where the user allows it ([privacy] record_activity_counts). */
  private void recordActivity(List<ActivityMinute> minutes) {
    activityLog.record(
        config.recordActivityCounts()
            ? minutes
            : minutes.stream()
                .map(
                    m ->
                        new ActivityMinute(
                            m.epochMinute(), m.activeSeconds(), 0, 0, m.utcOffsetSeconds()))
                .toList());
  }

  /**
   * A break into the log; one taken by resting ends with the chime, if the user wants it (who
   * clicked Done is looking at the screen already).
   */
  private void recordBreak(BreakRecord record) {
    todaysBreaks.record(record);
    boolean clickedDone = doneClicked;
    doneClicked = false;
    if (record.outcome() == Outcome.TAKEN && !clickedDone && config.ui().sound()) {
      chime.play();
    }
  }

  private void answer(long promptId, Answer answer) {
    if (answer == Answer.DONE) {
      doneClicked = true;
    }
    engine.answer(promptId, answer);
    scheduler.wakeNow();
  }

  /**
   * The global input hook, except in a Wayland session, where it sees only Xwayland windows: there
   * the desktop's idle time over D-Bus, falling back to the hook when the desktop has none.
   */
  private ActivitySource activitySource() {
    if (waylandSession(env)) {
      try {
        return DBusIdleActivitySource.connect(null, clock);
      } catch (IllegalStateException e) {
        LOG.warn(
            "Wayland session, but {}; the input hook sees only X11 windows, so breaks may come"
                + " while you work in others",
            e.getMessage());
      }
    }
    return new JNativeHookActivitySource(paths.stateDir().resolve("native"));
  }

  /**
   * Time locked is time away: input at the lock screen is not counted, and no prompt shows over it.
   */
  private DBusScreenLock watchScreenLock(ActivityTracker tracker) {
    DBusScreenLock lock =
        DBusScreenLock.watch(
            env,
            (locked, source) -> {
              tracker.setScreenLocked(locked);
              LOG.info("screen {} ({})", locked ? "locked" : "unlocked", source);
              scheduler.wakeNow();
            });
    tracker.setScreenLocked(lock.locked());
    return lock;
  }

  static boolean waylandSession(Map<String, String> env) {
    String type = env.getOrDefault("XDG_SESSION_TYPE", "");
    boolean noX = env.getOrDefault("DISPLAY", "").isBlank();
    return type.equalsIgnoreCase("wayland")
        || (noX && !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank());
  }

  /**
   * Stops input first, so nothing changes while the last state is recorded. Each step runs even
   * when one before it failed: the engine's last records and closing the diary come what may.
   */
  private void stop() {
    LOG.info("stopping");
    new ShutdownSteps()
        // not translated: a step's name, for the log
        .then("the control socket", () -> closeIfStarted(control))
        // not translated: a step's name, for the log
        .then("the config watcher", () -> closeIfStarted(watcher))
        // not translated: a step's name, for the log
        .then("the input source", () -> closeIfStarted(input))
        // not translated: a step's name, for the log
        .then("the scheduler", () -> closeIfStarted(scheduler))
        // not translated: a step's name, for the log
        .then("the tray", () -> closeIfStarted(tray))
        // not translated: a step's name, for the log
        .then("the break engine", this::saveLastRecords)
        // not translated: a step's name, for the log
        .then("notifications", notifySend::close)
        // not translated: a step's name, for the log
        .then("the quiet detector", () -> closeIfStarted(quiet))
        // not translated: a step's name, for the log
        .then("the sources of a hold", quietSources::close)
        // not translated: a step's name, for the log
        .then("the screen lock watch", () -> closeIfStarted(screenLock))
        .then(
            // not translated: a step's name, for the log
            "the prompts",
            () -> {
              if (prompter != null) {
                prompter.closeAll();
              }
            })
        .then(
            // not translated: a step's name, for the log
            "the check-in",
            () -> {
              if (checkInUi != null) {
                checkInUi.closeAll();
              }
            })
        .then(
            // not translated: a step's name, for the log
            "the diary",
            () -> {
              if (db != null) {
                db.close();
              }
            })
        // not translated: a step's name, for the log
        .then("the instance lock", () -> closeIfStarted(lock))
        .runAll();
  }

  private void saveLastRecords() {
    if (engine == null) {
      return;
    }
    engine.shutdown();
    if (engine.unsavedRecords() > 0) {
      LOG.error("{} break record(s) could not be saved to {}", engine.unsavedRecords(), db.file());
    }
  }

  /** A part that start-up had not reached yet is null. */
  private static void closeIfStarted(AutoCloseable part) throws Exception {
    if (part != null) {
      part.close();
    }
  }

  /** The language of the words in windows and notifications from now on, Swing's own included. */
  private void useLanguage(UnknotConfig.Language language) {
    java.util.Locale chosen = Languages.choose(language.id(), env);
    Messages.use(chosen);
    java.util.Locale.setDefault(chosen);
    javax.swing.JComponent.setDefaultLocale(chosen);
    LOG.info("language: {}", chosen.toLanguageTag());
  }
}
