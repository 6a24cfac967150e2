package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Breaks shaped by an active knot and by the mouse hand, on the engine's timeline. */
class FocusedBreaksTest {

  private static final List<Exercise> CATALOG =
      List.of(
          exercise("chin-tuck", "neck", "upper-trap"),
          exercise("shoulder-blade-squeeze", "between-shoulder-blades", "upper-back"),
          exercise("chest-stretch", "chest", "between-shoulder-blades"),
          exercise("switch-mouse-hand", "between-shoulder-blades", "arm"),
          exercise("eyes-down-check", "neck"),
          TestExercises.exercise("walk", BreakType.REST));

  private static Exercise exercise(String id, String... targets) {
    return new Exercise(id, id, List.of("one", "two"), "hold", Set.of(targets), BreakType.MICRO);
  }

  private final EngineHarness h = new EngineHarness(EngineHarness.IMMEDIATE, CATALOG);

  private static BreakFocus rightUpperBackKnot(boolean mouseNudge) {
    LocalDate today = EngineHarness.START.atZone(EngineHarness.ZONE).toLocalDate();
    KnotReport report =
        new KnotReport(
            1,
            today,
            KnotArea.BETWEEN_SHOULDER_BLADES,
            Side.RIGHT,
            3,
            Set.of(),
            null,
            OffsetDateTime.ofInstant(EngineHarness.START, EngineHarness.ZONE));
    return BreakFocus.of(
        KnotFocus.active(List.of(report), List.of(), today), true, true, 0.75, mouseNudge);
  }

  /** The micro-breaks' exercises so far, checked for one coming twice in a row. */
  private List<String> microExercisesWithoutRepeats() {
    List<String> ids =
        h.prompter.shown().stream()
            .filter(p -> p.type() == BreakType.MICRO)
            .map(p -> p.exercise().id())
            .toList();
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(!ids.get(i).equals(ids.get(i - 1)), "repeat at " + i + ": " + ids);
    }
    return ids;
  }

  @Test
  void whileAKnotLastsMicroBreaksComeAfterThreeQuartersOfTheIntervalAndSayWhy() {
    h.engine.applyFocus(rightUpperBackKnot(false));
    h.tick(true, 680);

    assertEquals(List.of("675 show micro"), h.prompter.timeline());
    String why = "shorter breaks while your right upper-back knot lasts";
    assertEquals(Optional.of(why), h.prompter.shown().get(0).note());
    EngineStatus status = h.engine.status();
    assertTrue(status.summary(EngineHarness.ZONE).endsWith("(" + why + ")"));
    assertEquals(Optional.of(why), status.why(), "the tray's own line under the timing");
    assertTrue(status.timing(EngineHarness.ZONE).startsWith("A micro-break now"));
  }

  @Test
  void whenTheKnotIsGoneTheIntervalIsTheConfiguredOneAgain() {
    h.engine.applyFocus(rightUpperBackKnot(false));
    h.tick(true, 600);
    h.engine.applyFocus(BreakFocus.NONE);
    h.tick(true, 301);

    assertEquals(List.of("900 show micro"), h.prompter.timeline());
    assertEquals(Optional.empty(), h.prompter.shown().get(0).note());
    assertEquals(Optional.empty(), h.engine.status().why());
  }

  @Test
  void theKnotsExercisesComeTwiceInThreeAndNeverTwiceInARow() {
    h.engine.applyFocus(rightUpperBackKnot(false));
    for (int i = 0; i < 30; i++) {
      h.tick(true, 700);
      h.answer(Answer.DONE);
    }
    List<String> ids = microExercisesWithoutRepeats();
    Set<String> forTheKnot = Set.of("shoulder-blade-squeeze", "chest-stretch", "switch-mouse-hand");
    long focused = ids.stream().filter(forTheKnot::contains).count();
    assertTrue(3 * focused >= 2 * ids.size(), focused + " of " + ids.size() + ": " + ids);
  }

  @Test
  void fortyFiveMinutesOfMostlyMouseMakeTheNextMicroBreakSwitchMouseHand() {
    BreakSettings rest = BreakSettings.REST_DEFAULTS;
    EngineHarness microOnly =
        new EngineHarness(
            new EngineSettings(
                EngineSettings.DEFAULT_IDLE_THRESHOLD,
                BreakSettings.MICRO_DEFAULTS,
                new BreakSettings(
                    false, rest.interval(), rest.duration(), rest.postpone(), rest.maxPostpones())),
            CATALOG);
    microOnly.engine.applyFocus(new BreakFocus(Set.of(), 1.0, Optional.empty(), true));
    for (int i = 0; i < 4; i++) {
      microOnly.mouse(901);
      microOnly.answer(Answer.DONE);
    }
    List<BreakPrompt> shown = microOnly.prompter.shown();
    // At 45 min of mousing; one later if the rotation had just brought it, never twice in a row.
    int nudged = shown.get(1).exercise().id().equals("switch-mouse-hand") ? 3 : 2;
    assertEquals("switch-mouse-hand", shown.get(nudged).exercise().id());
    assertTrue(shown.get(nudged).note().orElse("").contains("mouse"), shown.toString());
  }

  @Test
  void aKnotAndTheMouseNudgeTogetherStillNeverRepeatAnExercise() {
    h.engine.applyFocus(rightUpperBackKnot(true));
    for (int i = 0; i < 40; i++) {
      h.mouse(700);
      h.answer(Answer.DONE);
    }
    List<String> ids = microExercisesWithoutRepeats();
    assertTrue(ids.contains("switch-mouse-hand"));
  }

  @Test
  void typingAsMuchAsMousingBringsNoNudge() {
    h.engine.applyFocus(new BreakFocus(Set.of(), 1.0, Optional.empty(), true));
    for (int i = 0; i < 6; i++) {
      h.mouse(450);
      h.tick(true, 451);
      h.answer(Answer.DONE);
    }
    long nudges =
        h.prompter.shown().stream()
            .filter(p -> p.note().isPresent() && p.note().get().contains("mouse"))
            .count();
    assertEquals(0, nudges);
  }

  @Test
  void theNudgeIsOffWhenTheSettingIsOff() {
    h.engine.applyFocus(BreakFocus.NONE);
    for (int i = 0; i < 3; i++) {
      h.mouse(901);
      h.answer(Answer.DONE);
    }
    assertTrue(h.prompter.shown().stream().allMatch(p -> p.note().isEmpty()));
  }
}
