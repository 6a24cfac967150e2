package dev.unknot.core;

import java.time.Duration;

/** The port through which the engine shows break prompts. Calls come from the engine's thread. */
public interface BreakPrompter {

  void show(BreakPrompt prompt);

  /**
   * @param remaining idle time still needed to complete the break
   * @param state whether the countdown waits for the user to let go, runs, or holds for input
   */
  void progress(long promptId, Duration remaining, Countdown state);

  void close(long promptId);

  /** Shows the card that announces a break, or changes what the one on screen says. */
  default void headsUp(HeadsUp headsUp) {}

  /** Takes the heads-up card away, if one is on screen. */
  default void closeHeadsUp() {}
}
