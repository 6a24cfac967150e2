package dev.unknot.autostart;

import java.io.IOException;

/** Starting Unknot at login, the way the desktop expects. Unknot never turns it on by itself. */
public interface Autostart {

  /**
   * @param enabled whether Unknot starts at the next login
   * @param how in words: which file or unit decides it
   */
  record Status(boolean enabled, String how) {}

  Status status() throws IOException;

  /** Whether the user has turned it on or off here; if so, only the user changes it again. */
  boolean chosen() throws IOException;

  /** For systems whose installer cannot set up autostart: on at the first start, once. */
  default boolean enableUnlessChosen() throws IOException {
    if (chosen()) {
      return false;
    }
    enable();
    return true;
  }

  void enable() throws IOException;

  /** Turns it off in a way a package install or upgrade cannot undo. */
  void disable() throws IOException;
}
