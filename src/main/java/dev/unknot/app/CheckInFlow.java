package dev.unknot.app;

import dev.unknot.core.ActiveTime;
import dev.unknot.core.CheckIn;
import dev.unknot.core.CheckInPlanner;
import dev.unknot.core.CheckInSettings;
import dev.unknot.core.KnotDiary;
import dev.unknot.core.KnotReport;
import dev.unknot.prompt.SwingCheckIn;
import dev.unknot.schedule.QuartzScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the daily "Any knots?" at the check-in time, or at start-up if it was missed. */
final class CheckInFlow implements SwingCheckIn.Answers {

  static final Duration ASK_AGAIN_AFTER = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(CheckInFlow.class);

  private final KnotDiary diary;
  private final ActiveTime activity;
  private final QuartzScheduler scheduler;
  private final Clock clock;
  private volatile CheckInSettings settings;
  private SwingCheckIn ui;
  private volatile Runnable onDiaryChange = () -> {};

  CheckInFlow(
      KnotDiary diary,
      ActiveTime activity,
      QuartzScheduler scheduler,
      Clock clock,
      CheckInSettings settings) {
    this.diary = diary;
    this.activity = activity;
    this.scheduler = scheduler;
    this.clock = clock;
    this.settings = settings;
  }

  void start(SwingCheckIn checkInUi) {
    this.ui = checkInUi;
    schedule();
    CheckInPlanner.atStart(settings, LocalDateTime.now(clock), this::answered, this::used)
        .ifPresent(ui::ask);
  }

  /** Runs after the user has reported a knot or a knot-free day. */
  void onDiaryChange(Runnable listener) {
    this.onDiaryChange = listener;
  }

  /** A changed config: the daily question moves, or stops. */
  void apply(CheckInSettings changed) {
    if (!changed.equals(settings)) {
      settings = changed;
      schedule();
    }
  }

  private void schedule() {
    if (settings.enabled()) {
      scheduler.daily("checkin", settings.time(), clock.getZone(), this::atCheckInTime);
      LOG.info("daily check-in at {}", settings.time());
    } else {
      scheduler.cancel("checkin");
      LOG.info("daily check-in: off");
    }
  }

  private void atCheckInTime() {
    CheckInPlanner.atCheckInTime(settings, LocalDate.now(clock), this::answered).ifPresent(ui::ask);
  }

  @Override
  public boolean answered(LocalDate day) {
    return diary.checkIn(day).isPresent();
  }

  private boolean used(LocalDate day) {
    return !activity.daily(day, day).isEmpty();
  }

  @Override
  public boolean knotFree(LocalDate day) {
    try {
      diary.recordKnotFree(new CheckIn(day, false, OffsetDateTime.now(clock)));
      LOG.info("check-in: {} had no knot", day);
      onDiaryChange.run();
      return true;
    } catch (IllegalStateException e) {
      LOG.info("check-in answer No for {} kept the knot already reported: {}", day, e.getMessage());
      onDiaryChange.run(); // the daemon learns of a knot it was not told about
      return false;
    }
  }

  @Override
  public KnotReport knot(KnotReport report) {
    KnotReport saved = diary.add(report);
    LOG.info("knot report {} saved for {}", saved.id(), saved.day());
    onDiaryChange.run();
    return saved;
  }

  @Override
  public ZonedDateTime later(LocalDate day) {
    Instant again = clock.instant().plus(ASK_AGAIN_AFTER);
    scheduler.once(
        "checkin-later",
        again,
        () -> {
          if (!answered(day)) {
            ui.ask(day);
          }
        });
    return again.atZone(clock.getZone());
  }
}
