package dev.unknot.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily "Any knots today?" on a real GNOME Shell, through Xwayland. */
class CheckInOnGnome extends DaemonOnGnome {

  /** 00:00 has always passed, so today's check-in is due at once. */
  private static final String CONFIG =
      "[knots]\ncheckin_time = \"00:00\"\n[summary]\nnotify = false\n";

  CheckInOnGnome(GnomeSession gnome, @TempDir Path home) {
    super(gnome, home);
  }

  @Test
  void theCheckInDueAtStartShowsThroughXwayland() throws Exception {
    unknot.start(CONFIG);
    screenshotOf("Unknot: check-in", "check-in.png");
  }
}
