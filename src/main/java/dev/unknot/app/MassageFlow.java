package dev.unknot.app;

import dev.unknot.core.ActiveTime;
import dev.unknot.core.Exercise;
import dev.unknot.core.ExerciseLog;
import dev.unknot.core.KnotFocus;
import dev.unknot.core.MassageReminders;
import dev.unknot.exercise.TomlExerciseCatalog;
import dev.unknot.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ball-massage reminders while a knot is active ([knots] massage_reminders a day), checked every
 * few minutes against the day's active time; Done is logged as an exercise.
 */
final class MassageFlow {

  private static final Logger LOG = LoggerFactory.getLogger(MassageFlow.class);

  /** Shows the reminder; one of the two answers runs once the user picks. */
  interface Ui {
    /**
     * @param howOften what the card says about how often it comes, from the setting
     */
    void show(Exercise massage, String forWhat, String howOften, Runnable onDone, Runnable onLater);
  }

  static final Duration CHECK_EVERY = Duration.ofMinutes(5);

  private final ActiveTime activity;
  private final ExerciseLog exercises;
  private final Supplier<KnotFocus> knots;
  private final Clock clock;
  private final Ui ui;
  private volatile MassageReminders plan;
  private LocalDate day;
  private int shownToday;
  private Optional<Instant> lastShown = Optional.empty();
  private volatile boolean onScreen;

  MassageFlow(
      ActiveTime activity,
      ExerciseLog exercises,
      Supplier<KnotFocus> knots,
      Clock clock,
      int perDay,
      Ui ui) {
    this.ui = ui;
    this.activity = activity;
    this.exercises = exercises;
    this.knots = knots;
    this.clock = clock;
    this.plan = new MassageReminders(perDay);
  }

  void apply(int perDay) {
    plan = new MassageReminders(perDay);
  }

  synchronized void check() {
    if (onScreen) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(day)) {
      day = today;
      shownToday = 0;
    }
    KnotFocus active = knots.get();
    try {
      long activeSeconds = activity.activeSecondsOn(today);
      Instant midnight = today.atStartOfDay(clock.getZone()).toInstant();
      Instant nextMidnight = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
      int done = exercises.count("ball-massage", midnight, nextMidnight);
      if (!plan.due(
          active,
          Duration.ofSeconds(activeSeconds),
          shownToday,
          done,
          lastShown,
          clock.instant())) {
        return;
      }
    } catch (StoreException e) {
      LOG.warn("cannot read the diary for the massage reminder: {}", e.getMessage());
      return;
    }
    String id = MassageReminders.exerciseFor(active);
    Optional<Exercise> massage =
        TomlExerciseCatalog.shipped().stream().filter(e -> e.id().equals(id)).findFirst();
    if (massage.isEmpty()) {
      return;
    }
    shownToday++;
    lastShown = Optional.of(clock.instant());
    onScreen = true;
    LOG.info("massage reminder {} of {} today: {}", shownToday, plan.perDay(), id);
    ui.show(
        massage.get(),
        active.described(),
        plan.howOften(),
        () -> {
          onScreen = false;
          try {
            exercises.record(id, OffsetDateTime.now(clock));
          } catch (StoreException e) {
            LOG.error("the massage could not be logged: {}", e.getMessage());
          }
        },
        () -> onScreen = false);
  }
}
