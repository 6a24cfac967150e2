package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the input hook's native side counts events and hands them over about once a second.
 * What it hands over must count exactly, in a minute not yet written, with the time of the last
 * event rather than the time of the hand-over.
 */
class ActivityTrackerHandOverTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
  private final ActivityTracker tracker = new ActivityTracker(clock, Duration.ofSeconds(5));
  private final long firstMinute = START.getEpochSecond() / 60;

  @Test
  void eventsHandedOverTogetherCountOneForOne() {
    tracker.onEvents(7, 300, clock.millis());
    clock.advance(Duration.ofSeconds(1));
    tracker.onEvents(0, 1000, clock.millis());

    assertEquals(7, tracker.keyboardEvents());
    assertEquals(1300, tracker.mouseEvents());
    assertEquals(7, tracker.keyboardEventsIn(firstMinute));
    assertEquals(1300, tracker.mouseEventsIn(firstMinute));
  }

  @Test
  void eventsOfAMinuteThatHasEndedCountInTheMinuteUnderWay() {
    long lastEvent = START.plusSeconds(59).plusMillis(900).toEpochMilli();
    clock.advance(Duration.ofMillis(60_400)); // handed over after the minute ended

    tracker.onEvents(3, 40, lastEvent);

    assertEquals(0, tracker.mouseEventsIn(firstMinute), "that minute may be written already");
    assertEquals(40, tracker.mouseEventsIn(firstMinute + 1));
    assertEquals(3, tracker.keyboardEventsIn(firstMinute + 1));
  }

  @Test
  void theLastInputIsWhenTheLastEventHappenedNotWhenItWasHandedOver() {
    long lastEvent = clock.millis();
    clock.advance(Duration.ofMillis(1_200));

    tracker.onEvents(1, 1, lastEvent);

    assertEquals(lastEvent, tracker.lastInputMillis());
  }

  @Test
  void aTimeAheadOfTheClockIsTakenAsNow() {
    tracker.onEvents(1, 0, clock.millis() + 5_000);

    assertEquals(clock.millis(), tracker.lastInputMillis());
  }

  @Test
  void eventsHandedOverFromTheLockScreenAreNotInput() {
    long before = tracker.lastInputMillis();
    tracker.setScreenLocked(true);
    tracker.onEvents(12, 30, clock.millis()); // the password typed at the lock screen
    long atTheLockScreen = clock.millis();
    clock.advance(Duration.ofMillis(500));
    tracker.setScreenLocked(false);
    tracker.onEvents(4, 0, atTheLockScreen); // the rest of it, handed over after the unlock

    assertEquals(0, tracker.keyboardEvents());
    assertEquals(0, tracker.mouseEvents());
    assertEquals(before, tracker.lastInputMillis());
  }

  @Test
  void nothingHandedOverIsNoInput() {
    AtomicInteger bursts = new AtomicInteger();
    tracker.setBurstListener(bursts::incrementAndGet);

    tracker.onEvents(0, 0, clock.millis());

    assertEquals(ActivityTracker.NEVER, tracker.lastInputMillis());
    assertEquals(0, bursts.get());
  }

  @Test
  void theFirstHandOverAfterAnIdlePauseStartsABurst() {
    AtomicInteger bursts = new AtomicInteger();
    tracker.setBurstListener(bursts::incrementAndGet);

    tracker.onEvents(2, 0, clock.millis());
    clock.advance(Duration.ofSeconds(1));
    tracker.onEvents(0, 5, clock.millis());
    clock.advance(Duration.ofSeconds(30));
    tracker.onEvents(0, 1, clock.millis());

    assertEquals(2, bursts.get());
    assertEquals(clock.millis(), tracker.burstStartMillis());
  }
}
