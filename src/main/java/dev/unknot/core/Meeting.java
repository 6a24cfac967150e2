package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Meeting mode: the user says they are in a meeting, for a while or until they end it, and breaks
 * wait. It lives in memory only; a restart of the daemon ends it.
 *
 * <p>When a timed meeting's time is up it does not let go at once: the user is asked (the "meeting
 * over" card) whether to take the break now, in a few minutes, or to extend the meeting, and the
 * break waits for that answer for at most {@link #ANSWER_WAIT}. A meeting extended "then the break"
 * ends without asking. Safe to use from any thread.
 */
public final class Meeting implements QuietDetector {

  /** How long an unanswered "meeting over" question keeps breaks waiting. */
  public static final Duration ANSWER_WAIT = Duration.ofMinutes(5);

  /** Where a meeting stands at an instant. */
  public enum Phase {
    /** No meeting. */
    NONE,
    /** In a meeting: breaks wait. */
    ON,
    /** The time is up and the user has not answered yet: breaks still wait, briefly. */
    TIME_UP
  }

  private final Clock clock;
  private boolean on;
  private Instant until; // null while on: until the user ends it
  private boolean askAtEnd;
  private boolean timeUpTaken;

  public Meeting(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts a meeting, replacing one under way.
   *
   * @param length how long, or empty for one that lasts until the user ends it
   * @return when it ends, empty when the user ends it
   */
  public synchronized Optional<Instant> start(Optional<Duration> length) {
    length.ifPresent(Meeting::requirePositive);
    on = true;
    until = length.map(clock.instant()::plus).orElse(null);
    askAtEnd = true;
    timeUpTaken = false;
    return Optional.ofNullable(until);
  }

  /**
   * Ends the meeting at once.
   *
   * @return whether one was under way (a meeting whose time is up but not yet answered counts)
   */
  public synchronized boolean end() {
    boolean was = phase() != Phase.NONE;
    on = false;
    until = null;
    return was;
  }

  /**
   * Adds time: to the end of a timed meeting, or from now to a meeting whose time is up (or that is
   * not on). A meeting without an end stays without one. The meeting asks again at its end.
   *
   * @return when it now ends, empty when the user ends it
   */
  public synchronized Optional<Instant> extend(Duration more) {
    requirePositive(more);
    Phase phase = phase();
    if (phase == Phase.ON && until == null) {
      return Optional.empty();
    }
    Instant from = phase == Phase.ON ? until : clock.instant();
    on = true;
    until = from.plus(more);
    askAtEnd = true;
    timeUpTaken = false;
    return Optional.of(until);
  }

  /**
   * Extends the meeting from now for the user's "break in 5 minutes": at its end the break shows
   * without another question.
   */
  public synchronized Instant extendThenBreak(Duration more) {
    requirePositive(more);
    on = true;
    until = clock.instant().plus(more);
    askAtEnd = false;
    timeUpTaken = false;
    return until;
  }

  public synchronized Phase phase() {
    if (!on) {
      return Phase.NONE;
    }
    if (until == null) {
      return Phase.ON;
    }
    Instant now = clock.instant();
    if (now.isBefore(until)) {
      return Phase.ON;
    }
    if (askAtEnd && now.isBefore(until.plus(ANSWER_WAIT))) {
      return Phase.TIME_UP;
    }
    return Phase.NONE;
  }

  /** When the meeting ends; empty with no meeting or one that lasts until the user ends it. */
  public synchronized Optional<Instant> until() {
    return phase() == Phase.NONE ? Optional.empty() : Optional.ofNullable(until);
  }

  /** Time left in a timed meeting under way; zero once its time is up; empty without an end. */
  public synchronized Optional<Duration> remaining() {
    Phase phase = phase();
    if (phase == Phase.NONE || until == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), until);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  /**
   * True exactly once per meeting end that wants the question asked, from its end on: the caller
   * then shows the "meeting over" card.
   */
  public synchronized boolean takeTimeUp() {
    if (phase() != Phase.TIME_UP || timeUpTaken) {
      return false;
    }
    timeUpTaken = true;
    return true;
  }

  /**
   * True exactly once when a meeting extended "then the break" reaches its end, which also ends it:
   * the caller then brings the break.
   */
  public synchronized boolean takeBreakAtEnd() {
    if (!on || askAtEnd || until == null || clock.instant().isBefore(until)) {
      return false;
    }
    on = false;
    until = null;
    return true;
  }

  /**
   * The next instant at which the phase changes by itself (the end, or the end of the wait for an
   * answer), for a timer; empty when nothing changes without the user.
   */
  public synchronized Optional<Instant> nextChange() {
    Phase phase = phase();
    if (phase == Phase.NONE || until == null) {
      return Optional.empty();
    }
    return Optional.of(phase == Phase.ON ? until : until.plus(ANSWER_WAIT));
  }

  /** The state in words for people, or empty with no meeting: "in a meeting until 14:30". */
  public Optional<String> describe(ZoneId zone) {
    Phase phase;
    Instant end;
    synchronized (this) {
      phase = phase();
      end = until;
    }
    return switch (phase) {
      case NONE -> Optional.empty();
      case ON ->
          Optional.of(
              end == null
                  ? Messages.get("meeting.untilEnded")
                  : Messages.get(
                      "meeting.until",
                      DateTimeFormatter.ofPattern(
                              Messages.get("time.hoursMinutes"), Messages.locale())
                          .format(end.atZone(zone))));
      case TIME_UP -> Optional.of(Messages.get("meeting.timeUp"));
    };
  }

  /** Breaks wait while a meeting is on, and while its "meeting over" question is unanswered. */
  @Override
  public Optional<String> reason() {
    return describe(clock.getZone());
  }

  private static void requirePositive(Duration d) {
    if (d.isNegative() || d.isZero()) {
      // not translated: a programming error; the CLI checks first
      throw new IllegalArgumentException("a meeting lasts some time, not " + d);
    }
  }
}
