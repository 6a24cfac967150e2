package dev.unknot.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the break engine needs to know about the user's preferences.
 *
 * @param idleThreshold a pause in input at least this long makes the user idle
 * @param headsUp this much active time before a break falls due, a card says it is coming; zero for
 *     none
 * @param startOnPause once a break is due, it is prompted at the first pause in input this long;
 *     zero prompts it at once
 * @param maxWait under continuous input, a due break waits at most this long for that pause
 */
public record EngineSettings(
    Duration idleThreshold,
    BreakSettings micro,
    BreakSettings rest,
    Duration headsUp,
    Duration startOnPause,
    Duration maxWait) {

  public static final Duration DEFAULT_IDLE_THRESHOLD = Duration.ofSeconds(5);
  public static final Duration DEFAULT_HEADS_UP = Duration.ofSeconds(30);
  public static final Duration DEFAULT_START_ON_PAUSE = Duration.ofSeconds(3);
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(60);

  public static EngineSettings defaults() {
    return new EngineSettings(
        DEFAULT_IDLE_THRESHOLD,
        BreakSettings.MICRO_DEFAULTS,
        BreakSettings.REST_DEFAULTS,
        DEFAULT_HEADS_UP,
        DEFAULT_START_ON_PAUSE,
        DEFAULT_MAX_WAIT);
  }

  /** Breaks prompted at the instant they fall due, with no heads-up. */
  public EngineSettings(Duration idleThreshold, BreakSettings micro, BreakSettings rest) {
    this(idleThreshold, micro, rest, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  public EngineSettings {
    Objects.requireNonNull(idleThreshold, "idleThreshold");
    Objects.requireNonNull(micro, "micro");
    Objects.requireNonNull(rest, "rest");
    Objects.requireNonNull(headsUp, "headsUp");
    Objects.requireNonNull(startOnPause, "startOnPause");
    Objects.requireNonNull(maxWait, "maxWait");
    if (idleThreshold.isNegative() || idleThreshold.isZero()) {
      // not translated: a programming error; the config check reports it first
      throw new IllegalArgumentException("idle_threshold must be longer than zero");
    }
    if (headsUp.isNegative() || startOnPause.isNegative()) {
      // not translated: a programming error; the config check reports it first
      throw new IllegalArgumentException("heads_up and start_on_pause must not be negative");
    }
    if (maxWait.compareTo(startOnPause) < 0) {
      // not translated: a programming error; the config check reports it first
      throw new IllegalArgumentException("max_wait must not be shorter than start_on_pause");
    }
  }

  /** The same preferences with another heads-up and wait for a pause. */
  public EngineSettings withFlow(
      Duration newHeadsUp, Duration newStartOnPause, Duration newMaxWait) {
    return new EngineSettings(idleThreshold, micro, rest, newHeadsUp, newStartOnPause, newMaxWait);
  }

  public BreakSettings of(BreakType type) {
    return type == BreakType.MICRO ? micro : rest;
  }
}
