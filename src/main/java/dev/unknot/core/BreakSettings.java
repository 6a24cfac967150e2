package dev.unknot.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How one break type behaves.
 *
 * @param interval active time between two breaks of this type
 * @param duration idle time that completes the break, and the pause length that counts as a natural
 *     break
 * @param postpone active time after which a postponed break is prompted again
 * @param maxPostpones how many times in a row the break may be postponed
 */
public record BreakSettings(
    boolean enabled, Duration interval, Duration duration, Duration postpone, int maxPostpones) {

  public static final BreakSettings MICRO_DEFAULTS =
      new BreakSettings(
          true, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(3), 2);
  public static final BreakSettings REST_DEFAULTS =
      new BreakSettings(
          true, Duration.ofMinutes(50), Duration.ofMinutes(5), Duration.ofMinutes(5), 1);

  public BreakSettings {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(postpone, "postpone");
    requirePositive(interval, "interval");
    requirePositive(duration, "duration");
    requirePositive(postpone, "postpone");
    if (maxPostpones < 0) {
      throw new IllegalArgumentException("max_postpones must not be negative");
    }
  }

  private static void requirePositive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be longer than zero");
    }
  }
}
