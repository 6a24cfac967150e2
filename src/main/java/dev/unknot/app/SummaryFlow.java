package dev.unknot.app;

import dev.unknot.config.UnknotConfig;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.Notifier;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.SummaryData;
import dev.unknot.core.summary.SummarySchedule;
import dev.unknot.core.summary.WeeklySummarizer;
import dev.unknot.core.summary.WeeklySummary;
import dev.unknot.report.SummaryText;
import dev.unknot.schedule.QuartzScheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the weekly summary at its day and time, or at the next start within the same week if the
 * computer was off then, exactly once per week.
 */
final class SummaryFlow {

  static final String JOB = "weekly-summary";
  static final String DST_GAP_JOB = "weekly-summary-after-gap";
  static final String CATCH_UP_JOB = "weekly-summary-catch-up";
  private static final Logger LOG = LoggerFactory.getLogger(SummaryFlow.class);

  private final SummaryData data;
  private final QuartzScheduler scheduler;
  private final Clock clock;
  private final List<Notifier> notifiers;
  private final Consumer<IsoWeek> openReport;
  private volatile UnknotConfig.Summary settings;
  private volatile SummarySchedule schedule;
  private volatile BreakSettings micro;

  /**
   * @param notifiers tried in order until one shows the notification
   * @param openReport opens the full report of a week
   */
  SummaryFlow(
      SummaryData data,
      QuartzScheduler scheduler,
      Clock clock,
      UnknotConfig config,
      List<Notifier> notifiers,
      Consumer<IsoWeek> openReport) {
    this.data = data;
    this.scheduler = scheduler;
    this.clock = clock;
    this.notifiers = List.copyOf(notifiers);
    this.openReport = openReport;
    this.settings = config.summary();
    this.schedule = new SummarySchedule(settings.day(), settings.time());
    this.micro = config.engine().micro();
  }

  /** Schedules the summary, and shows a missed one soon, off the starting thread. */
  void start() {
    if (settings.notifications()) {
      schedule();
      scheduler.once(CATCH_UP_JOB, clock.instant(), this::showIfDueAside);
    }
  }

  /** A changed config: the summary moves or stops, and its figures follow the break settings. */
  void apply(UnknotConfig changed) {
    micro = changed.engine().micro();
    if (changed.summary().equals(settings)) {
      return;
    }
    settings = changed.summary();
    schedule = new SummarySchedule(settings.day(), settings.time());
    if (settings.notifications()) {
      schedule();
      scheduler.once(CATCH_UP_JOB, clock.instant(), this::showIfDueAside);
    } else {
      scheduler.cancel(JOB);
      scheduler.cancel(DST_GAP_JOB);
      LOG.info("weekly summary notifications are off");
    }
  }

  /**
   * The week the report opens on: the one a summary shown now would cover, but never a week before
   * the first record. From Monday to Wednesday that is last week, empty for a new user.
   */
  IsoWeek weekShownNow() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    IsoWeek scheduled = schedule.weekShownAt(now);
    IsoWeek current = IsoWeek.of(now.toLocalDate());
    IsoWeek first = data.firstRecordedDay().map(IsoWeek::of).orElse(current);
    IsoWeek earliest = first.compareTo(current) > 0 ? current : first;
    return scheduled.compareTo(earliest) < 0 ? earliest : scheduled;
  }

  /**
   * The week whose summary is due now, if any. A week that ended before the first record is not
   * shown: it would only say that nothing was recorded.
   */
  Optional<IsoWeek> dueNow() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    Optional<IsoWeek> due = schedule.due(now, data::wasShown);
    if (due.isEmpty()) {
      LOG.info("weekly summary: none due now (last due {})", schedule.lastDue(now));
      return due;
    }
    Optional<LocalDate> first = data.firstRecordedDay();
    if (first.isEmpty() || due.get().sunday().isBefore(first.get())) {
      LOG.info(
          "weekly summary {}: not shown, the diary starts later ({})",
          due.get(),
          first.map(LocalDate::toString).orElse("nothing recorded yet"));
      return Optional.empty();
    }
    return due;
  }

  WeeklySummary summarize(IsoWeek week) {
    return new WeeklySummarizer(micro).summarize(week, LocalDate.now(clock), data);
  }

  private void schedule() {
    SummarySchedule s = schedule;
    scheduler.weekly(JOB, s.day(), s.time(), clock.getZone(), this::showIfDueAside);
    coverDstGap();
    LOG.info(
        "weekly summary on {} at {}; next {}",
        s.day(),
        s.time(),
        scheduler.nextRun(JOB).map(Instant::toString).orElse("never"));
  }

  /** Quartz skips a local time that the clocks jump over; this week, come right after the jump. */
  private void coverDstGap() {
    Instant planned = schedule.nextDue(ZonedDateTime.now(clock)).toInstant();
    Optional<Instant> cron = scheduler.nextRun(JOB);
    if (cron.isPresent() && cron.get().isAfter(planned)) {
      scheduler.once(DST_GAP_JOB, planned, this::showIfDueAside);
    } else {
      scheduler.cancel(DST_GAP_JOB);
    }
  }

  /**
   * Quartz's one worker also runs the break engine's ticks, which must not wait for the
   * notification service.
   */
  private void showIfDueAside() {
    Thread aside = new Thread(this::showIfDue, "unknot-weekly-summary");
    aside.setDaemon(true);
    aside.start();
  }

  private synchronized void showIfDue() {
    try {
      dueNow().ifPresent(this::show);
      coverDstGap();
    } catch (RuntimeException e) {
      LOG.error("could not show the weekly summary", e);
    }
  }

  private void show(IsoWeek week) {
    WeeklySummary s = summarize(week);
    String title = SummaryText.title(s);
    List<String> lines = SummaryText.headline(s);
    for (Notifier notifier : notifiers) {
      if (notifier.show(title, lines, () -> openReport.accept(week))) {
        data.markShown(week, clock.instant());
        LOG.info("weekly summary {} shown through {}", week, notifier.getClass().getSimpleName());
        return;
      }
    }
    LOG.warn("the weekly summary {} could not be shown; `unknot summary` prints it", week);
  }
}
