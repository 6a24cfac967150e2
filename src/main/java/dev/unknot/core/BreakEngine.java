package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The break state machine. It integrates activity over time, decides when a break is due, counts a
 * prompted break down while the user rests, and records how each break ended.
 *
 * <p>Time model: the user is active while the last input is less than the idle threshold old. A
 * pause is measured from the last input; once it passes the idle threshold, the whole pause is
 * idle. A pause at least as long as a break's duration is a natural break of that type, and a
 * prompted break's countdown runs only during pauses, from their last input. A pause that began
 * before the prompt showed and lasts the break is natural too: the prompt closes by itself.
 *
 * <p>Nothing here runs by itself: the caller calls {@link #update()} at the instant it returns,
 * when input resumes after a pause, and after each {@link #answer} or {@link #breakNow}. Updates
 * may come late (the process was stopped); the time in between is then accounted as it happened,
 * and the screen shows only the net result, so a late update never makes prompts burst.
 *
 * <p>Clock changes: the time between updates is measured on a monotonic clock too. When the wall
 * clock moved less than the monotonic one, it was stepped back (NTP, a manual change), and every
 * instant held here moves back by the step, so no active time is lost. When it moved more, the
 * machine slept or the clock was stepped forward: that gap had no input, so it counts as idle.
 */
public final class BreakEngine {

  private static final long MIN_SLEEP_MILLIS = 200;
  private static final long MAX_SLEEP_MILLIS = Duration.ofMinutes(5).toMillis();
  private static final long COUNTDOWN_REFRESH_MILLIS = 1000;

  /**
   * Input this long ago means the user has let go: the countdown shows as running, as it will count
   * from the last input once the pause passes the idle threshold.
   */
  static final long LET_GO_MILLIS = 1500;

  /** How often a held prompt asks again whether it may show. */
  static final long QUIET_RECHECK_MILLIS = 2000;

  /** Wall and monotonic clocks may disagree by this much without a step being assumed. */
  private static final long STEP_TOLERANCE_MILLIS = 2000;

  private final Clock clock;
  private final LongSupplier monotonicNanos;
  private final ActivityTracker activity;
  private final BreakPrompter prompter;
  private final BreakLog log;
  private final ActivityLog activityLog;
  private final ActivityMinutes minutes = new ActivityMinutes();

  /** Active time over which the mouse share is judged for the "switch mouse hand" nudge. */
  static final long MOUSE_WINDOW_MILLIS = Duration.ofMinutes(45).toMillis();

  /** Above this share of mouse events in the window, the next micro-break is the nudge. */
  static final double MOUSE_HEAVY_SHARE = 0.6;

  static final String SWITCH_MOUSE_HAND = "switch-mouse-hand";

  private long mouseWindowActive;
  private long mouseWindowKeyboardStart;
  private long mouseWindowMouseStart;
  private boolean mouseNudgeDue;

  /** At most a day of minutes waits for a failing activity log; older ones are dropped. */
  static final int MOST_UNSAVED_MINUTES = 24 * 60;

  /** Minutes the activity log has not accepted yet, oldest first; retried at every update. */
  private final Deque<ActivityMinute> unsavedMinutes = new ArrayDeque<>();

  /** Minutes dropped since the activity log began to fail. */
  private long droppedMinutes;

  private boolean activityLogFailing;

  private Consumer<String> problems =
      message -> System.getLogger(BreakEngine.class.getName()).log(Level.WARNING, message);

  private ExerciseRotation rotation;
  private final Queue<Request> requests = new ConcurrentLinkedQueue<>();
  private final Map<BreakType, TimerState> timers = new EnumMap<>(BreakType.class);

  /** Records the log has not accepted yet, oldest first; retried at every update. */
  private final Deque<BreakRecord> unsaved = new ArrayDeque<>();

  private EngineSettings settings;
  private BreakFocus focus = BreakFocus.NONE;
  private QuietDetector quiet = QuietDetector.NEVER;
  private long maxHoldMillis = Long.MAX_VALUE;
  private LongHold longHold = (type, reason) -> {};
  private boolean started;
  private long lastUpdate;
  private long lastUpdateMonotonicNanos;

  /** Active time is integrated up to here. */
  private long accountedTo;

  /** The newest input already accounted for. */
  private long seenInput;

  private OpenBreak open;
  private Pause pause;

  /** The break the heads-up announced, before it opens; null when none is coming. */
  private Upcoming upcoming;

  /** What the heads-up card shows now; null when it is not on screen. */
  private HeadsUp headsUpShown;

  /** Skips used today, by type; the day is the clock's local date. */
  private final Map<BreakType, Integer> skipsUsed = new EnumMap<>(BreakType.class);

  private LocalDate skipDay;

  /** While now is before this, nothing counts and nothing is prompted; 0 when not paused. */
  private long pausedUntil;

  private long nextPromptId = 1;
  private long displayedPromptId;

  public BreakEngine(
      EngineSettings settings,
      Clock clock,
      ActivityTracker activity,
      BreakPrompter prompter,
      BreakLog log,
      ActivityLog activityLog,
      ExerciseRotation rotation) {
    this(settings, clock, System::nanoTime, activity, prompter, log, activityLog, rotation);
  }

  /**
   * @param monotonicNanos a clock that no one sets, such as {@link System#nanoTime()}
   */
  public BreakEngine(
      EngineSettings settings,
      Clock clock,
      LongSupplier monotonicNanos,
      ActivityTracker activity,
      BreakPrompter prompter,
      BreakLog log,
      ActivityLog activityLog,
      ExerciseRotation rotation) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.monotonicNanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
    this.activity = Objects.requireNonNull(activity, "activity");
    this.prompter = Objects.requireNonNull(prompter, "prompter");
    this.log = Objects.requireNonNull(log, "log");
    this.activityLog = Objects.requireNonNull(activityLog, "activityLog");
    this.rotation = Objects.requireNonNull(rotation, "rotation");
    for (BreakType type : BreakType.values()) {
      timers.put(type, new TimerState());
    }
    activity.setIdleThreshold(settings.idleThreshold());
  }

  /** Accounts for the time since the last update and returns when to update next. */
  public synchronized Instant update() {
    long now = clock.millis();
    long monotonic = monotonicNanos.getAsLong();
    if (!started) {
      started = true;
      lastUpdate = now;
      lastUpdateMonotonicNanos = monotonic;
      accountedTo = now;
      long last = activity.lastInputMillis();
      // With no input yet, the user has been idle since before we started.
      long idleSince = now - settings.idleThreshold().toMillis();
      seenInput = last == ActivityTracker.NEVER ? idleSince : Math.min(last, now);
    }
    long lived = Math.max(0, (monotonic - lastUpdateMonotonicNanos) / 1_000_000);
    if (now - lastUpdate < lived - STEP_TOLERANCE_MILLIS) {
      rebase(lastUpdate + lived - now);
    }
    lastUpdate = now;
    lastUpdateMonotonicNanos = monotonic;
    integrate(now);
    judgeMouseWindow();
    if (pausedUntil != 0 && now >= pausedUntil) {
      pausedUntil = 0;
    }
    handleRequests(now);
    announce(now);
    startOnPause(now);
    showNetResult(now);
    keepUnsaved(minutes.drain(now, activity, clock.getZone()));
    saveRecords();
    return Instant.ofEpochMilli(nextWake(now));
  }

  /** Queues the user's answer to a prompt; takes effect at the next {@link #update()}. */
  public void answer(long promptId, Answer answer) {
    requests.add(new Request(promptId, answer, null, 0));
  }

  /** Queues a request to start a break now, unless one is already on screen. */
  public void breakNow(BreakType type) {
    requests.add(new Request(0, null, type, 0));
  }

  /**
   * Queues a pause until the given instant: no active time counts and nothing is prompted. A prompt
   * on screen is postponed. Pausing again replaces the end of the pause.
   */
  public void pauseUntil(Instant until) {
    requests.add(new Request(0, null, null, Math.max(1, until.toEpochMilli())));
  }

  /** Queues the end of a pause. */
  public void resume() {
    requests.add(new Request(0, null, null, -1));
  }

  /** Applies new settings; the active time already counted is kept. */
  public synchronized void applySettings(EngineSettings newSettings) {
    if (started) {
      update();
    }
    settings = Objects.requireNonNull(newSettings, "newSettings");
    activity.setIdleThreshold(newSettings.idleThreshold());
  }

  /**
   * Applies what the active knots and the mouse hand ask for: the exercises to favour and how much
   * sooner micro-breaks come. The active time already counted is kept.
   */
  public synchronized void applyFocus(BreakFocus newFocus) {
    if (started) {
      update();
    }
    focus = Objects.requireNonNull(newFocus, "newFocus");
  }

  /** What holds prompts back while the user presents or is in a call. */
  public synchronized void setQuietDetector(QuietDetector detector) {
    quiet = Objects.requireNonNull(detector, "detector");
  }

  /**
   * Ends holds that last longer than {@code maxHold}: the held break is then given up, recorded as
   * unanswered, and {@code tell} hears of it once, to remind the user gently in its place.
   */
  public synchronized void limitHolds(Duration maxHold, LongHold tell) {
    maxHoldMillis = maxHold.toMillis();
    longHold = Objects.requireNonNull(tell, "tell");
  }

  /** Told when a break waited {@code quiet.max_hold} and stopped waiting. */
  @FunctionalInterface
  public interface LongHold {
    /**
     * @param reason why it waited, as in "held while …"
     */
    void gaveUp(BreakType type, String reason);
  }

  /**
   * Tells the engine how many breaks of this type were skipped earlier today, as the diary says; a
   * daemon restart must not give a fresh day's skips.
   */
  public synchronized void skippedToday(BreakType type, int count) {
    rollSkipDay();
    skipsUsed.put(type, Math.max(0, count));
  }

  /** Rotates through another set of exercises from the next break on. */
  public synchronized void applyExercises(List<Exercise> exercises) {
    rotation = rotation.withCatalog(exercises);
  }

  /** Accounts for the time up to now, then describes the state. */
  public synchronized EngineStatus status() {
    update();
    return snapshot();
  }

  /** The state as of the last update, for a caller that has just updated. */
  public synchronized EngineStatus snapshot() {
    List<EngineStatus.Timer> list = new ArrayList<>();
    for (BreakType type : BreakType.values()) {
      BreakSettings s = settings.of(type);
      list.add(
          new EngineStatus.Timer(
              type,
              s.enabled(),
              Duration.ofMillis(timers.get(type).active),
              Duration.ofMillis(interval(type))));
    }
    boolean idle = lastUpdate - seenInput >= settings.idleThreshold().toMillis();
    Optional<EngineStatus.Upcoming> coming = Optional.empty();
    if (open != null && open.waitingForPause) {
      coming =
          Optional.of(
              new EngineStatus.Upcoming(
                  open.type, open.exercise.id(), EngineStatus.Stage.WAITING_FOR_PAUSE));
    } else if (open == null && upcoming != null) {
      coming =
          Optional.of(
              new EngineStatus.Upcoming(
                  upcoming.type, upcoming.choice.exercise.id(), EngineStatus.Stage.HEADS_UP));
    }
    return new EngineStatus(
        List.copyOf(list),
        Optional.ofNullable(open).map(b -> b.type),
        idle,
        pausedUntil == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(pausedUntil)),
        open != null && open.heldReason != null
            ? Optional.of(Messages.get("status.heldWhile", open.heldReason))
            : tightened() ? focus.reason() : Optional.empty(),
        coming,
        open != null && open.displayed,
        open != null && open.heldReason != null);
  }

  /**
   * Records what is in progress as it stands, for a clean exit: a natural break under way is kept,
   * a prompt still on screen ends unanswered, and the minute under way is written with the active
   * time it has so far. The daemon's stop calls it whatever else failed to close.
   */
  public synchronized void shutdown() {
    update();
    long now = lastUpdate;
    if (open != null) {
      close(Outcome.UNANSWERED, now);
    }
    endPause(now);
    showNetResult(now);
    keepUnsaved(minutes.drain(now + 60_000, activity, clock.getZone()));
    saveRecords();
    if (!unsavedMinutes.isEmpty()) {
      // not translated: a log line
      String lost = " minute(s) of active time could not be saved";
      // not translated: a log line
      String dropped = droppedMinutes > 0 ? "; " + droppedMinutes + " older ones were dropped" : "";
      problems.accept(unsavedMinutes.size() + lost + dropped);
    }
  }

  /**
   * Where the engine reports that its records could not be saved: once when saving starts to fail,
   * not at every retry, and once when it works again.
   */
  public synchronized void reportProblemsTo(Consumer<String> sink) {
    problems = Objects.requireNonNull(sink, "sink");
  }

  // --- time accounting

  private void integrate(long now) {
    long threshold = settings.idleThreshold().toMillis();
    // Read in the reverse order of the tracker's writes, so the three values belong together.
    long last = activity.lastInputMillis();
    long burst = activity.burstStartMillis();
    long beforeBurst = activity.lastInputBeforeBurstMillis();
    if (last == ActivityTracker.NEVER) {
      last = seenInput;
      burst = seenInput;
    }
    last = Math.min(last, now);
    burst = Math.min(burst, last);
    if (pause != null && last > seenInput && Math.max(burst, seenInput) < pause.processedTo) {
      // Input from before time already accounted as this pause, read late (the process was
      // stopped before the hook handed it over). What was accounted stands: the pause ends where
      // the accounting had reached, instead of being split where the late input fell.
      burst = pause.processedTo;
      beforeBurst = seenInput;
      last = Math.max(last, burst);
    }
    if (burst > seenInput) {
      // A pause ended when a new burst of input began; it started at the input before it.
      long pauseStart = Math.max(seenInput, beforeBurst);
      advanceActive(Math.min(pauseStart + threshold, burst));
      advancePause(pauseStart, burst);
      endPause(burst);
      accountedTo = Math.max(accountedTo, burst);
      seenInput = burst;
    }
    seenInput = Math.max(seenInput, last);
    advanceActive(Math.min(now, seenInput + threshold));
    if (now - seenInput >= threshold) {
      advancePause(seenInput, now);
    }
  }

  /** Integrates active time up to {@code to}, opening breaks at the instants they fall due. */
  private void advanceActive(long to) {
    // What the user did counts in the activity log, paused or not.
    minutes.addActive(accountedTo, to);
    if (pausedUntil > accountedTo) {
      accountedTo = Math.min(to, pausedUntil);
    }
    while (accountedTo < to) {
      long step = to - accountedTo;
      BreakType due = null;
      long dueIn = step;
      for (BreakType type : new BreakType[] {BreakType.REST, BreakType.MICRO}) {
        if (!counts(type)) {
          continue;
        }
        long left = Math.max(0, interval(type) - timers.get(type).active);
        if (left <= dueIn && (due == null || left < dueIn)) {
          due = type;
          dueIn = left;
        }
      }
      for (BreakType type : BreakType.values()) {
        if (counts(type)) {
          timers.get(type).active += dueIn;
        }
      }
      mouseWindowActive += dueIn;
      accountedTo += dueIn;
      if (due != null) {
        fallDue(due, accountedTo);
      }
    }
  }

  /** Whether active time counts towards this type now; micro-breaks wait while a rest is open. */
  private boolean counts(BreakType type) {
    return settings.of(type).enabled()
        && !(type == BreakType.MICRO && open != null && open.type == BreakType.REST);
  }

  private void fallDue(BreakType type, long at) {
    long holdBegan = NOT_HELD;
    if (open != null && !open.displayed && open.heldSince != NOT_HELD) {
      if (open.type == type) {
        // A held break is deferred, never dropped: it still waits, and the count starts again.
        timers.get(type).active = 0;
        return;
      }
      holdBegan = open.holdBegan; // a rest supersedes the held micro-break; the hold goes on
    }
    if (open != null) {
      // Either the same type falls due again, or a rest break supersedes an ignored micro-break.
      timers.get(open.type).clearPostpones();
      close(Outcome.UNANSWERED, at);
    }
    openBreak(type, at);
    open.holdBegan = holdBegan;
    // Not mid-sentence: the prompt waits for the user's first short pause (startOnPause).
    open.waitingForPause = !settings.startOnPause().isZero();
    if (open.waitingForPause) {
      // The user pauses because of the break that is due, so resting then is taking it.
      open.warnedAt = Math.min(open.warnedAt, at);
    }
  }

  /** Accounts for the part of an ongoing pause from its start up to {@code to}. */
  private void advancePause(long start, long to) {
    if (pause == null || pause.start != start) {
      endPause(start);
      pause = new Pause(start);
    }
    long from = pause.processedTo;
    if (to <= from) {
      return;
    }
    if (open != null) {
      // The whole pause counts from the last input, also the part before the break fell due in
      // the idle-threshold tail; only a break asked for counts from the request.
      long countFrom = open.requested ? Math.max(from, open.openedAt) : from;
      long need = open.durationMillis - open.idleDone;
      if (to - countFrom >= need) {
        completeByResting(countFrom + need);
      } else if (to > countFrom) {
        open.idleDone += to - countFrom;
      }
    }
    for (BreakType type : new BreakType[] {BreakType.REST, BreakType.MICRO}) {
      long reachedAt = start + settings.of(type).duration().toMillis();
      boolean prompted = open != null && (open.type == type || open.type == BreakType.REST);
      if (reachedAt > from && reachedAt <= to && settings.of(type).enabled() && !prompted) {
        naturalBreak(type);
      }
    }
    pause.processedTo = to;
  }

  private void completeByResting(long at) {
    BreakType type = open.type;
    // The user had let go before the prompt reached the screen, so they were not resting because
    // of it: this pause alone was the break, natural, and the prompt closes by itself.
    boolean restedUnprompted =
        !open.displayed
            || (!open.requested && pause.start < open.shownAt && pause.start < open.warnedAt);
    if (restedUnprompted) {
      endHold(at);
      open = null;
      pause.markNatural(type);
    } else {
      close(Outcome.TAKEN, at);
    }
    reset(type);
  }

  private void naturalBreak(BreakType type) {
    if (timers.get(type).active > 0) {
      pause.markNatural(type);
    }
    reset(type);
  }

  private void endPause(long at) {
    if (pause != null && pause.natural != null) {
      record(pause.natural, Outcome.NATURAL, null, pause.start, at);
    }
    pause = null;
  }

  /** A rest resets the micro timer too: the user just rested for longer than a micro-break. */
  private void reset(BreakType type) {
    timers.get(type).reset();
    if (type == BreakType.REST) {
      timers.get(BreakType.MICRO).reset();
    }
  }

  // --- prompts and answers

  private void openBreak(BreakType type, long at) {
    BreakSettings s = settings.of(type);
    TimerState timer = timers.get(type);
    timer.active = 0;
    int postponesLeft = Math.max(0, s.maxPostpones() - timer.postpones);
    Choice choice;
    long warnedAt = Long.MAX_VALUE;
    if (upcoming != null && upcoming.type == type) {
      choice = upcoming.choice;
      warnedAt = upcoming.cardShown ? upcoming.announcedAt : Long.MAX_VALUE;
    } else {
      choice = choose(type);
    }
    upcoming = null;
    open =
        new OpenBreak(
            nextPromptId++,
            type,
            choice.exercise,
            at,
            s.durationAfter(timer.postpones).toMillis(),
            postponesLeft,
            choice.note);
    open.warnedAt = warnedAt;
  }

  /**
   * The exercise for the next break of this type: the one a postponed break had, else the next in
   * the rotation, or the mouse-hand nudge when it is due.
   */
  private Choice choose(BreakType type) {
    TimerState timer = timers.get(type);
    if (timer.postpones > 0 && timer.postponed != null) {
      return timer.postponed; // a postponed break comes back as it was
    }
    Exercise exercise = null;
    String note = tightened() && type == BreakType.MICRO ? focus.reason().orElse(null) : null;
    if (type == BreakType.MICRO && takeMouseNudge()) {
      if (rotation.wasLast(type, SWITCH_MOUSE_HAND)) {
        mouseNudgeDue = true; // Never twice in a row: the nudge waits for the next one.
      } else {
        exercise = rotation.take(type, SWITCH_MOUSE_HAND).orElse(null);
        if (exercise != null) {
          note = Messages.get("break.note.mouse");
        }
      }
    }
    if (exercise == null) {
      exercise = rotation.next(type, focus.targets());
    }
    return new Choice(exercise, note);
  }

  // --- the heads-up and the wait for a pause

  /**
   * Announces the break that falls due next once it is within the heads-up, and drops an
   * announcement that no longer holds (a natural break reset the timer, a pause began).
   */
  private void announce(long now) {
    long headsUp = settings.headsUp().toMillis();
    if (upcoming != null && open == null) {
      long left = interval(upcoming.type) - timers.get(upcoming.type).active;
      if (pausedUntil != 0 || !counts(upcoming.type) || left > headsUp) {
        upcoming = null;
      }
    }
    if (open != null || upcoming != null || pausedUntil != 0 || headsUp == 0) {
      return;
    }
    BreakType next = null;
    long soonest = Long.MAX_VALUE;
    for (BreakType type : new BreakType[] {BreakType.REST, BreakType.MICRO}) {
      long left = interval(type) - timers.get(type).active;
      if (counts(type) && left < soonest) {
        next = type;
        soonest = left;
      }
    }
    // An interval no longer than the heads-up would have the card up all the time: none then.
    if (next == null || soonest > headsUp || interval(next) <= headsUp) {
      return;
    }
    boolean quiet = quietReason().isPresent(); // a presentation gets no card either
    upcoming = new Upcoming(next, choose(next), now, soonest, !quiet);
  }

  /**
   * Opens the announced break early when the user pauses during its heads-up, and lets a due break
   * that waits for a pause show once one comes or the wait runs out.
   */
  private void startOnPause(long now) {
    long wanted = settings.startOnPause().toMillis();
    boolean paused = wanted > 0 && now - seenInput >= wanted;
    if (open == null && upcoming != null && upcoming.cardShown && paused) {
      if (seenInput >= upcoming.announcedAt) {
        openBreak(upcoming.type, now);
        return;
      }
    }
    if (open != null && open.waitingForPause) {
      // A start_on_pause switched off while one waits shows it now.
      if (paused || wanted == 0 || now - open.openedAt >= settings.maxWait().toMillis()) {
        open.waitingForPause = false;
      }
    }
  }

  /** The heads-up card in line with the state: announced, waiting for a pause, or none. */
  private void showHeadsUp() {
    HeadsUp wanted = null;
    if (open == null && upcoming != null && upcoming.cardShown) {
      long seconds = Math.max(1, (upcoming.leftWhenAnnounced + 999) / 1000);
      wanted =
          new HeadsUp(
              upcoming.type, upcoming.choice.exercise, Optional.of(Duration.ofSeconds(seconds)));
    } else if (open != null
        && open.waitingForPause
        && open.heldSince == NOT_HELD
        && open.warnedAt < open.openedAt) {
      wanted = new HeadsUp(open.type, open.exercise, Optional.empty());
    }
    if (wanted == null && headsUpShown != null) {
      prompter.closeHeadsUp();
    } else if (wanted != null && !wanted.equals(headsUpShown)) {
      prompter.headsUp(wanted);
    }
    headsUpShown = wanted;
  }

  private int skipsLeft(BreakType type) {
    rollSkipDay();
    int allowed = settings.of(type).skipsPerDay();
    if (allowed == BreakSettings.UNLIMITED) {
      return allowed;
    }
    return Math.max(0, allowed - skipsUsed.getOrDefault(type, 0));
  }

  /** Skips are counted per local day: a new day brings the full budget back. */
  private void rollSkipDay() {
    LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(clock.millis()), clock.getZone());
    if (!today.equals(skipDay)) {
      skipDay = today;
      skipsUsed.clear();
    }
  }

  /** The micro interval in force, tightened while a knot lasts; never down to the duration. */
  private long interval(BreakType type) {
    BreakSettings s = settings.of(type);
    if (type != BreakType.MICRO) {
      return s.interval().toMillis();
    }
    Duration tightened = focus.microInterval(s.interval());
    return tightened.compareTo(s.duration()) > 0 ? tightened.toMillis() : s.interval().toMillis();
  }

  private boolean tightened() {
    return interval(BreakType.MICRO) < settings.micro().interval().toMillis();
  }

  /**
   * Judges each {@link #MOUSE_WINDOW_MILLIS} of active time: if the mouse made more than {@link
   * #MOUSE_HEAVY_SHARE} of its input, the next micro-break is "switch mouse hand".
   */
  private void judgeMouseWindow() {
    if (mouseWindowActive < MOUSE_WINDOW_MILLIS) {
      return;
    }
    long keyboard = activity.keyboardEvents() - mouseWindowKeyboardStart;
    long mouse = activity.mouseEvents() - mouseWindowMouseStart;
    if (focus.mouseNudge() && mouse > MOUSE_HEAVY_SHARE * (keyboard + mouse)) {
      mouseNudgeDue = true;
    }
    mouseWindowActive = 0;
    mouseWindowKeyboardStart = activity.keyboardEvents();
    mouseWindowMouseStart = activity.mouseEvents();
  }

  private boolean takeMouseNudge() {
    judgeMouseWindow();
    boolean due = mouseNudgeDue && focus.mouseNudge();
    mouseNudgeDue = false;
    return due;
  }

  private void close(Outcome outcome, long at) {
    endHold(at);
    record(open.type, outcome, open.exercise.id(), open.openedAt, at);
    open = null;
  }

  /** A prompt that waited for quiet to end is logged as held, for as long as it waited. */
  private void endHold(long at) {
    if (open.heldSince != NOT_HELD) {
      record(open.type, Outcome.HELD, open.exercise.id(), open.heldSince, at);
      open.heldSince = NOT_HELD;
      open.heldReason = null;
    }
  }

  private void handleRequests(long now) {
    Request request;
    while ((request = requests.poll()) != null) {
      if (request.pause == -1) {
        pausedUntil = 0;
      } else if (request.pause > 0) {
        pausedUntil = request.pause > now ? request.pause : 0;
        if (pausedUntil != 0
            && open != null
            && (open.displayed || open.heldSince != NOT_HELD || open.waitingForPause)) {
          postpone(now);
        }
      } else if (request.breakNow != null) {
        if (open != null && open.waitingForPause) {
          open.waitingForPause = false; // asked for now: no more waiting for a pause
        } else if (open == null) {
          timers.get(request.breakNow).clearPostpones();
          openBreak(request.breakNow, now);
          open.requested = true;
        }
      } else if (open != null && open.promptId == request.promptId) {
        answer(request.answer, now);
      }
    }
  }

  private void answer(Answer answer, long now) {
    BreakType type = open.type;
    switch (answer) {
      case DONE -> {
        close(Outcome.TAKEN, now);
        reset(type);
      }
      case POSTPONE -> {
        if (open.postponesLeft > 0) {
          postpone(now);
        }
      }
      case SKIP -> {
        // Once today's skips are used, a late click or a closed window does not skip.
        if (skipsLeft(type) > 0) {
          if (settings.of(type).skipsPerDay() != BreakSettings.UNLIMITED) {
            skipsUsed.merge(type, 1, Integer::sum);
          }
          close(Outcome.SKIPPED, now);
          reset(type);
        }
      }
    }
  }

  /** The open break comes back after the postpone delay of active time. */
  private void postpone(long now) {
    BreakType type = open.type;
    BreakSettings s = settings.of(type);
    TimerState timer = timers.get(type);
    timer.postponed = new Choice(open.exercise, open.note);
    close(Outcome.POSTPONED, now);
    timer.active = Math.max(0, interval(type) - s.postpone().toMillis());
    timer.postpones++;
  }

  /** Brings the screen in line with the state, once per update. */
  private void showNetResult(long now) {
    showHeadsUp();
    if (open == null) {
      if (displayedPromptId != 0) {
        prompter.close(displayedPromptId);
        displayedPromptId = 0;
      }
      return;
    }
    if (displayedPromptId != open.promptId) {
      if (displayedPromptId != 0) {
        prompter.close(displayedPromptId);
        displayedPromptId = 0;
      }
      if (open.waitingForPause) {
        return;
      }
      Optional<String> hold = quietReason();
      if (hold.isPresent()) {
        if (open.heldSince == NOT_HELD) {
          open.heldSince = now;
        }
        if (open.holdBegan == NOT_HELD) {
          open.holdBegan = now;
        }
        open.heldReason = hold.get();
        if (now - open.holdBegan >= maxHoldMillis) {
          giveUpHold(now);
        }
        return;
      }
      endHold(now);
      BreakSettings s = settings.of(open.type);
      int postpones = timers.get(open.type).postpones;
      prompter.show(
          new BreakPrompt(
              open.promptId,
              open.type,
              open.exercise,
              Duration.ofMillis(open.durationMillis),
              open.postponesLeft,
              Optional.ofNullable(open.note),
              s.postpone(),
              s.durationAfter(postpones + 1),
              skipsLeft(open.type)));
      displayedPromptId = open.promptId;
      open.displayed = true;
      open.shownAt = now;
    }
    long remaining = open.durationMillis - open.idleDone;
    long quietFor = now - seenInput;
    Countdown state;
    if (quietFor >= settings.idleThreshold().toMillis()) {
      state = Countdown.COUNTING; // the pause so far is already counted in idleDone
    } else if (quietFor >= LET_GO_MILLIS) {
      // Below the idle threshold the pause is not counted yet, but it will be from its start.
      long countFrom = open.requested ? Math.max(seenInput, open.openedAt) : seenInput;
      remaining = Math.max(0, remaining - Math.max(0, now - countFrom));
      state = Countdown.COUNTING;
    } else {
      state = open.idleDone > 0 ? Countdown.PAUSED_BY_INPUT : Countdown.WAITING_FOR_LET_GO;
    }
    prompter.progress(open.promptId, Duration.ofMillis(remaining), state);
  }

  /** Not an endless hold: the break stops waiting, and one reminder stands in for it. */
  private void giveUpHold(long now) {
    BreakType type = open.type;
    String reason = open.heldReason;
    close(Outcome.UNANSWERED, now);
    reset(type);
    longHold.gaveUp(type, reason);
  }

  /** A detector that fails must not stop breaks: it counts as "not quiet". */
  private Optional<String> quietReason() {
    try {
      return quiet.reason();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private long nextWake(long now) {
    long threshold = settings.idleThreshold().toMillis();
    // At least every few minutes: a missed "input resumed" signal costs little.
    long wake = now + MAX_SLEEP_MILLIS;
    if (now - seenInput < threshold) {
      for (BreakType type : BreakType.values()) {
        if (counts(type)) {
          long left = interval(type) - timers.get(type).active;
          wake = Math.min(wake, now + left);
        }
      }
      if (open != null) {
        wake = Math.min(wake, seenInput + threshold);
      }
    } else if (open != null) {
      long remaining = open.durationMillis - open.idleDone;
      wake = Math.min(wake, now + Math.min(remaining, COUNTDOWN_REFRESH_MILLIS));
    }
    if (now - seenInput < threshold || minutes.hasPending()) {
      // A minute with activity is written as soon as it ends: a crash loses at most the one under
      // way, and a clean stop writes that too (shutdown).
      wake = Math.min(wake, ActivityMinutes.endOfMinute(now));
    }
    if (open != null && open.heldSince != NOT_HELD) {
      wake = Math.min(wake, now + QUIET_RECHECK_MILLIS);
    }
    wake = Math.min(wake, flowWake(now));
    if (pausedUntil > now) {
      // Nothing falls due while paused; only the end of the pause matters.
      wake = Math.min(now + MAX_SLEEP_MILLIS, Math.max(wake, pausedUntil));
    }
    return Math.max(wake, now + MIN_SLEEP_MILLIS);
  }

  /** When the heads-up, the wait for a pause or the prompt's countdown words next change. */
  private long flowWake(long now) {
    long wake = Long.MAX_VALUE;
    long startOnPause = settings.startOnPause().toMillis();
    long headsUp = settings.headsUp().toMillis();
    if (open == null && upcoming == null && headsUp > 0 && now - seenInput < threshold()) {
      for (BreakType type : BreakType.values()) {
        long left = interval(type) - timers.get(type).active;
        if (counts(type) && left > headsUp) {
          wake = Math.min(wake, now + left - headsUp);
        }
      }
    }
    boolean watchForPause =
        open == null && upcoming != null && upcoming.cardShown
            || open != null && open.waitingForPause;
    if (watchForPause && startOnPause > 0 && seenInput + startOnPause > now) {
      wake = Math.min(wake, seenInput + startOnPause);
    }
    if (open != null && open.waitingForPause) {
      wake = Math.min(wake, open.openedAt + settings.maxWait().toMillis());
    }
    if (open != null && open.displayed && now - seenInput < threshold()) {
      wake = Math.min(wake, now + COUNTDOWN_REFRESH_MILLIS); // to see the user let go
    }
    return wake;
  }

  private long threshold() {
    return settings.idleThreshold().toMillis();
  }

  private void record(BreakType type, Outcome outcome, String exercise, long start, long end) {
    unsaved.add(new BreakRecord(type, outcome, exercise, at(start), at(Math.max(start, end))));
  }

  /**
   * Hands records to the log in order. A failing log (disk full, database locked) keeps them here
   * for the next update; it is the log's job to report the failure.
   */
  private void saveRecords() {
    if (!unsavedMinutes.isEmpty()) {
      try {
        activityLog.record(List.copyOf(unsavedMinutes));
        unsavedMinutes.clear();
        if (activityLogFailing) {
          activityLogFailing = false;
          // not translated: a log line
          String works = "saving active time works again";
          String dropped =
              // not translated: a log line
              "; " + droppedMinutes + " minute(s) of it were dropped, the oldest first";
          problems.accept(works + (droppedMinutes > 0 ? dropped : ""));
          droppedMinutes = 0;
        }
      } catch (RuntimeException e) {
        // Kept for the next update, like break records; said once, not at every retry.
        if (!activityLogFailing) {
          activityLogFailing = true;
          // not translated: a log line
          String kept = "); up to a day of it is kept in memory and retried";
          // not translated: a log line
          problems.accept("cannot save active time (" + e.getMessage() + kept);
        }
      }
    }
    while (!unsaved.isEmpty()) {
      try {
        log.record(unsaved.peek());
      } catch (RuntimeException e) {
        return;
      }
      unsaved.remove();
    }
  }

  /** Keeps new minutes for the activity log, and the newest day of them if it keeps failing. */
  private void keepUnsaved(List<ActivityMinute> drained) {
    unsavedMinutes.addAll(drained);
    while (unsavedMinutes.size() > MOST_UNSAVED_MINUTES) {
      unsavedMinutes.removeFirst();
      droppedMinutes++;
    }
  }

  /** How many records wait for the log to accept them. */
  public synchronized int unsavedRecords() {
    return unsaved.size();
  }

  private OffsetDateTime at(long epochMillis) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone());
  }

  /** The wall clock stepped back: move every instant we hold back with it. */
  private void rebase(long shift) {
    accountedTo -= shift;
    seenInput -= shift;
    if (open != null) {
      open.openedAt -= shift;
      open.shownAt -= shift;
      if (open.warnedAt != Long.MAX_VALUE) {
        open.warnedAt -= shift;
      }
      if (open.heldSince != NOT_HELD) {
        open.heldSince -= shift;
      }
      if (open.holdBegan != NOT_HELD) {
        open.holdBegan -= shift;
      }
    }
    if (upcoming != null) {
      upcoming.announcedAt -= shift;
    }
    if (pause != null) {
      pause.start -= shift;
      pause.processedTo -= shift;
    }
  }

  private static final class TimerState {
    long active;
    int postpones;

    /** What the postponed break had, so it comes back the same; null when not postponed. */
    Choice postponed;

    void reset() {
      active = 0;
      clearPostpones();
    }

    void clearPostpones() {
      postpones = 0;
      postponed = null;
    }
  }

  /** An exercise for a break, and the note that says why it is this one, if any. */
  private record Choice(Exercise exercise, String note) {}

  /** A break announced by the heads-up card. */
  private static final class Upcoming {
    final BreakType type;
    final Choice choice;
    long announcedAt;
    final long leftWhenAnnounced;

    /** False when quiet held the card back: the break still waits for a pause once due. */
    final boolean cardShown;

    Upcoming(
        BreakType type,
        Choice choice,
        long announcedAt,
        long leftWhenAnnounced,
        boolean cardShown) {
      this.type = type;
      this.choice = choice;
      this.announcedAt = announcedAt;
      this.leftWhenAnnounced = leftWhenAnnounced;
      this.cardShown = cardShown;
    }
  }

  private static final long NOT_HELD = Long.MIN_VALUE;

  private static final class OpenBreak {
    final long promptId;
    final BreakType type;
    final Exercise exercise;
    final long durationMillis;
    final int postponesLeft;
    final String note;
    long openedAt;
    long heldSince = NOT_HELD;
    String heldReason;

    /** When the hold that keeps this break waiting began, also for a micro-break it superseded. */
    long holdBegan = NOT_HELD;

    long idleDone;
    boolean displayed;
    long shownAt;

    /**
     * When the user was told the break was coming (the heads-up, else the prompt); a pause that
     * began after it is the user taking the break, not a natural one.
     */
    long warnedAt = Long.MAX_VALUE;

    /** Due, and waiting for the user's first short pause before the prompt shows. */
    boolean waitingForPause;

    /** Asked for with break-now rather than fallen due. */
    boolean requested;

    OpenBreak(
        long promptId,
        BreakType type,
        Exercise exercise,
        long openedAt,
        long durationMillis,
        int postponesLeft,
        String note) {
      this.note = note;
      this.promptId = promptId;
      this.type = type;
      this.exercise = exercise;
      this.openedAt = openedAt;
      this.durationMillis = durationMillis;
      this.postponesLeft = postponesLeft;
    }
  }

  private static final class Pause {
    long start;
    long processedTo;

    /** The longest break type this pause has completed, if it counts as a natural break. */
    BreakType natural;

    Pause(long start) {
      this.start = start;
      this.processedTo = start;
    }

    void markNatural(BreakType type) {
      if (natural == null || type == BreakType.REST) {
        natural = type;
      }
    }
  }

  /**
   * @param pause 0 for none, -1 to resume, else the epoch millisecond the pause ends
   */
  private record Request(long promptId, Answer answer, BreakType breakNow, long pause) {}
}
