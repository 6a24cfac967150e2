package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks on a real GNOME Shell: activity comes from Mutter's own idle monitor, fed with input
 * through Mutter's remote-desktop session, and the prompt appears through Xwayland.
 */
@ExtendWith(GnomeExtension.class)
class BreaksOnGnome {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String CONFIG =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
          + "[breaks]\nstart_on_pause = \"0s\"\n"
          + "[breaks.micro]\ninterval = \"20s\"\nduration = \"5s\"\n";
  static final Path SCREENSHOTS = Path.of("target", "screenshots", "gnome");

  private final GnomeSession gnome;
  private final UnknotProcess unknot;

  BreaksOnGnome(GnomeSession gnome, @TempDir Path home) {
    this.gnome = gnome;
    this.unknot = new UnknotProcess(home, gnome.desktop().env());
  }

  @AfterEach
  void stop(TestInfo test) throws Exception {
    unknot.close();
    keepLog(unknot, test);
  }

  /** Unknot's log outlives its temp HOME, for reading after a failure. */
  static void keepLog(UnknotProcess unknot, TestInfo test) throws IOException {
    Path kept = Path.of("target", "gnome-logs", test.getDisplayName() + ".log");
    Files.createDirectories(kept.getParent());
    if (Files.exists(unknot.logFile())) {
      Files.copy(unknot.logFile(), kept, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aMicroBreakPromptAfterTheActiveTimeMutterSaw() throws Exception {
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      input.nudge();
      unknot.start(CONFIG);
      assertTrue(
          unknot.logContains("activity: GNOME idle time over D-Bus"), "the GNOME idle source");
      boolean prompted =
          Desktop.await(
              Duration.ofSeconds(60),
              () -> {
                input.nudge();
                return "micro".equals(status().path("break_on_screen").asText());
              });
      assertTrue(prompted, "a micro-break after 20 s of input Mutter saw: " + status());
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(10),
              () -> gnome.desktop().window("Unknot: micro-break").isPresent()),
          "the prompt is a window on Xwayland");
      gnome.screenshot(SCREENSHOTS.resolve("micro-break-prompt.png"));
    }
  }

  @Test
  void aPauseAsLongAsTheBreakIsLoggedNatural() throws Exception {
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      input.nudge();
      unknot.start(CONFIG);
      long workUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      // 5 s of work, then hands off for 8 s (longer than the 5 s break), then work again.
      long[] lastInput = {System.nanoTime()};
      boolean natural =
          Desktop.await(
              Duration.ofSeconds(40),
              () -> {
                long now = System.nanoTime();
                if (now < workUntil || now - lastInput[0] > Duration.ofSeconds(8).toNanos()) {
                  input.nudge();
                  lastInput[0] = now;
                }
                return log().stream().anyMatch(l -> l.contains("\"outcome\":\"natural\""));
              });
      assertTrue(natural, "a natural break is logged: " + log());
      List<String> log = log();
      assertEquals(1, log.size(), log.toString());
      assertTrue(log.get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"natural\""), log.get(0));
      assertTrue(status().path("break_on_screen").isNull(), "no prompt: " + status());
    }
  }

  private JsonNode status() {
    Desktop.Result result = unknot.cli("status", "--json");
    try {
      return JSON.readTree(result.out());
    } catch (Exception e) {
      throw new IllegalStateException("status --json: " + result.out() + result.err(), e);
    }
  }

  private List<String> log() {
    Desktop.Result result = unknot.cli(Map.of(), "log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }
}
