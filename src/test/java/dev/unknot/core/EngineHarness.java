package dev.unknot.core;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Drives a {@link BreakEngine} second by second the way the daemon does: the engine is updated only
 * when it asked to be woken, or when input resumes after a pause.
 */
final class EngineHarness {

  static final Instant START = Instant.parse("2026-11-16T07:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  final MutableClock clock = new MutableClock(START, ZONE);
  final ActivityTracker tracker;
  final RecordingPrompter prompter = new RecordingPrompter(clock, START);
  final RecordingBreakLog log = new RecordingBreakLog();
  final List<ActivityMinute> minutes = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  /** While set, the activity log refuses every write, as a full or locked diary does. */
  boolean activityLogFailing;

  final BreakEngine engine;
  private Instant nextWake;
  private boolean wakeRequested;
  final List<Long> updateSeconds = new ArrayList<>();

  EngineHarness() {
    this(IMMEDIATE);
  }

  /**
   * The default settings, but each break is prompted the moment it falls due, with no heads-up, for
   * tests about something else; the heads-up and the wait for a pause have tests of their own.
   */
  static final EngineSettings IMMEDIATE =
      EngineSettings.defaults().withFlow(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  EngineHarness(EngineSettings settings) {
    this(settings, TestExercises.CATALOG);
  }

  EngineHarness(EngineSettings settings, List<Exercise> catalog) {
    tracker = new ActivityTracker(clock, settings.idleThreshold());
    tracker.setBurstListener(() -> wakeRequested = true);
    engine =
        new BreakEngine(
            settings,
            clock,
            clock::monotonicNanos,
            tracker,
            prompter,
            log,
            written -> {
              if (activityLogFailing) {
                throw new IllegalStateException("database or disk is full");
              }
              minutes.addAll(written);
            },
            new ExerciseRotation(catalog, new Random(7)));
    engine.reportProblemsTo(problems::add);
    wake();
  }

  /** {@code seconds} seconds, with one input at the start of each when {@code active}. */
  void tick(boolean active, long seconds) {
    run(seconds, active ? tracker::onKeyboardEvent : () -> {});
  }

  /** {@code seconds} seconds of mousing: one pointer event at the start of each. */
  void mouse(long seconds) {
    run(seconds, tracker::onMouseEvent);
  }

  private void run(long seconds, Runnable eachSecond) {
    for (long i = 0; i < seconds; i++) {
      eachSecond.run();
      if (wakeRequested) {
        wake();
      }
      clock.advance(Duration.ofSeconds(1));
      if (!clock.instant().isBefore(nextWake)) {
        wake();
      }
    }
  }

  /**
   * Pointer moves {@code every} apart from now to {@code length} from now, the last one at the end,
   * with the engine woken at exactly the instants it asks for, as the daemon's scheduler does.
   */
  void mouse(Duration length, Duration every) {
    Instant end = clock.instant().plus(length);
    for (Instant t = clock.instant(); !t.isAfter(end); t = t.plus(every)) {
      passUntil(t);
      tracker.onMouseEvent();
      if (wakeRequested) {
        wake();
      }
    }
    passUntil(end);
  }

  /** No input for {@code length}, with the engine woken at exactly the instants it asks for. */
  void nothing(Duration length) {
    passUntil(clock.instant().plus(length));
  }

  private void passUntil(Instant until) {
    while (!nextWake.isAfter(until)) {
      if (nextWake.isAfter(clock.instant())) {
        clock.advance(Duration.between(clock.instant(), nextWake));
      }
      wake();
    }
    clock.advance(Duration.between(clock.instant(), until));
  }

  /** The whole process is stopped (SIGSTOP): time passes, nothing runs, no input is seen. */
  void suspend(Duration duration) {
    clock.advance(duration);
  }

  /** The machine sleeps, lid closed: only the wall clock moves on. */
  void sleep(Duration duration) {
    clock.sleep(duration);
  }

  void answer(Answer answer) {
    engine.answer(prompter.open().id(), answer);
    wake();
  }

  void wake() {
    wakeRequested = false;
    updateSeconds.add(second());
    nextWake = engine.update();
  }

  long second() {
    return Duration.between(START, clock.instant()).toSeconds();
  }

  static OffsetDateTime at(long second) {
    return OffsetDateTime.ofInstant(START.plusSeconds(second), ZONE);
  }

  static OffsetDateTime at(double second) {
    return OffsetDateTime.ofInstant(START.plusMillis(Math.round(second * 1000)), ZONE);
  }

  static EngineSettings settings(int idleSeconds, BreakSettings micro, BreakSettings rest) {
    return new EngineSettings(Duration.ofSeconds(idleSeconds), micro, rest);
  }
}
