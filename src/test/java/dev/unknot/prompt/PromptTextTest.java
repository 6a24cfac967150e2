package dev.unknot.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.Countdown;
import dev.unknot.core.Exercise;
import dev.unknot.core.HeadsUp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words the prompt and the heads-up card show, from what the engine hands them. */
class PromptTextTest {

  private static final Exercise CHIN_TUCK =
      new Exercise(
          "chin-tuck", "Chin tuck", List.of("one", "two"), "hold", Set.of("neck"), BreakType.MICRO);

  private static BreakPrompt prompt(int postponesLeft, Duration ifPostponed, int skipsLeft) {
    return new BreakPrompt(
        1,
        BreakType.MICRO,
        CHIN_TUCK,
        Duration.ofSeconds(30),
        postponesLeft,
        Optional.empty(),
        Duration.ofMinutes(3),
        ifPostponed,
        skipsLeft);
  }

  @Test
  void thePromptSaysWhatPostponeCostsAndHowManySkipsAreLeft() {
    assertEquals(
        "Postpone 3 min (the break becomes 36 s). 4 skips left today.",
        PromptWindow.costs(prompt(2, Duration.ofSeconds(36), 4)));
    assertEquals(
        "Postpone 3 min (the break becomes 36 s). 1 skip left today.",
        PromptWindow.costs(prompt(2, Duration.ofSeconds(36), 1)));
    assertEquals("No skips left today.", PromptWindow.costs(prompt(0, Duration.ofSeconds(36), 0)));
    assertEquals(
        "Postpone 3 min (the break stays 30 s).",
        PromptWindow.costs(prompt(1, Duration.ofSeconds(30), BreakSettings.UNLIMITED)));
  }

  @Test
  void countdownWordsFollowTheEnginesState() {
    assertEquals(
        "Starts when you let go of keyboard and mouse",
        PromptWindow.countdownText(30, Countdown.WAITING_FOR_LET_GO));
    assertEquals("0:24 left", PromptWindow.countdownText(24, Countdown.COUNTING));
    // Not the "let go" words over a bar that is mostly full.
    assertEquals(
        "Paused while you type or move the mouse · 0:06 left",
        PromptWindow.countdownText(6, Countdown.PAUSED_BY_INPUT));
  }

  @Test
  void theHeadsUpNamesTheBreakTheExerciseAndWhen() {
    assertEquals(
        "Micro-break in 30 s: chin tuck. Finish your sentence.",
        HeadsUpCard.text(
            new HeadsUp(BreakType.MICRO, CHIN_TUCK, Optional.of(Duration.ofSeconds(30)))));
    assertEquals(
        "Micro-break: chin tuck. It starts when you next pause.",
        HeadsUpCard.text(new HeadsUp(BreakType.MICRO, CHIN_TUCK, Optional.empty())));
  }
}
