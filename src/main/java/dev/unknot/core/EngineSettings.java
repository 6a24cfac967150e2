package dev.unknot.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the break engine needs to know about the user's preferences.
 *
 * @param idleThreshold a pause in input at least this long makes the user idle
 */
public record EngineSettings(Duration idleThreshold, BreakSettings micro, BreakSettings rest) {

  public static final Duration DEFAULT_IDLE_THRESHOLD = Duration.ofSeconds(5);

  public static EngineSettings defaults() {
    return new EngineSettings(
        DEFAULT_IDLE_THRESHOLD, BreakSettings.MICRO_DEFAULTS, BreakSettings.REST_DEFAULTS);
  }

  public EngineSettings {
    Objects.requireNonNull(idleThreshold, "idleThreshold");
    Objects.requireNonNull(micro, "micro");
    Objects.requireNonNull(rest, "rest");
    if (idleThreshold.isNegative() || idleThreshold.isZero()) {
      throw new IllegalArgumentException("idle_threshold must be longer than zero");
    }
  }

  public BreakSettings of(BreakType type) {
    return type == BreakType.MICRO ? micro : rest;
  }
}
