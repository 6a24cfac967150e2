package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 7: active time lost on a crash. Each minute must reach the activity log as soon as
 * it ends, so a kill -9 loses at most the minute under way; a clean stop writes that one too. The
 * harness starts on a minute boundary.
 */
class ActivityWrittenPromptlyTest {

  private final EngineHarness h = new EngineHarness();
  private final long firstMinute = EngineHarness.START.getEpochSecond() / 60;

  private List<Long> writtenMinutes() {
    return h.minutes.stream().map(m -> m.epochMinute() - firstMinute).toList();
  }

  @Test
  void activeTimeLostOnACrashIsAtMostTheMinuteUnderWay() {
    h.tick(true, 60);
    assertEquals(List.of(0L), writtenMinutes(), "written as the minute ends, not minutes later");
    assertEquals(60, h.minutes.get(0).activeSeconds());

    h.tick(true, 90); // typing until 149; a kill -9 now loses only minute 2
    assertEquals(List.of(0L, 1L), writtenMinutes());
  }

  @Test
  void theLastActiveMinuteIsWrittenWhenItEndsThoughTheUserStopped() {
    h.tick(true, 30); // keys at 0..29, active until 34
    h.tick(false, 31);

    assertEquals(List.of(0L), writtenMinutes());
    assertEquals(34, h.minutes.get(0).activeSeconds());
  }

  @Test
  void aCleanStopWritesThePartialMinute() {
    h.tick(true, 90);
    h.engine.shutdown();

    assertEquals(List.of(0L, 1L), writtenMinutes());
    assertEquals(30, h.minutes.get(1).activeSeconds());
    assertEquals(30, h.minutes.get(1).keyboardEvents());
  }

  @Test
  void anIdleEngineDoesNotWakeEveryMinute() {
    h.tick(true, 10);
    h.tick(false, 1200);

    // At start, for the first burst, when minute 0 ends, then the five-minute safety wake.
    assertEquals(List.of(0L, 0L, 60L, 360L, 660L, 960L), h.updateSeconds);
  }
}
