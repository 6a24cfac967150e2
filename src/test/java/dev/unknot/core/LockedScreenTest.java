package dev.unknot.core;

import static dev.unknot.core.EngineHarness.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A locked screen on the engine's timeline (defaults: micro 15 min / 30 s, idle threshold 5 s):
 * input at the lock screen is not work, the time locked is away, and nothing shows over the lock.
 */
class LockedScreenTest {

  private final EngineHarness h = new EngineHarness();

  LockedScreenTest() {
    h.engine.setQuietDetector(QuietDetector.lockedOr(h.tracker, QuietDetector.NEVER));
  }

  private List<String> outcomes() {
    return h.log.records.stream().map(r -> r.type().id() + " " + r.outcome().id()).toList();
  }

  private void lock() {
    h.tracker.setScreenLocked(true);
    h.wake();
  }

  private void unlock() {
    h.tracker.setScreenLocked(false);
    h.wake();
  }

  @Test
  void typingThePasswordAtTheLockScreenDoesNotCountAsWork() {
    h.tick(true, 600);
    lock();
    h.tick(true, 120); // the lock screen sees every key; none of it is work
    unlock();
    h.tick(true, 10);

    assertEquals(List.of("micro natural"), outcomes(), "two minutes locked: a natural micro-break");
    BreakRecord natural = h.log.records.get(0);
    assertEquals(at(599), natural.startedAt(), "from the last input before the lock");
    assertEquals(at(720), natural.endedAt(), "to the first input after it");
    assertEquals(List.of(), h.prompter.timeline(), "no prompt");
    assertEquals(
        Duration.ofSeconds(10), h.engine.status().timer(BreakType.MICRO).active(), "counted anew");
  }

  @Test
  void aLockAsLongAsARestIsANaturalRest() {
    EngineHarness rests =
        new EngineHarness(
            EngineHarness.settings(
                5,
                new BreakSettings(
                    false,
                    Duration.ofMinutes(15),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(3),
                    2),
                BreakSettings.REST_DEFAULTS));
    rests.engine.setQuietDetector(QuietDetector.lockedOr(rests.tracker, QuietDetector.NEVER));
    rests.tick(true, 2400);
    rests.tracker.setScreenLocked(true);
    rests.tick(true, 360);
    rests.tracker.setScreenLocked(false);
    rests.tick(true, 5);

    assertEquals(
        List.of("rest natural"),
        rests.log.records.stream().map(r -> r.type().id() + " " + r.outcome().id()).toList());
    assertEquals(List.of(), rests.prompter.timeline());
  }

  @Test
  void aLockShorterThanTheBreakIsOnlyAPause() {
    h.tick(true, 600);
    lock();
    h.tick(true, 20);
    unlock();

    assertEquals(
        Duration.ofSeconds(604),
        h.engine.status().timer(BreakType.MICRO).active(),
        "input until 599 s, the 5 s idle threshold after it, none of the lock");
    h.tick(true, 10);
    assertEquals(List.of(), outcomes(), "20 s locked is less than the 30 s micro-break");
  }

  @Test
  void noBreakShowsOverTheLockAndNoneWaitsAtUnlock() {
    h.tick(true, 898);
    lock(); // the micro-break falls due 2 s into the lock, in the idle threshold after the input
    h.tick(false, 60);
    assertEquals(List.of(), h.prompter.timeline(), "nothing shown on top of the lock");
    unlock();
    h.tick(true, 10);

    assertEquals(List.of(), h.prompter.timeline(), "nothing waits at unlock");
    assertNull(h.prompter.open());
    assertEquals(List.of("micro held", "micro natural"), outcomes());
  }

  @Test
  void whileLockedTheStatusSaysBreaksAreHeldForTheLock() {
    h.tick(true, 898);
    lock();
    h.tick(false, 3);
    assertEquals(Optional.of("held while the screen is locked"), h.engine.status().why());
  }

  @Test
  void aPromptOnScreenWhenTheScreenLocksEndsTakenOnceTheLockLastsTheBreak() {
    h.tick(true, 901); // shown at 900
    lock();
    h.tick(true, 60);
    assertNull(h.prompter.open(), "the break ran out behind the lock, and the prompt closed");
    unlock();
    h.tick(true, 10);

    assertEquals(List.of("900 show micro", "930 close"), h.prompter.timeline());
    assertEquals(List.of("micro taken"), outcomes());
  }

  @Test
  void idleTimeReportedAfterTheUnlockForInputAtTheLockScreenIsNotActivity() {
    h.tick(true, 600);
    lock();
    h.tick(false, 60);
    long typedPasswordAt = h.clock.millis() - 2_000;
    unlock();
    // An idle-time source polls once a second: it learns of the password only after the unlock.
    h.tracker.onInputAt(typedPasswordAt);
    assertEquals(at(599).toInstant().toEpochMilli(), h.tracker.lastInputMillis());
    h.tick(true, 5);

    assertEquals(List.of("micro natural"), outcomes());
  }
}
