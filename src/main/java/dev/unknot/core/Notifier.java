package dev.unknot.core;

import java.util.List;

/** The port to the desktop's notifications. */
public interface Notifier {

  /**
   * Shows a notification and returns once it is on screen.
   *
   * @param onOpen runs if the user clicks the notification or its "Open report" action; null for a
   *     notification with nothing to open
   * @return false if it could not be shown, so the caller can fall back
   */
  boolean show(String title, List<String> lines, Runnable onOpen);
}
