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

  /**
   * A break due only after minutes of work, and a pause of 12 s, both above what load does: under
   * load each status call takes seconds, and work before and after the pause once ran past a 20 s
   * interval into a prompt; and input from the typist reached Unknot, through Mutter under
   * `stress-ng --cpu 2` beside other tests, once with an 8 s gap, which a 5 s idle threshold took
   * for a second natural break.
   */
  static final String LATE_DUE =
      QUIET
          + "[activity]\nidle_threshold = \"12s\"\n"
          + "[breaks.micro]\ninterval = \"5m\"\nduration = \"12s\"\n";

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
        // Still typing: resting would count the 5 s break down and close the prompt.
        screenshotOf("Unknot: micro-break", "micro-break-prompt.png");
      }
    }
  }

  @Test
  void aPauseAsLongAsTheBreakIsLoggedNatural() throws Exception {
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      input.nudge();
      unknot.start(LATE_DUE);
      // Work until the engine says it counted some, then pause. Once the pause has lasted the
      // 12 s break the engine resets the micro count (what status reports); the break is logged
      // natural when work resumes, as the pause's length is known only then.
      try (Typist typist = new Typist(input)) {
        assertTrue(
            Desktop.await(LOADED, () -> status().path("micro").path("active_seconds").asInt() >= 3),
            "the engine counts the input as work: " + status());
      }
      assertTrue(
          Desktop.await(LOADED, () -> status().path("micro").path("active_seconds").asInt() == 0),
          "the pause resets the micro count: " + status());
      try (Typist typist = new Typist(input)) {
        boolean natural =
            Desktop.await(
                LOADED, () -> log().stream().anyMatch(l -> l.contains("\"outcome\":\"natural\"")));
        assertTrue(natural, "a natural break is logged once work resumes: " + log() + status());
      }
      List<String> log = log();
      assertEquals(1, log.size(), log.toString());
      assertTrue(log.get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"natural\""), log.get(0));
      assertNull(breakOnScreen(), "no prompt");
    }
  }
}
