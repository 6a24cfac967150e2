package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a break arrives and what its buttons cost: the heads-up, the prompt at the first short pause
 * after it is due (or after max_wait), postpone costs, the skip budget, and the countdown's words.
 * Seconds count from the harness start; {@code tick(true, n)} puts an input at the start of each of
 * n seconds, so after {@code tick(true, 880)} the last input is at second 879.
 */
class BreakFlowTest {

  private static final BreakSettings MICRO =
      new BreakSettings(
          true, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(3), 5, 20, 2);
  private static final BreakSettings REST_OFF =
      new BreakSettings(
          false, Duration.ofMinutes(50), Duration.ofMinutes(5), Duration.ofMinutes(5), 1);

  /** Defaults for the flow: a 30 s heads-up, a 3 s pause starts the break, 60 s most wait. */
  private static final EngineSettings FLOW =
      new EngineSettings(
          Duration.ofSeconds(5),
          MICRO,
          REST_OFF,
          Duration.ofSeconds(30),
          Duration.ofSeconds(3),
          Duration.ofSeconds(60));

  private static final EngineSettings AT_ONCE =
      FLOW.withFlow(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  @Test
  void theHeadsUpComesThirtySecondsOfActiveTimeBeforeTheBreakAndNamesItsExercise() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 869);
    assertTrue(h.prompter.headsUps().isEmpty());

    h.tick(true, 1);

