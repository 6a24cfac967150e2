package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.util.Optional;

/**
 * Whether prompts should wait: a presentation, a video call. Asked on the engine's thread when a
 * prompt is about to show, and every couple of seconds while one waits; it must answer quickly.
 */
public interface QuietDetector {

  QuietDetector NEVER = () -> Optional.empty();

  /** Why prompts wait while the screen is locked, in the language of the moment. */
  static String screenLocked() {
    return Messages.get("quiet.screenLocked");
  }

  /**
   * Prompts wait while the tracker says the screen is locked, and otherwise when {@code other} says
   * so: nothing is shown on top of a lock screen.
   */
  static QuietDetector lockedOr(ActivityTracker tracker, QuietDetector other) {
    return () -> tracker.screenLocked() ? Optional.of(screenLocked()) : other.reason();
  }

  /** Why prompts wait now, in words ("a window is full screen"), or empty to show them. */
  Optional<String> reason();
}
