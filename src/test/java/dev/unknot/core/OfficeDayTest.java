package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An 8-hour office day (08:00 to 16:00) with default settings, built from blocks that each start
 * after a pause of at least 5 minutes, which resets both timers. The expected counts are worked out
 * per block below.
 */
class OfficeDayTest {

  private enum Habit {
    /**
     * Stops typing while a prompt is up, and resumes when it closes. Like a person, it reacts to
     * the prompt: its input in the second the prompt appeared comes after it.
     */
    COMPLY,
    /** Clicks Postpone while it is offered, then Skip. */
    POSTPONE_THEN_SKIP,
    /** Types on as if the prompt were not there. */
    IGNORE
  }

  private final EngineHarness h = new EngineHarness();
  private BreakPrompt reactedTo;

  @Test
  void eightHourDayGivesTheExpectedOutcomes() {
    // 08:00-09:10, comply. Micro-breaks at 15 min of activity, each a 30 s pause; the rest break
    // falls due at 50 min of activity (about 08:51) and takes 5 min; 13 min of typing remain,
    // too few for another micro-break. Micro taken 3, rest taken 1.
    work(70 * 60, Habit.COMPLY);
    // Meeting, 30 min idle: one natural rest break.
    idle(30 * 60);
    // 09:40-10:25, postpone then skip: micro due 09:55, postponed, again 09:58, postponed,
    // 10:01 skipped; then 10:16 postponed, 10:19 postponed, 10:22 skipped. 45 min is short of
    // the rest break. Micro postponed 4, skipped 2.
    work(45 * 60, Habit.POSTPONE_THEN_SKIP);
    // 10 min idle: natural rest break.
    idle(10 * 60);
    // 10:35-11:35, ignore: micro due 10:50, unanswered when the next is due at 11:05, which is
    // unanswered at 11:20; the rest break due 11:25 supersedes the third. Micro unanswered 3.
    work(60 * 60, Habit.IGNORE);
    // Lunch, 45 min idle: the open rest break counts down and is taken at about 11:40; both
    // timers are then at zero, so the rest of lunch is no further natural break. Rest taken 1.
    idle(45 * 60);
    // 12:20-13:10: three times 12 min of typing then a 40 s pause (natural micro each), then
    // 12 min more. Micro never reaches 15 min; rest reaches about 48 min. Micro natural 3.
    for (int i = 0; i < 3; i++) {
      work(12 * 60, Habit.COMPLY);
      idle(40);
    }
    work(12 * 60, Habit.COMPLY);
    // 20 min idle: natural rest break.
    idle(20 * 60);
    // 13:30-16:00, comply: two cycles of three micro-breaks and a rest break (about 56 min
    // each), then two more micro-breaks before 16:00. Micro taken 8, rest taken 2.
    work(150 * 60, Habit.COMPLY);
    h.engine.shutdown();

    assertEquals(8 * 3600, h.second());
    Map<Outcome, Long> micro = counts(BreakType.MICRO);
    Map<Outcome, Long> rest = counts(BreakType.REST);
    assertEquals(
        Map.of(
            Outcome.TAKEN, 11L,
            Outcome.POSTPONED, 4L,
            Outcome.SKIPPED, 2L,
            Outcome.UNANSWERED, 3L,
            Outcome.NATURAL, 3L,
            Outcome.HELD, 0L),
        micro);
    assertEquals(
        Map.of(
            Outcome.TAKEN, 4L,
            Outcome.POSTPONED, 0L,
            Outcome.SKIPPED, 0L,
            Outcome.UNANSWERED, 0L,
            Outcome.NATURAL, 3L,
            Outcome.HELD, 0L),
        rest);
    // Every prompt shown ended in exactly one outcome.
    long prompted = h.log.records.stream().filter(r -> r.outcome() != Outcome.NATURAL).count();
    assertEquals(h.prompter.shown().size(), prompted);
  }

  private void work(long seconds, Habit habit) {
    for (long i = 0; i < seconds; i++) {
      BreakPrompt open = h.prompter.open();
      boolean input = true;
      if (open != null) {
        switch (habit) {
          case COMPLY -> input = open != reactedTo;
          case POSTPONE_THEN_SKIP ->
              h.answer(open.postponesLeft() > 0 ? Answer.POSTPONE : Answer.SKIP);
          case IGNORE -> {}
        }
      }
      reactedTo = open;
      h.tick(input, 1);
    }
  }

  private void idle(long seconds) {
    h.tick(false, seconds);
  }

  private Map<Outcome, Long> counts(BreakType type) {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome, h.log.count(type, outcome));
    }
    return counts;
  }
}