    HeadsUp card = h.prompter.headsUp();
    assertNotNull(card);
    assertEquals(Optional.of(Duration.ofSeconds(30)), card.in());
    assertEquals(
        List.of("870 heads-up micro " + card.exercise().id() + " in 30s"), h.prompter.headsUps());
    assertTrue(h.prompter.timeline().isEmpty(), "no prompt before the break is due");
    EngineStatus.Upcoming upcoming = h.engine.status().upcoming().orElseThrow();
    assertEquals(EngineStatus.Stage.HEADS_UP, upcoming.stage());
  }

  @Test
  void onceDueThePromptWaitsForTheFirstThreeSecondPauseAndHasTheAnnouncedExercise() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 910); // due at 900; typing on until 909
    String announced = h.prompter.headsUps().get(0).split(" ")[3];
    assertTrue(h.prompter.timeline().isEmpty(), "typing on: the prompt waits for a pause");
    assertEquals(
        EngineStatus.Stage.WAITING_FOR_PAUSE, h.engine.status().upcoming().orElseThrow().stage());
    assertEquals("900 heads-up micro " + announced + " waiting", h.prompter.headsUps().get(1));

    h.tick(false, 3);

    // The last input was at 909: the 3 s pause is reached at 912.
    assertEquals(List.of("912 show micro"), h.prompter.timeline());
    assertEquals(announced, h.prompter.open().exercise().id());
    assertEquals("912 heads-up close", h.prompter.headsUps().get(2));
    assertTrue(h.engine.status().onScreen());
  }

  @Test
  void underContinuousInputThePromptShowsAtMaxWait() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 959);
    assertTrue(h.prompter.timeline().isEmpty());

    h.tick(true, 20);

    assertEquals(List.of("960 show micro"), h.prompter.timeline());
  }

  @Test
  void aPauseDuringTheHeadsUpStartsTheBreakThenAndRestingTakesIt() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 880); // heads-up at 870, last input at 879
    h.tick(false, 3);

    assertEquals(List.of("882 show micro"), h.prompter.timeline());
    assertEquals("882 heads-up close", h.prompter.headsUps().get(1));

    h.tick(false, 40);

    assertEquals(List.of("882 show micro", "909 close"), h.prompter.timeline());
    assertEquals(1, h.log.count(BreakType.MICRO, Outcome.TAKEN), h.log.records.toString());
    assertEquals(0, h.log.count(BreakType.MICRO, Outcome.NATURAL));
  }

  @Test
  void idleLongEnoughBeforeTheHeadsUpIsStillANaturalBreak() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 600);
    h.tick(false, 40);
    h.tick(true, 200);

    assertEquals(1, h.log.count(BreakType.MICRO, Outcome.NATURAL));
    assertTrue(h.prompter.headsUps().isEmpty());
    assertTrue(h.prompter.timeline().isEmpty());
  }

  @Test
  void aNaturalBreakDuringTheHeadsUpTakesTheCardAway() {
    // With no start-on-pause, a pause during the heads-up does not start the break early.
    EngineHarness h =
        new EngineHarness(FLOW.withFlow(Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO));
    h.tick(true, 880);
    h.tick(false, 40);
    h.tick(true, 1); // the natural break is recorded when work resumes

    assertEquals(1, h.log.count(BreakType.MICRO, Outcome.NATURAL));
    assertNull(h.prompter.headsUp());
    assertTrue(h.prompter.headsUps().get(h.prompter.headsUps().size() - 1).endsWith("close"));
    assertTrue(h.prompter.timeline().isEmpty());
  }

  @Test
  void eachPostponementLengthensTheBreakByTwentyPercentUpToHalf() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    h.tick(true, 900);
    List<Duration> lengths = new java.util.ArrayList<>();
    List<Duration> ifPostponed = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lengths.add(h.prompter.open().duration());
      ifPostponed.add(h.prompter.open().durationIfPostponed());
      h.answer(Answer.POSTPONE);
      h.tick(true, 180);
    }
    lengths.add(h.prompter.open().duration());

    assertEquals(
        List.of(30L, 36L, 42L, 45L, 45L, 45L), lengths.stream().map(Duration::toSeconds).toList());
    assertEquals(
        List.of(36L, 42L, 45L, 45L, 45L), ifPostponed.stream().map(Duration::toSeconds).toList());
    assertEquals(Duration.ofMinutes(3), h.prompter.open().postpone());

    // The longer break is what the countdown needs: 45 s of rest, not 30.
    h.tick(true, 5);
    h.tick(false, 40);
    assertNotNull(h.prompter.open());
    h.tick(false, 10);
    assertNull(h.prompter.open());
    assertEquals(1, h.log.count(BreakType.MICRO, Outcome.TAKEN));
  }

  @Test
  void aBreakTakenAfterPostponementsIsBackToItsOwnLength() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    h.tick(true, 900);
    h.answer(Answer.POSTPONE);
    h.tick(true, 180);
    h.answer(Answer.DONE);
    h.tick(true, 900);

    assertEquals(Duration.ofSeconds(30), h.prompter.open().duration());
  }

  @Test
  void aPostponedBreakComesBackWithTheSameExerciseAndItsHeadsUpSaysSo() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 880);
    h.tick(false, 3); // starts early, at 882
    String exercise = h.prompter.open().exercise().id();
    h.answer(Answer.POSTPONE);
    h.prompter.headsUps().clear();

    h.tick(true, 170); // the postponed break is due after 180 s of activity: heads-up at 150
    assertEquals(exercise, h.prompter.headsUp().exercise().id());
    h.tick(true, 20);
    h.tick(false, 3);

    assertEquals(exercise, h.prompter.open().exercise().id());
    assertEquals(Duration.ofSeconds(36), h.prompter.open().duration());
    h.answer(Answer.DONE);
    h.tick(true, 1000);
    assertNotEquals(exercise, h.prompter.shown().get(2).exercise().id(), "a new break rotates");
  }

  @Test
  void pausingBreaksWhileOneWaitsForAPausePostponesItWithTheSameExercise() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 910);
    String exercise = h.prompter.headsUp().exercise().id();
    h.engine.pauseUntil(h.clock.instant().plusSeconds(60));
    h.wake();
    h.tick(true, 60);
    h.tick(true, 200);
    h.tick(false, 3);

    assertEquals(1, h.log.count(BreakType.MICRO, Outcome.POSTPONED));
    assertEquals(exercise, h.prompter.open().exercise().id());
  }

  @Test
  void skipIsGoneOnceTheDaysSkipsAreUsedAndAClosedWindowCannotSkip() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    h.tick(true, 900);
    assertEquals(2, h.prompter.open().skipsLeft());
    h.answer(Answer.SKIP);
    h.tick(true, 900);
    assertEquals(1, h.prompter.open().skipsLeft());
    h.answer(Answer.SKIP);
    h.tick(true, 900);

    assertEquals(0, h.prompter.open().skipsLeft());
    long id = h.prompter.open().id();
    h.answer(Answer.SKIP);
    assertNotNull(h.prompter.open(), "a skip beyond the budget is ignored");
    assertEquals(id, h.prompter.open().id());
    assertEquals(2, h.log.count(BreakType.MICRO, Outcome.SKIPPED));
  }

  @Test
  void theSkipBudgetComesBackAtLocalMidnight() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    // 07:00Z is 08:00 in Berlin; midnight there is 23:00Z, 16 hours on.
    h.engine.skippedToday(BreakType.MICRO, 2);
    h.tick(true, 900);
    assertEquals(0, h.prompter.open().skipsLeft());
    h.answer(Answer.DONE);

    h.sleep(Duration.ofHours(14)); // 22:15 local
    h.tick(true, 900); // due at 22:30 local, still the same day
    assertEquals(0, h.prompter.open().skipsLeft());
    h.answer(Answer.DONE);

    h.sleep(Duration.ofHours(2)); // 00:30 local, the next day
    h.tick(true, 900);

    assertEquals(2, h.prompter.open().skipsLeft());
  }

  @Test
  void skipsCountedBeforeARestartAreRemembered() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    h.engine.skippedToday(BreakType.MICRO, 1);
    h.tick(true, 900);

    assertEquals(1, h.prompter.open().skipsLeft());
  }

  // --- the countdown's words come from the engine

  @Test
  void countdownSaysCountingAsSoonAsTheUserLetsGoNotFiveSecondsLater() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    h.tick(true, 900);
    assertEquals(Countdown.WAITING_FOR_LET_GO, h.prompter.state());

    h.tick(true, 5);
    assertEquals(Countdown.WAITING_FOR_LET_GO, h.prompter.state(), "typing on");
    h.tick(false, 3); // last input at 904; at 908 the pause is 4 s, below the 5 s idle threshold

    assertEquals(Countdown.COUNTING, h.prompter.state());
    assertEquals(Duration.ofSeconds(26), h.prompter.remaining());
  }

  @Test
  void countdownSaysPausedByInputOverAPartlyDoneBreakThenCountsAgain() {
    EngineHarness h = new EngineHarness(AT_ONCE);
    h.tick(true, 900);
    h.tick(false, 11); // last input at 899: 12 s of the break done
    assertEquals(Countdown.COUNTING, h.prompter.state());
    h.tick(true, 3);

    assertEquals(Countdown.PAUSED_BY_INPUT, h.prompter.state());
    assertEquals(Duration.ofSeconds(18), h.prompter.remaining());

    h.tick(false, 4);
    assertEquals(Countdown.COUNTING, h.prompter.state());
    assertEquals(
        List.of(
            Countdown.WAITING_FOR_LET_GO,
            Countdown.COUNTING,
            Countdown.PAUSED_BY_INPUT,
            Countdown.COUNTING),
        h.prompter.states());
  }

  @Test
  void aHeldBreakGetsNoHeadsUpCardWhileQuiet() {
    EngineHarness h = new EngineHarness(FLOW);
    h.engine.setQuietDetector(() -> Optional.of("a window is full screen"));
    h.tick(true, 1000);

    assertTrue(h.prompter.headsUps().isEmpty());
    assertTrue(h.prompter.timeline().isEmpty());
    h.engine.setQuietDetector(QuietDetector.NEVER);
    h.tick(true, 4);
    h.tick(false, 3);
    assertEquals(1, h.prompter.timeline().size(), h.prompter.timeline().toString());
  }

  @Test
  void switchingStartOnPauseOffWhileABreakWaitsShowsItAtOnce() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 910);
    assertTrue(h.prompter.timeline().isEmpty());

    h.engine.applySettings(FLOW.withFlow(Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO));
    h.wake();

    assertEquals(List.of("910 show micro"), h.prompter.timeline());
  }

  @Test
  void breakNowShowsABreakThatWaitsForAPause() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 905);
    h.engine.breakNow(BreakType.MICRO);
    h.wake();

    assertEquals(List.of("905 show micro"), h.prompter.timeline());
  }
}
