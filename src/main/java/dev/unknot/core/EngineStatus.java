package dev.unknot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the engine for the tray and the command line.
 *
 * @param openBreak the break on screen now, if any
 * @param idle true once the user has paused for at least the idle threshold
 * @param pausedUntil when a pause the user asked for ends, if one is on
 */
public record EngineStatus(
    List<Timer> timers,
    Optional<BreakType> openBreak,
    boolean idle,
    Optional<Instant> pausedUntil) {

  /**
   * @param active active time counted towards the next break of this type
   */
  public record Timer(BreakType type, boolean enabled, Duration active, Duration interval) {

    /** Active time still to go before the break falls due; zero once it has. */
    public Duration untilDue() {
      Duration left = interval.minus(active);
      return left.isNegative() ? Duration.ZERO : left;
    }
  }

  public Timer timer(BreakType type) {
    return timers.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }
}
