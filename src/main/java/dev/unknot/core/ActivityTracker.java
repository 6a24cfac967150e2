package dev.unknot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

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

  /** While the screen is locked, input is someone at the lock screen, not work. */
  private volatile boolean screenLocked;

  /** Input reported as older than the last unlock happened at the lock screen. */
  private volatile long unlockedAt = NEVER;

  /**
   * Event counts of the last {@link #RING_MINUTES} minutes, by epoch minute modulo the ring size.
   * Written only by the input thread; read for minutes that are over.
   */
  static final int RING_MINUTES = 64;

  private final AtomicLongArray ringMinute = new AtomicLongArray(RING_MINUTES);
  private final AtomicLongArray ringKeyboard = new AtomicLongArray(RING_MINUTES);
  private final AtomicLongArray ringMouse = new AtomicLongArray(RING_MINUTES);

  public ActivityTracker(Clock clock, Duration idleThreshold) {
    this.clock = Objects.requireNonNull(clock, "clock");
    setIdleThreshold(idleThreshold);
  }

  public void setIdleThreshold(Duration idleThreshold) {
    this.idleThresholdMillis = idleThreshold.toMillis();
  }

  /** How long without input is a pause: a source that hands over in batches must do so sooner. */
  public long idleThresholdMillis() {
    return idleThresholdMillis;
  }

  /**
   * Runs on the input thread at the first input after an idle pause, so the engine can wake up and
   * account for the pause. It runs once per burst, not once per event.
   */
  public void setBurstListener(Runnable listener) {
    this.burstListener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * The screen locked or unlocked. Input while it is locked (typing the password) is not activity,
   * so the time locked is a pause from the last input before the lock.
   */
  public void setScreenLocked(boolean locked) {
    if (!locked && screenLocked) {
      unlockedAt = clock.millis();
    }
    screenLocked = locked;
  }

  public boolean screenLocked() {
    return screenLocked;
  }

  public void onKeyboardEvent() {
    if (screenLocked) {
      return;
    }
    keyboardEvents.incrementAndGet();
    long now = clock.millis();
    ringKeyboard.incrementAndGet(slot(now));
    onInput(now);
  }

  public void onMouseEvent() {
    if (screenLocked) {
      return;
    }
    mouseEvents.incrementAndGet();
    long now = clock.millis();
    ringMouse.incrementAndGet(slot(now));
    onInput(now);
  }

  /**
   * Events counted elsewhere and handed over together, the last of them at {@code
   * lastAtEpochMillis}: the input hook's native side counts and hands over about once a second.
   * They count in the current minute, which is not stored yet, so that none is lost to a minute
   * already written.
   */
  public void onEvents(long keyboard, long mouse, long lastAtEpochMillis) {
    // A batch that ended before the unlock was typed at the lock screen.
    if ((keyboard <= 0 && mouse <= 0) || screenLocked || lastAtEpochMillis <= unlockedAt) {
      return;
    }
    long now = clock.millis();
    keyboardEvents.addAndGet(keyboard);
    mouseEvents.addAndGet(mouse);
    int slot = slot(now);
    ringKeyboard.addAndGet(slot, keyboard);
    ringMouse.addAndGet(slot, mouse);
    onInput(Math.min(lastAtEpochMillis, now));
  }

  /**
   * Input whose kind is unknown, at an instant already past: what an idle-time source reports. It
   * counts as activity but adds to neither count. Input while the screen was locked does not.
   */
  public void onInputAt(long epochMillis) {
    if (screenLocked || epochMillis <= unlockedAt) {
      return;
    }
    onInput(Math.min(epochMillis, clock.millis()));
  }

  /** The ring slot for this instant, cleared first when a new minute starts there. */
  private int slot(long nowMillis) {
    long minute = Math.floorDiv(nowMillis, 60_000L);
    int slot = (int) Math.floorMod(minute, (long) RING_MINUTES);
    if (ringMinute.get(slot) != minute + 1) {
      ringKeyboard.set(slot, 0);
      ringMouse.set(slot, 0);
      ringMinute.set(slot, minute + 1); // +1 so that 0 means "never written"
    }
    return slot;
  }

  /** Keyboard events counted in this epoch minute, while it is still in the ring. */
  public long keyboardEventsIn(long epochMinute) {
    return countIn(ringKeyboard, epochMinute);
  }

  public long mouseEventsIn(long epochMinute) {
    return countIn(ringMouse, epochMinute);
  }

  private long countIn(AtomicLongArray counts, long epochMinute) {
    int slot = (int) Math.floorMod(epochMinute, (long) RING_MINUTES);
    return ringMinute.get(slot) == epochMinute + 1 ? counts.get(slot) : 0;
  }

  private void onInput(long now) {
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
