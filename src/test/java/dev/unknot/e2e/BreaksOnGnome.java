package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks on a real GNOME Shell: activity comes from Mutter's own idle monitor, fed with input
 * through Mutter's remote-desktop session, and the prompt appears through Xwayland.
 */
class BreaksOnGnome extends DaemonOnGnome {

  static final String CONFIG = QUIET + "[breaks.micro]\ninterval = \"20s\"\nduration = \"5s\"\n";

  BreaksOnGnome(GnomeSession gnome, @TempDir Path home) {
    super(gnome, home);
  }

  @Test
  void aMicroBreakPromptAfterTheActiveTimeMutterSaw() throws Exception {
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      input.nudge();
      unknot.start(CONFIG);
      assertTrue(
          unknot.logContains("activity: GNOME idle time over D-Bus"), "the GNOME idle source");
      try (Typist typist = new Typist(input)) {
        // 20 s of input counted by the engine; the deadline only ends a hang.
        assertTrue(
            Desktop.await(LOADED, () -> "micro".equals(breakOnScreen())),
            "a micro-break after 20 s of input Mutter saw: " + status());
      }
      awaitWindow("Unknot: micro-break");
      gnome.screenshot(SCREENSHOTS.resolve("micro-break-prompt.png"));
    }
  }

  @Test
  void aPauseAsLongAsTheBreakIsLoggedNatural() throws Exception {
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      input.nudge();
      unknot.start(CONFIG);
      // Work until the engine says it counted some, then hands off: once the pause has lasted the
      // 5 s break, with no input after it, the engine logs a natural break.
      try (Typist typist = new Typist(input)) {
        assertTrue(
            Desktop.await(LOADED, () -> status().path("micro").path("active_seconds").asInt() >= 3),
            "the engine counts the input as work: " + status());
      }
      boolean natural =
          Desktop.await(
              LOADED, () -> log().stream().anyMatch(l -> l.contains("\"outcome\":\"natural\"")));
      assertTrue(natural, "a natural break is logged: " + log() + " " + status());
      List<String> log = log();
      assertEquals(1, log.size(), log.toString());
      assertTrue(log.get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"natural\""), log.get(0));
      assertNull(breakOnScreen(), "no prompt");
    }
  }
}
