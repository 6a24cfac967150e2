package dev.unknot.core;

import static dev.unknot.core.EngineHarness.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's timing comparison with Workrave: micro 60 s / 10 s, idle threshold 2 s, pointer moves
 * every half second. 58.5 s of moves make 60.5 s of active time, so the micro-break falls due at
 * 60.0, 1.5 s into the pause that began at the last move.
 */
class BreakDueInPauseTailTest {

  private static final Duration HALF_SECOND = Duration.ofMillis(500);

  private final EngineHarness h =
      new EngineHarness(
          EngineHarness.settings(
              2,
              new BreakSettings(
                  true, Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(20), 2),
              BreakSettings.REST_DEFAULTS));

  @Test
  void breakDueInTheIdleTailCountsItsCountdownFromTheLastInput() {
    h.mouse(Duration.ofMillis(58_500), HALF_SECOND);
    h.nothing(Duration.ofMillis(6_500));
    h.wake();

    assertEquals(List.of("60 show micro"), h.prompter.timeline());
    // 6.5 s since the last move, not 5 s since the prompt.
    assertEquals(Duration.ofMillis(3_500), h.prompter.remaining());
  }

  @Test
  void breakDueInTheIdleTailIsNaturalWhenThePauseLastsTheBreakAndClosesThePrompt() {
    h.mouse(Duration.ofMillis(58_500), HALF_SECOND);
    h.nothing(Duration.ofSeconds(11));
    h.mouse(Duration.ofSeconds(30), HALF_SECOND);

    assertEquals(List.of("60 show micro", "68.5 close"), h.prompter.timeline());
    assertNull(h.prompter.open(), "the prompt is not up through the next 30 s of work");
    assertEquals(1, h.log.records.size(), h.log.records.toString());
    BreakRecord natural = h.log.records.get(0);
    assertEquals(BreakType.MICRO, natural.type());
    assertEquals(Outcome.NATURAL, natural.outcome());
    assertNull(natural.exerciseId());
    assertEquals(at(58.5), natural.startedAt());
    assertEquals(at(69.5), natural.endedAt());
  }

  @Test
  void breakDueInTheIdleTailOfAUserAwayIsNaturalNotTaken() {
    h.mouse(Duration.ofMillis(58_500), HALF_SECOND);
    h.nothing(Duration.ofSeconds(30));
    h.mouse(Duration.ofSeconds(5), HALF_SECOND);

    assertEquals(List.of("60 show micro", "68.5 close"), h.prompter.timeline());
    assertEquals(
        List.of(Outcome.NATURAL), h.log.records.stream().map(BreakRecord::outcome).toList());
    assertEquals(at(58.5), h.log.records.get(0).startedAt());
    assertEquals(at(88.5), h.log.records.get(0).endedAt());
  }

  @Test
  void restingAfterThePromptAppearedIsTakenCountedFromTheLastInput() {
    h.mouse(Duration.ofSeconds(61), HALF_SECOND); // due at 60.0, the user moves on to 61
    h.nothing(Duration.ofSeconds(15));
    h.mouse(Duration.ofSeconds(1), HALF_SECOND);

    assertEquals(List.of("60 show micro", "71 close"), h.prompter.timeline());
    BreakRecord taken = h.log.records.get(0);
    assertEquals(Outcome.TAKEN, taken.outcome());
    assertEquals(at(60), taken.startedAt());
    assertEquals(at(71), taken.endedAt());
  }

  @Test
  void aBreakAskedForDuringAPauseCountsFromTheRequestAndIsTaken() {
    h.mouse(Duration.ofSeconds(30), HALF_SECOND);
    h.nothing(Duration.ofSeconds(5));
    h.engine.breakNow(BreakType.MICRO);
    h.wake();
    h.nothing(Duration.ofSeconds(15));

    assertEquals(List.of("35 show micro", "45 close"), h.prompter.timeline());
    assertEquals(List.of(Outcome.TAKEN), h.log.records.stream().map(BreakRecord::outcome).toList());
  }
}
