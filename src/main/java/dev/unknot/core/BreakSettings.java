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
 * @param postponeCost how much longer each postponement makes the break, in percent of its
 *     duration; the total is capped at {@link #MOST_EXTRA_PERCENT}
 * @param skipsPerDay how many times a day this break may be skipped; {@link #UNLIMITED} for no
 *     limit
 */
public record BreakSettings(
    boolean enabled,
    Duration interval,
    Duration duration,
    Duration postpone,
    int maxPostpones,
    int postponeCost,
    int skipsPerDay) {

  /** Postponing never makes a break more than this much longer, in percent. */
  public static final int MOST_EXTRA_PERCENT = 50;

  public static final int UNLIMITED = Integer.MAX_VALUE;

  public static final int DEFAULT_POSTPONE_COST = 20;
  public static final int DEFAULT_SKIPS_PER_DAY = 5;

  public static final BreakSettings MICRO_DEFAULTS =
      new BreakSettings(
          true,
          Duration.ofMinutes(15),
          Duration.ofSeconds(30),
          Duration.ofMinutes(3),
          2,
          DEFAULT_POSTPONE_COST,
          DEFAULT_SKIPS_PER_DAY);
  public static final BreakSettings REST_DEFAULTS =
      new BreakSettings(
          true,
          Duration.ofMinutes(50),
          Duration.ofMinutes(5),
          Duration.ofMinutes(5),
          1,
          DEFAULT_POSTPONE_COST,
          DEFAULT_SKIPS_PER_DAY);

  /** A break whose postponements cost nothing and which may be skipped without limit. */
  public BreakSettings(
      boolean enabled, Duration interval, Duration duration, Duration postpone, int maxPostpones) {
    this(enabled, interval, duration, postpone, maxPostpones, 0, UNLIMITED);
  }

  public BreakSettings {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(postpone, "postpone");
    requirePositive(interval, "interval");
    requirePositive(duration, "duration");
    requirePositive(postpone, "postpone");
    if (maxPostpones < 0) {
      // not translated: a programming error; the config check reports it first
      throw new IllegalArgumentException("max_postpones must not be negative");
    }
    if (postponeCost < 0 || postponeCost > MOST_EXTRA_PERCENT) {
      throw new IllegalArgumentException(
          // not translated: a programming error; the config check reports it first
          "postpone_cost must be from 0 to " + MOST_EXTRA_PERCENT + " percent");
    }
    if (skipsPerDay < 0) {
      // not translated: a programming error; the config check reports it first
      throw new IllegalArgumentException("skips_per_day must not be negative");
    }
  }

  public BreakSettings withCost(int percent, int skips) {
    return new BreakSettings(enabled, interval, duration, postpone, maxPostpones, percent, skips);
  }

  /** The break's length after this many postponements in a row. */
  public Duration durationAfter(int postponements) {
    long extra = Math.min(MOST_EXTRA_PERCENT, (long) postponeCost * postponements);
    return duration.plusMillis(duration.toMillis() * extra / 100);
  }

  private static void requirePositive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      // not translated: a programming error; the config check reports it first
      throw new IllegalArgumentException(name + " must be longer than zero");
    }
  }
}
