package dev.unknot.app;

import dev.unknot.config.ConfigException;
import dev.unknot.config.TomlConfigLoader;
import dev.unknot.config.UnknotConfig;
import dev.unknot.core.ActivityTracker;
import dev.unknot.core.Answer;
import dev.unknot.core.BreakEngine;
import dev.unknot.core.ExerciseRotation;
import dev.unknot.exercise.TomlExerciseCatalog;
import dev.unknot.input.JNativeHookActivitySource;
import dev.unknot.prompt.SwingBreakPrompter;
import dev.unknot.schedule.QuartzScheduler;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteBreakLog;
import dev.unknot.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that wires Unknot together for `unknot run`, and takes it apart on exit. */
public final class Daemon {

  /** sysexits.h EX_CONFIG: the configuration is wrong. */
  public static final int EXIT_CONFIG = 78;

  public static final int EXIT_NO_DISPLAY = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  private final AppPaths paths;
  private final Map<String, String> env;
  private final PrintStream err;

  private Database db;
  private BreakEngine engine;
  private QuartzScheduler scheduler;
  private SwingBreakPrompter prompter;
  private JNativeHookActivitySource input;

  public Daemon(AppPaths paths, Map<String, String> env, PrintStream err) {
    this.paths = paths;
    this.env = env;
    this.err = err;
  }

  /** Runs until the process is told to stop; returns an exit code only when start-up fails. */
  public int run(Path configOverride) throws InterruptedException {
    Optional<String> noDisplay = DisplayCheck.problem(env);
    if (noDisplay.isPresent()) {
      err.println("unknot: " + noDisplay.get());
      return EXIT_NO_DISPLAY;
    }
    UnknotConfig config;
    Path configFile = configOverride != null ? configOverride : paths.userConfig();
    TomlConfigLoader loader = new TomlConfigLoader();
    try {
      if (configOverride != null || Files.exists(configFile)) {
        config = loader.load(configFile);
        LOG.info("config: {}", configFile.toAbsolutePath());
      } else {
        config = loader.defaults();
        LOG.info("config: built-in defaults ({} does not exist)", configFile);
      }
    } catch (ConfigException e) {
      for (String problem : e.problems()) {
        err.println(problem);
      }
      err.println(
          "unknot: the config has " + e.problems().size() + " problem(s); nothing was started");
      return EXIT_CONFIG;
    }

    try {
      db = Database.open(paths.database());
    } catch (StoreException e) {
      err.println("unknot: " + e.getMessage());
      return 1;
    }
    LOG.info("database: {}", paths.database());
    LOG.info("logs: {}", paths.stateDir());

    // AWT names its X windows (WM_CLASS) after the thread that first touches it: make that main.
    java.awt.Toolkit.getDefaultToolkit();
    Clock clock = Clock.systemDefaultZone();
    ActivityTracker tracker = new ActivityTracker(clock, config.engine().idleThreshold());
    prompter = new SwingBreakPrompter(this::answer);
    engine =
        new BreakEngine(
            config.engine(),
            clock,
            tracker,
            prompter,
            new SqliteBreakLog(db),
            new ExerciseRotation(TomlExerciseCatalog.shipped(), new SecureRandom()));
    scheduler = new QuartzScheduler(engine::update);
    tracker.setBurstListener(scheduler::wakeNow);

    input = new JNativeHookActivitySource();
    try {
      input.start(tracker);
    } catch (IllegalStateException e) {
      err.println("unknot: " + e.getMessage());
      db.close();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "unknot-shutdown"));
    scheduler.start();
    LOG.info("Unknot is running (pid {})", ProcessHandle.current().pid());

    new CountDownLatch(1).await(); // Until the shutdown hook ends the process.
    return 0;
  }

  private void answer(long promptId, Answer answer) {
    engine.answer(promptId, answer);
    scheduler.wakeNow();
  }

  /** Stops input first, so nothing changes while the last state is recorded. */
  private void stop() {
    LOG.info("stopping");
    try {
      input.close();
      scheduler.close();
      engine.shutdown();
      if (engine.unsavedRecords() > 0) {
        LOG.error(
            "{} break record(s) could not be saved to {}", engine.unsavedRecords(), db.file());
      }
      prompter.closeAll();
    } catch (RuntimeException e) {
      LOG.error("error while stopping", e);
    } finally {
      db.close();
    }
  }
}
