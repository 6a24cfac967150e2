package dev.unknot.core;

import java.time.Duration;

/** The port through which the engine shows break prompts. Calls come from the engine's thread. */
public interface BreakPrompter {

  void show(BreakPrompt prompt);

  /**
   * @param remaining idle time still needed to complete the break
   * @param counting false while the user is active, which pauses the countdown
   */
  void progress(long promptId, Duration remaining, boolean counting);

  void close(long promptId);
}
