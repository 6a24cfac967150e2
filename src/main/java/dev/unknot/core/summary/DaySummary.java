package dev.unknot.core.summary;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One local calendar day.
 *
 * @param longestStretchSeconds the longest run of work with no idle period of at least the
 *     micro-break duration, and no taken or natural break, in it
 * @param exercises the exercises done in taken breaks, by id
 * @param maxSeverity the worst knot reported that day, 0 if none
 */
public record DaySummary(
    LocalDate day,
    long activeSeconds,
    long longestStretchSeconds,
    BreakCounts breaks,
    long keyboardEvents,
    long mouseEvents,
    Map<String, Integer> exercises,
    KnotDayStatus knots,
    int maxSeverity) {

  public DaySummary {
    exercises = Map.copyOf(exercises);
  }

  /** A working day is one with any active time. */
  public boolean working() {
    return activeSeconds > 0;
  }

  public OptionalDouble mouseShare() {
    return share(mouseEvents, keyboardEvents);
  }

  static OptionalDouble share(long mouse, long keyboard) {
    long all = mouse + keyboard;
    return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) mouse / all);
  }
}
