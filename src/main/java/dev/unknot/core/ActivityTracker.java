package dev.unknot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where input events land. It is called from the input hook's thread for every event, so it takes
 * no lock, does no I/O and allocates nothing: it keeps only the time of the last input, the start
 * of the current burst of input, and two counters. It never learns which key or button it was.
 */
public final class ActivityTracker {

  /** The value of {@link #lastInputMillis()} before any input arrived. */
  public static final long NEVER = Long.MIN_VALUE;

  private final Clock clock;
  private final AtomicLong keyboardEvents = new AtomicLong();
  private final AtomicLong mouseEvents = new AtomicLong();
  private volatile long idleThresholdMillis;
  private volatile long lastInput = NEVER;
  private volatile long burstStart = NEVER;
  private volatile long lastInputBeforeBurst = NEVER;
  private volatile Runnable burstListener = () -> {};

  public ActivityTracker(Clock clock, Duration idleThreshold) {
    this.clock = Objects.requireNonNull(clock, "clock");
    setIdleThreshold(idleThreshold);
  }

  public void setIdleThreshold(Duration idleThreshold) {
    this.idleThresholdMillis = idleThreshold.toMillis();
  }

  /**
   * Runs on the input thread at the first input after an idle pause, so the engine can wake up and
   * account for the pause. It runs once per burst, not once per event.
   */
  public void setBurstListener(Runnable listener) {
    this.burstListener = Objects.requireNonNull(listener, "listener");
  }

  public void onKeyboardEvent() {
    keyboardEvents.incrementAndGet();
    onInput();
  }

  public void onMouseEvent() {
    mouseEvents.incrementAndGet();
    onInput();
  }

  private void onInput() {
    long now = clock.millis();
    long last = lastInput;
    // A clock that stepped back also starts a new burst, or the user would look idle until it
    // caught up again.
    if (last == NEVER || now - last >= idleThresholdMillis || now < last) {
      // Written before lastInput: a reader that sees the new lastInput also sees this burst.
      lastInputBeforeBurst = last;
      burstStart = now;
      lastInput = now;
      burstListener.run();
    } else {
      lastInput = now;
    }
  }

  /** Epoch milliseconds of the last input, or {@link #NEVER}. */
  public long lastInputMillis() {
    return lastInput;
  }

  /** Epoch milliseconds of the first input after the last idle pause, or {@link #NEVER}. */
  public long burstStartMillis() {
    return burstStart;
  }

  /** Epoch milliseconds of the last input before the current burst, or {@link #NEVER}. */
  public long lastInputBeforeBurstMillis() {
    return lastInputBeforeBurst;
  }

  public long keyboardEvents() {
    return keyboardEvents.get();
  }

  public long mouseEvents() {
    return mouseEvents.get();
  }
}
