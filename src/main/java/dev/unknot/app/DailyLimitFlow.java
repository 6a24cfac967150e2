package dev.unknot.app;

import dev.unknot.core.ActiveTime;
import dev.unknot.core.DailyLimit;
import dev.unknot.core.Notifier;
import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.Spans;
import dev.unknot.platform.OwnerOnlyFiles;
import dev.unknot.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * [breaks.daily_limit]: checked every few minutes; the day it was shown is kept in a file in the
 * state folder, so a restart does not show it twice.
 */
final class DailyLimitFlow {

  private static final Logger LOG = LoggerFactory.getLogger(DailyLimitFlow.class);
  static final Duration CHECK_EVERY = Duration.ofMinutes(5);

  private final ActiveTime activity;
  private final List<Notifier> notifiers;
  private final Path shownFile;
  private final Clock clock;
  private volatile DailyLimit limit;
  private final AtomicBoolean showing = new AtomicBoolean();

  /**
   * Quartz's one worker also runs the break ticks, and notify-send can block for seconds: the
   * notice is shown on a thread of its own.
   */
  private volatile Executor aside =
      task -> {
        Thread t = new Thread(task, "unknot-daily-limit");
        t.setDaemon(true);
        t.start();
      };

  DailyLimitFlow(
      ActiveTime activity,
      List<Notifier> notifiers,
      Path shownFile,
      Clock clock,
      DailyLimit limit) {
    this.activity = activity;
    this.notifiers = List.copyOf(notifiers);
    this.shownFile = shownFile;
    this.clock = clock;
    this.limit = limit;
  }

  void apply(DailyLimit changed) {
    limit = changed;
  }

  synchronized void check() {
    DailyLimit current = limit;
    if (!current.enabled()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    long activeSeconds;
    try {
      activeSeconds = activity.activeSecondsOn(today);
    } catch (StoreException e) {
      LOG.warn("cannot read the diary for the daily limit: {}", e.getMessage());
      return;
    }
    if (!current.due(Duration.ofSeconds(activeSeconds), lastShown(), today)
        || !showing.compareAndSet(false, true)) { // one still on its way is enough
      return;
    }
    aside.execute(
        () -> {
          try {
            show(today, activeSeconds, current);
          } catch (RuntimeException e) {
            LOG.error("could not show the daily limit", e);
          } finally {
            showing.set(false);
          }
        });
  }

  /** For tests: where the notice is shown. */
  void showNoticesOn(Executor executor) {
    aside = executor;
  }

  private void show(LocalDate today, long activeSeconds, DailyLimit current) {
    List<String> lines =
        List.of(
            Messages.get("dailyLimit.active", Spans.hoursMinutes(activeSeconds)),
            Messages.get("dailyLimit.advice"));
    for (Notifier notifier : notifiers) {
      if (notifier.show(Messages.get("dailyLimit.title"), lines, null)) {
        remember(today);
        LOG.info("daily limit of {} reached; said so", current.limit());
        return;
      }
    }
  }

  private Optional<LocalDate> lastShown() {
    try {
      return Optional.of(LocalDate.parse(Files.readString(shownFile).strip()));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void remember(LocalDate day) {
    try {
      OwnerOnlyFiles.file(shownFile);
      Files.writeString(shownFile, day + "\n");
    } catch (IOException e) {
      LOG.warn("cannot note the daily limit in {}: {}", shownFile, e.getMessage());
    }
  }
}
