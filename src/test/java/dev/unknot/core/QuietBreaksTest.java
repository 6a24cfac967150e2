package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Prompts held while the user presents, on the engine's timeline. */
class QuietBreaksTest {

  private final EngineHarness h = new EngineHarness();
  private Optional<String> quiet = Optional.empty();

  QuietBreaksTest() {
    h.engine.setQuietDetector(() -> quiet);
  }

  private List<String> outcomes() {
    return h.log.records.stream().map(r -> r.type().id() + " " + r.outcome().id()).toList();
  }

  @Test
  void aBreakDueDuringAPresentationShowsWithinTwoSecondsOfItsEnd() {
    h.tick(true, 600);
    quiet = Optional.of("a window is full screen");
    h.tick(true, 600); // due at 900, held
    assertEquals(List.of(), h.prompter.timeline());
    assertEquals(Optional.of("held while a window is full screen"), h.engine.snapshot().why());

    quiet = Optional.empty();
    h.tick(true, 3);

    assertEquals(1, h.prompter.timeline().size());
    long shownAt = Long.parseLong(h.prompter.timeline().get(0).split(" ")[0]);
    assertEquals(1200, shownAt, 2.0, "within two seconds of the presentation's end");
    assertEquals(List.of("micro held"), outcomes());
    BreakRecord held = h.log.records.get(0);
    assertEquals(EngineHarness.at(900), held.startedAt());
    assertEquals(EngineHarness.at(shownAt), held.endedAt());
  }

  @Test
  void restingThroughAHeldBreakIsANaturalBreakAndTheHoldIsKept() {
    h.tick(true, 600);
    quiet = Optional.of("zoom has the focus");
    h.tick(true, 301); // held at 900
    h.tick(false, 60); // a quiet minute watching the video
    h.tick(true, 10);

    assertEquals(List.of(), h.prompter.timeline(), "nothing ever showed");
    assertEquals(List.of("micro held", "micro natural"), outcomes());
  }

  @Test
  void aHoldDoesNotMakeBreaksPileUp() {
    quiet = Optional.of("a window is full screen");
    h.tick(true, 3600); // a one-hour presentation with typing
    quiet = Optional.empty();
    h.tick(true, 3);

    assertEquals(1, h.prompter.shown().size(), "one prompt after the hour, not a backlog");
    h.log.records.forEach(r -> assertEquals(false, r.endedAt().isBefore(r.startedAt())));
  }

  @Test
  void aDetectorThatFailsNeverStopsBreaks() {
    h.engine.setQuietDetector(
        () -> {
          throw new IllegalStateException("X went away");
        });
    h.tick(true, 901);
    assertEquals(List.of("900 show micro"), h.prompter.timeline());
  }

  @Test
  void pausingWhileABreakIsHeldPostponesIt() {
    h.tick(true, 600);
    quiet = Optional.of("a window is full screen");
    h.tick(true, 301);
    h.engine.pauseUntil(Instant.parse("2026-11-16T09:00:00Z"));
    h.wake();
    quiet = Optional.empty();
    h.tick(true, 10);

    assertEquals(List.of(), h.prompter.timeline(), "paused: nothing shows");
    assertEquals(List.of("micro held", "micro postponed"), outcomes());
  }

  @Test
  void aHeldBreakIsNotDroppedWhenTheNextOfItsTypeFallsDue() {
    h.tick(true, 600);
    quiet = Optional.of("the microphone is in use by firefox");
    h.tick(true, 1300); // due at 900, and again at 1800: still the one break, waiting
    assertEquals(List.of(), outcomes(), "nothing closed as unanswered while it waited");
    assertEquals(
        Optional.of("held while the microphone is in use by firefox"), h.engine.snapshot().why());

    quiet = Optional.empty();
    h.tick(true, 3);

    assertEquals(1, h.prompter.shown().size());
    assertEquals(List.of("micro held"), outcomes());
    assertEquals(EngineHarness.at(900), h.log.records.get(0).startedAt());
  }

  @Test
  void activeTimeKeepsCountingWhileABreakIsHeld() {
    h.tick(true, 600);
    quiet = Optional.of("the camera is in use by zoom");
    h.tick(true, 1200);

    assertEquals(
        Duration.ofSeconds(1800), h.engine.snapshot().timer(BreakType.REST).active(), "a call");
  }

  @Test
  void aHoldLongerThanMaxHoldEndsWithOneReminder() {
    List<String> reminders = new ArrayList<>();
    h.engine.limitHolds(
        Duration.ofMinutes(30), (type, reason) -> reminders.add(type.id() + ": " + reason));
    h.tick(true, 600);
    quiet = Optional.of("the microphone is in use by firefox");
    h.tick(true, 300 + 1800 + 5); // held from 900; at 2700 it has waited 30 min

    assertEquals(List.of("micro: the microphone is in use by firefox"), reminders);
    assertEquals(List.of(), h.prompter.timeline(), "no prompt over the call");
    assertEquals(List.of("micro held", "micro unanswered"), outcomes());
    assertEquals(EngineHarness.at(2700), h.log.records.get(1).endedAt(), "after 30 min of hold");
    assertEquals(Optional.empty(), h.engine.snapshot().why(), "the hold is over");

    h.tick(true, 300); // the rest falls due as usual at 3000 s, and waits again
    assertEquals(
        Optional.of("held while the microphone is in use by firefox"), h.engine.snapshot().why());
    assertEquals(1, reminders.size(), "one reminder, not one every recheck");
  }
}
