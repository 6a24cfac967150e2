package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 item 20: an activity log that refuses writes, as a full or locked diary does. */
class ActivityLogFailureTest {

  private final EngineHarness h = new EngineHarness();
  private final long firstMinute = EngineHarness.START.getEpochSecond() / 60;

  @Test
  void failedActivityWritesAreReportedOnceNotAtEveryRetryAndSavedLater() {
    h.activityLogFailing = true;
    h.tick(true, 3600); // retried every 5 minutes
    assertEquals(
        List.of(
            "cannot save active time (database or disk is full); up to a day of it is kept in"
                + " memory and retried"),
        h.problems);
    assertTrue(h.minutes.isEmpty());

    h.activityLogFailing = false;
    h.tick(true, 300);

    assertEquals(2, h.problems.size(), h.problems.toString());
    assertEquals("saving active time works again", h.problems.get(1));
    assertEquals(firstMinute, h.minutes.get(0).epochMinute(), "nothing was lost");
    assertEquals(60, h.minutes.stream().filter(m -> m.epochMinute() < firstMinute + 60).count());
  }

  @Test
  void activityKeptForAFailingLogIsBoundedToTheNewestDayAndTheDropIsSaid() {
    h.activityLogFailing = true;
    h.tick(true, 25 * 3600);
    h.activityLogFailing = false;
    h.tick(true, 300);

    // 25 hours of minutes, one day of them kept: the oldest hour is dropped.
    assertEquals(
        "saving active time works again; 60 minute(s) of it were dropped, the oldest first",
        h.problems.get(1));
    assertEquals(firstMinute + 60, h.minutes.get(0).epochMinute());
    assertEquals(
        BreakEngine.MOST_UNSAVED_MINUTES,
        h.minutes.stream().filter(m -> m.epochMinute() < firstMinute + 25 * 60).count());
  }

  @Test
  void activityStillUnsavedAtAShutdownIsSaid() {
    h.activityLogFailing = true;
    h.tick(true, 150);
    h.engine.shutdown();

    assertEquals(2, h.problems.size(), h.problems.toString());
    assertEquals("3 minute(s) of active time could not be saved", h.problems.get(1));
  }
}
