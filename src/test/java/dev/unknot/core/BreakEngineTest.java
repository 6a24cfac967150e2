package dev.unknot.core;

import static dev.unknot.core.EngineHarness.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seconds in these tests count from the harness start. {@code tick(true, n)} puts an input at the
 * start of each of n seconds, so after {@code tick(true, 600)} the last input is at second 599 and
 * the user stays active (5 s idle threshold) until 604.
 */
class BreakEngineTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void continuousTypingPromptsMicroBreakAtFifteenMinutesOfActiveTime() {
    h.tick(true, 899);
    assertNull(h.prompter.open(), "no prompt before 15 min of activity");

    h.tick(true, 1);

    assertEquals(List.of("900 show micro"), h.prompter.timeline());
    assertEquals(2, h.prompter.open().postponesLeft());
    assertEquals(Duration.ofSeconds(30), h.prompter.open().duration());
  }

  @Test
  void breakFallsDueOnActiveTimeNotWallTime() {
    h.tick(true, 600); // active until 604
    h.tick(false, 20); // next input at 620: a 21 s pause, shorter than the micro duration
    h.tick(true, 400);

    // 604 s were active before the pause, so 296 more are needed after 620.
    assertEquals(List.of("916 show micro"), h.prompter.timeline());
    assertTrue(h.log.records.isEmpty(), "a 21 s pause is no natural break");
  }

  @Test
  void pauseOfMicroDurationResetsMicroTimerAndLogsNaturalBreak() {
    h.tick(true, 600); // last input at 599
    h.tick(false, 30); // next input at 630: a 31 s pause
    h.tick(true, 1000);

    assertEquals(1, h.log.records.size());
    BreakRecord natural = h.log.records.get(0);
    assertEquals(BreakType.MICRO, natural.type());
    assertEquals(Outcome.NATURAL, natural.outcome());
    assertNull(natural.exerciseId());
    assertEquals(at(599), natural.startedAt());
    assertEquals(at(630), natural.endedAt());
    // The timer restarted: the next prompt comes 15 min after work resumed.
    assertEquals(List.of("1530 show micro"), h.prompter.timeline());
  }

  @Test
  void pauseOfExactlyTheDurationCountsButOneSecondLessDoesNot() {
    h.tick(true, 100);
    h.tick(false, 29); // last input 99, next at 129: exactly 30 s
    h.tick(true, 100);
    h.tick(false, 28); // last input 228, next at 257: 29 s
    h.tick(true, 10);

    assertEquals(1, h.log.count(BreakType.MICRO, Outcome.NATURAL));
    assertEquals(at(129), h.log.records.get(0).endedAt());
  }

  @Test
  void idleTimeAtStartUpIsNoNaturalBreak() {
    h.tick(false, 600);
    h.tick(true, 10);

    assertTrue(h.log.records.isEmpty(), "nothing was worked, so nothing was rested from");
  }

  @Test
  void countdownRunsOnlyWhileIdleAndTakesTheBreak() {
    h.tick(true, 900); // prompt at 900, last input 899
    h.tick(false, 11); // no input 900..910
    assertTrue(h.prompter.counting());
    // Inputs 911..930 end the pause: 12 s of countdown, counted from the last input at 899.
    h.tick(true, 20);
    assertFalse(h.prompter.counting(), "input pauses the countdown");
    assertEquals(Duration.ofSeconds(18), h.prompter.remaining());
    h.tick(false, 5); // the pause from 930 reaches the 5 s threshold at 935
    assertTrue(h.prompter.counting());
    h.tick(false, 30); // 18 s more after 930

    assertEquals(List.of("900 show micro", "948 close"), h.prompter.timeline());
    BreakRecord taken = h.log.records.get(0);
    assertEquals(Outcome.TAKEN, taken.outcome());
    assertEquals(at(900), taken.startedAt());
    assertEquals(at(948), taken.endedAt());
    assertNotNull(taken.exerciseId());
  }

  @Test
  void doneTakesTheBreakAtOnce() {
    h.tick(true, 900);
    h.tick(true, 3);
    h.answer(Answer.DONE);

    assertEquals(List.of("900 show micro", "903 close"), h.prompter.timeline());
    assertEquals(Outcome.TAKEN, h.log.records.get(0).outcome());
    assertEquals(at(903), h.log.records.get(0).endedAt());
  }

  @Test
  void postponeReturnsAfterThePostponeDelayUntilNoneAreLeft() {
    h.tick(true, 901);
    h.answer(Answer.POSTPONE); // at 901; 3 min of activity later it comes back
    h.tick(true, 180);
    assertEquals(1, h.prompter.open().postponesLeft());
    h.answer(Answer.POSTPONE); // at 1081
    h.tick(true, 180);
    BreakPrompt last = h.prompter.open();
    assertEquals(0, last.postponesLeft(), "the prompt offers no Postpone");

    h.answer(Answer.POSTPONE); // refused: the limit is reached
    assertEquals(last, h.prompter.open());
    h.tick(true, 2);
    h.answer(Answer.DONE);

    assertEquals(
        List.of(
            "900 show micro",
            "901 close",
            "1081 show micro",
            "1081 close",
            "1261 show micro",
            "1263 close"),
        h.prompter.timeline());
    assertEquals(
        List.of(Outcome.POSTPONED, Outcome.POSTPONED, Outcome.TAKEN),
        h.log.records.stream().map(BreakRecord::outcome).toList());
    // A taken break restores the postpones for the next one.
    h.tick(true, 900);
    assertEquals(2, h.prompter.open().postponesLeft());
  }

  @Test
  void skipResetsTheTimer() {
    h.tick(true, 900);
    h.answer(Answer.SKIP);
    h.tick(true, 901);

    assertEquals(List.of("900 show micro", "900 close", "1800 show micro"), h.prompter.timeline());
    assertEquals(Outcome.SKIPPED, h.log.records.get(0).outcome());
  }

  @Test
  void ignoredPromptEndsUnansweredWhenTheNextFallsDue() {
    h.tick(true, 1801);

    assertEquals(List.of("900 show micro", "1800 close", "1800 show micro"), h.prompter.timeline());
    assertEquals(1, h.log.records.size());
    BreakRecord unanswered = h.log.records.get(0);
    assertEquals(Outcome.UNANSWERED, unanswered.outcome());
    assertEquals(at(900), unanswered.startedAt());
    assertEquals(at(1800), unanswered.endedAt());
  }

  @Test
  void restBreakResetsTheMicroTimer() {
    // Micro-breaks taken with Done at 900, 1800 and 2700; the rest break falls due at 3000.
    for (int i = 0; i < 3; i++) {
      h.tick(true, 900);
      h.answer(Answer.DONE);
    }
    h.tick(true, 300);
    assertEquals(BreakType.REST, h.prompter.open().type());
    h.tick(true, 1); // the user reacts to the prompt with one more input, at 3000
    h.tick(false, 300); // the rest countdown runs 3000..3300

    assertEquals(Outcome.TAKEN, h.log.records.get(3).outcome());
    assertEquals(BreakType.REST, h.log.records.get(3).type());
    assertEquals(at(3300), h.log.records.get(3).endedAt());
    h.tick(true, 901); // typing resumes at 3301
    // Without the reset the micro timer would have been due 600 s after the rest break.
    assertEquals("4201 show micro", h.prompter.timeline().get(h.prompter.timeline().size() - 1));
  }

  @Test
  void naturalRestBreakIsLoggedOnceAndResetsBothTimers() {
    h.tick(true, 600);
    h.tick(false, 400); // a pause of 401 s from 599
    h.tick(true, 901);

    assertEquals(1, h.log.records.size(), "one natural break, not a micro and a rest");
    assertEquals(BreakType.REST, h.log.records.get(0).type());
    assertEquals(Outcome.NATURAL, h.log.records.get(0).outcome());
    assertEquals(List.of("1900 show micro"), h.prompter.timeline());
  }

  @Test
  void twoHourGapGivesOneNaturalBreakAndNoPromptBurst() {
    h.tick(true, 898); // the micro-break falls due at 900, inside the last 5 s of activity
    h.suspend(Duration.ofHours(2));
    h.tick(true, 60);

    assertTrue(h.prompter.timeline().isEmpty(), "no prompt for a break already rested through");
    assertEquals(1, h.log.records.size());
    BreakRecord natural = h.log.records.get(0);
    assertEquals(BreakType.REST, natural.type());
    assertEquals(Outcome.NATURAL, natural.outcome());
    assertEquals(at(897), natural.startedAt());
    assertEquals(at(898 + 7200), natural.endedAt());
  }

  @Test
  void inputReadLateAfterAStopDoesNotSplitThePauseIntoTwoNaturalBreaks() {
    // Seen in a full E2E run: the hook thread, behind under load, handed over input typed before
    // a SIGSTOP only after the engine had accounted the whole stop as one pause. That input
    // split the pause, and a 2 s natural rest was logged before the real one.
    h.tick(true, 100); // the last input the engine sees is at 99
    h.suspend(Duration.ofHours(2));
    h.wake(); // the engine wakes first and accounts 99 to 7300 as a pause
    h.tracker.onEvents(
        3, 0, EngineHarness.START.plusSeconds(101).toEpochMilli()); // then typed at 101, read now
    h.wake();
    h.tick(true, 60);

    assertEquals(1, h.log.records.size(), h.log.records.toString());
    BreakRecord natural = h.log.records.get(0);
    assertEquals(BreakType.REST, natural.type());
    assertEquals(Outcome.NATURAL, natural.outcome());
    assertEquals(at(99), natural.startedAt());
    assertEquals(at(100 + 7200), natural.endedAt(), "ends when the late input was read");
    assertTrue(h.prompter.timeline().isEmpty(), h.prompter.timeline().toString());
  }

  @Test
  void gapWhilePromptIsOnScreenTakesThatBreakWithoutBacklog() {
    h.tick(true, 905); // prompt shown at 900, ignored until 904
    h.suspend(Duration.ofHours(2));
    h.tick(true, 60);

    assertEquals(List.of("900 show micro", "8105 close"), h.prompter.timeline());
    assertEquals(
        List.of(Outcome.TAKEN, Outcome.NATURAL),
        h.log.records.stream().map(BreakRecord::outcome).toList());
    assertEquals(at(934), h.log.records.get(0).endedAt(), "30 s of rest after the last input");
    assertEquals(BreakType.REST, h.log.records.get(1).type());
  }

  @Test
  void breakNowOpensAPromptAtOnceAndIgnoresASecondRequest() {
    h.tick(true, 60);
    h.engine.breakNow(BreakType.REST);
    h.wake();
    h.engine.breakNow(BreakType.MICRO);
    h.wake();

    assertEquals(List.of("60 show rest"), h.prompter.timeline());
  }

  @Test
  void pauseStopsTheCountAndPromptsUntilItEnds() {
    h.tick(true, 600);
    h.engine.pauseUntil(EngineHarness.START.plusSeconds(600 + 3600));
    h.wake();
    assertTrue(h.engine.status().pausedUntil().isPresent());
    h.tick(true, 3600); // an hour of typing while paused counts for nothing
    assertTrue(h.prompter.timeline().isEmpty());
    assertTrue(h.engine.status().pausedUntil().isEmpty(), "the pause ended by itself");
    h.tick(true, 301);

    // 600 s before the pause plus 300 s after it.
    assertEquals(List.of("4500 show micro"), h.prompter.timeline());
  }

  @Test
  void pausingWithAPromptOnScreenPostponesItAndResumeCountsAgain() {
    h.tick(true, 901);
    h.engine.pauseUntil(EngineHarness.START.plusSeconds(901 + 7200));
    h.wake();
    assertEquals(List.of("900 show micro", "901 close"), h.prompter.timeline());
    assertEquals(Outcome.POSTPONED, h.log.records.get(0).outcome());
    h.tick(true, 100);
    h.engine.resume();
    h.wake();
    assertTrue(h.engine.status().pausedUntil().isEmpty());
    h.tick(true, 181); // 720 s counted at 901, then 180 s after the resume at 1001

    assertEquals(List.of("900 show micro", "901 close", "1181 show micro"), h.prompter.timeline());
  }

  @Test
  void activityIsRecordedPerMinuteWithCountsButNoKeys() {
    h.tick(true, 90); // keys at 0..89
    for (int i = 0; i < 3; i++) {
      h.tracker.onMouseEvent(); // at 90: active until 95
    }
    h.tick(false, 100);
    h.tick(true, 1);
    h.wake();

    long first = EngineHarness.START.getEpochSecond() / 60;
    assertEquals(
        List.of(
            new ActivityMinute(first, 60, 60, 0, 3600),
            new ActivityMinute(first + 1, 35, 30, 3, 3600)),
        h.minutes.subList(0, 2));
  }

  @Test
  void statusSummarySaysWhatComesNext() {
    h.tick(true, 420);
    assertEquals(
        "Next micro-break in 8 min · rest in 43 min",
        h.engine.status().summary(EngineHarness.ZONE));
    h.tick(true, 481);
    assertEquals(
        "A micro-break now · rest in 35 min", h.engine.status().summary(EngineHarness.ZONE));
    h.engine.pauseUntil(EngineHarness.START.plusSeconds(3600));
    h.wake();
    // 07:00Z plus an hour, in Berlin.
    assertEquals("Paused until 09:00", h.engine.status().summary(EngineHarness.ZONE));
  }

  @Test
  void lateAnswerToAClosedPromptIsIgnored() {
    h.tick(true, 900);
    long firstId = h.prompter.open().id();
    h.tick(true, 900); // the first prompt ends unanswered, a second opens
    h.engine.answer(firstId, Answer.SKIP);
    h.wake();

    assertEquals(
        List.of(Outcome.UNANSWERED), h.log.records.stream().map(BreakRecord::outcome).toList());
    assertNotNull(h.prompter.open());
  }

  @Test
  void disabledBreakTypeNeverPrompts() {
    EngineHarness micrOnly =
        new EngineHarness(
            EngineHarness.settings(
                5,
                BreakSettings.MICRO_DEFAULTS,
                new BreakSettings(
                    false,
                    Duration.ofMinutes(50),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(5),
                    1)));
    for (int i = 0; i < 4; i++) {
      micrOnly.tick(true, 900);
      micrOnly.answer(Answer.DONE);
    }
    assertEquals(0, micrOnly.log.count(BreakType.REST, Outcome.TAKEN));
    assertTrue(micrOnly.prompter.shown().stream().allMatch(p -> p.type() == BreakType.MICRO));
  }

  @Test
  void clockSteppingBackKeepsTheActiveTimeAlreadyWorked() {
    h.tick(true, 600);
    h.clock.step(Duration.ofHours(-1));
    h.tick(true, 299);
    assertEquals(List.of(), h.prompter.timeline(), "899 s of work: not yet");
    h.tick(true, 2);

    assertEquals(1, h.prompter.shown().size(), "the micro-break after 900 s of work in all");
    assertEquals(List.of(), h.log.records, "no pause was made up out of the step");
  }

  @Test
  void clockSteppingForwardWhileTypingIsOneNaturalBreakAndNoBurst() {
    h.tick(true, 600);
    h.clock.step(Duration.ofHours(3));
    h.tick(true, 60);

    assertEquals(List.of(), h.prompter.timeline());
    assertEquals(1, h.log.records.size());
    assertEquals(Outcome.NATURAL, h.log.records.get(0).outcome());
    assertEquals(BreakType.REST, h.log.records.get(0).type());
  }

  @Test
  void anHourAsleepIsOneNaturalRestBreakAndNoPromptBurst() {
    h.tick(true, 2000); // two micro-breaks prompted; the second is on screen, ignored
    int shownBefore = h.prompter.shown().size();
    int recordsBefore = h.log.records.size();
    h.sleep(Duration.ofHours(1));
    h.tick(true, 60);

    assertEquals(shownBefore, h.prompter.shown().size(), "nothing new on waking");
    List<BreakRecord> sinceSleep = h.log.records.subList(recordsBefore, h.log.records.size());
    assertEquals(
        List.of(BreakType.MICRO + " " + Outcome.TAKEN, BreakType.REST + " " + Outcome.NATURAL),
        sinceSleep.stream().map(r -> r.type() + " " + r.outcome()).toList(),
        "the prompt on screen was rested through, and the hour asleep is one rest break");
    assertTrue(
        h.log.records.stream().noneMatch(r -> r.endedAt().isBefore(r.startedAt())),
        "no negative durations");
  }

  @Test
  void clockSteppingBackNeitherFreezesTimersNorLogsNegativeDurations() {
    h.tick(true, 600);
    h.clock.step(Duration.ofHours(-1));
    h.tick(true, 901);

    // Typing after the step counts at once, instead of waiting an hour for the clock.
    assertEquals(1, h.prompter.shown().size());
    h.answer(Answer.SKIP);
    BreakRecord skipped = h.log.records.get(0);
    assertFalse(skipped.endedAt().isBefore(skipped.startedAt()));
  }

  @Test
  void recordsTheLogRefusedAreKeptAndSavedInOrderLater() {
    h.log.failing = true;
    h.tick(true, 900);
    h.answer(Answer.SKIP);
    h.tick(true, 900);
    h.answer(Answer.DONE);
    assertEquals(2, h.engine.unsavedRecords());
    assertTrue(h.log.records.isEmpty());

    h.log.failing = false;
    h.tick(true, 1);
    h.wake();

    assertEquals(0, h.engine.unsavedRecords());
    assertEquals(
        List.of(Outcome.SKIPPED, Outcome.TAKEN),
        h.log.records.stream().map(BreakRecord::outcome).toList());
  }

  @Test
  void continuousTypingWakesTheEngineRarely() {
    h.tick(true, 800);
    // At start, for the first burst, and once a minute to write the minute that ended; no polling.
    assertEquals(
        List.of(
            0L, 0L, 60L, 120L, 180L, 240L, 300L, 360L, 420L, 480L, 540L, 600L, 660L, 720L, 780L),
        h.updateSeconds);
  }

  @Test
  void settingsChangeKeepsTheActiveTimeAlreadyCounted() {
    h.tick(true, 600);
    h.engine.applySettings(
        EngineHarness.settings(
            5,
            new BreakSettings(
                true, Duration.ofMinutes(12), Duration.ofSeconds(30), Duration.ofMinutes(3), 2),
            BreakSettings.REST_DEFAULTS));
    h.wake();
    h.tick(true, 121);

    assertEquals(List.of("720 show micro"), h.prompter.timeline());
  }
}
