package dev.unknot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A wall clock that moves only when a test says so, with the monotonic clock beside it: both move
 * as time passes, only the wall clock is stepped, and only the wall clock runs while the machine
 * sleeps.
 */
final class MutableClock extends Clock {

  private Instant now;
  private long monotonicNanos = 1_000_000_000L;
  private final ZoneId zone;

  MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
    monotonicNanos += duration.toNanos();
  }

  /** The wall clock is set forward or back; no time passes. */
  void step(Duration duration) {
    now = now.plus(duration);
  }

  /** The machine sleeps: the monotonic clock stands still. */
  void sleep(Duration duration) {
    now = now.plus(duration);
  }

  long monotonicNanos() {
    return monotonicNanos;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
