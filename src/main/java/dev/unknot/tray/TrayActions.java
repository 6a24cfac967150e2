package dev.unknot.tray;

import dev.unknot.core.BreakType;
import java.time.Duration;
import java.util.Optional;

/** What the tray menu can ask of the running Unknot. Calls come on the tray's UI thread. */
public interface TrayActions {

  enum Hand {
    LEFT,
    RIGHT
  }

  void breakNow(BreakType type);

  void pause(Duration duration);

  void pauseUntilTomorrow();

  void resume();

  /** In a meeting for this long, or until the user ends it (empty): breaks wait. */
  void meeting(Optional<Duration> length);

  void endMeeting();

  void reportKnot();

  void mouseHand(Hand hand);

  void weeklySummary();

  /** Opens the settings window. */
  void settings();

  void openConfig();

  void openDataFolder();

  void about();

  void quit();
}
