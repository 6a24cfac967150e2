package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs the packaged Unknot on the shared real GNOME Shell, in its own folders; its log
 * and console output are kept under target/gnome-logs.
 */
@ExtendWith(GnomeExtension.class)
abstract class DaemonOnGnome {

  static final ObjectMapper JSON = new ObjectMapper();

  /** No check-in, no summary, and a prompt at due rather than at the user's next pause. */
  static final String QUIET =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n[breaks]\nstart_on_pause = \"0s\"\n";

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "gnome");

  /**
   * Only a limit on a hang, as long as UnknotProcess gives a start: under `stress-ng --cpu 2` the
   * JVM, GTK and the shell's extension share two cores, and a state reached in 2 s when idle took
   * over 20 s.
   */
  static final Duration LOADED = Duration.ofSeconds(120);

  final GnomeSession gnome;
  final UnknotProcess unknot;

  DaemonOnGnome(GnomeSession gnome, @TempDir Path home) {
    this.gnome = gnome;
    this.unknot = new UnknotProcess(home, gnome.desktop().env());
  }

  @AfterEach
  void stopUnknot(TestInfo test) throws Exception {
    unknot.close();
    keepLog(unknot, test);
    assertFalse(unknot.isAlive(), "the daemon outlived its test");
  }

  /**
   * Unknot's log and console output outlive its temp HOME, for reading after a failure: a daemon
   * killed by a native library says why only on its console.
   */
  static void keepLog(UnknotProcess unknot, TestInfo test) throws IOException {
    Path kept = Path.of("target", "gnome-logs", test.getDisplayName() + ".log");
    Files.createDirectories(kept.getParent());
    if (Files.exists(unknot.logFile())) {
      Files.copy(unknot.logFile(), kept, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(kept.resolveSibling(test.getDisplayName() + ".out"), unknot.output());
  }

  /**
   * `unknot status --json` from the running daemon. A daemon too loaded to answer within the
   * command's own timeout is asked again; one that died fails the test with its console output.
   */
  JsonNode status() {
    JsonNode[] status = new JsonNode[1];
    Desktop.await(
        LOADED,
        () -> {
          Desktop.Result result = unknot.cli("status", "--json");
          try {
            status[0] = JSON.readTree(result.out());
          } catch (Exception e) {
            throw new IllegalStateException("status --json: " + result.out() + result.err(), e);
          }
          return status[0].path("running").asBoolean() || !unknot.isAlive();
        });
    if (!unknot.isAlive() || !status[0].path("running").asBoolean()) {
      throw new IllegalStateException(
          "the daemon is not running: "
              + status[0]
              + (unknot.isAlive() ? "" : " (exited with " + unknot.daemon().exitValue() + ")")
              + "\n--- its output:\n"
              + unknot.output());
    }
    return status[0];
  }

  /** What `status --json` says is on screen: "micro", "rest" or null. */
  String breakOnScreen() {
    JsonNode onScreen = status().path("break_on_screen");
    return onScreen.isNull() || onScreen.isMissingNode() ? null : onScreen.asText();
  }

  /** `unknot log --json`, one break a line. */
  List<String> log() {
    Desktop.Result result = unknot.cli("log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }

  /** Waits until the shell shows the window of this title, painted, and takes a screenshot. */
  void screenshotOf(String title, String png) {
    awaitWindow(title);
    assertTrue(
        gnome.screenshotShowing(title, SCREENSHOTS.resolve(png), LOADED),
        "the shell shows \"" + title + "\" painted; see " + SCREENSHOTS.resolve(png));
  }

  /** Waits until Xwayland maps a window of this title. */
  void awaitWindow(String title) {
    assertTrue(
        Desktop.await(LOADED, () -> gnome.desktop().window(title).isPresent()),
        "no window \"" + title + "\" on Xwayland");
  }

  /**
   * Input as a person at work makes it, five nudges a second on a thread of its own until closed:
   * paced apart from the test's own status calls, which take seconds each under load and would
   * otherwise leave gaps that the engine rightly counts as pauses.
   */
  static final class Typist implements AutoCloseable {
    private final Thread thread;
    private volatile boolean typing = true;

    Typist(GnomeSession.RemoteInput input) {
      thread =
          new Thread(
              () -> {
                while (typing) {
                  input.nudge();
                  Desktop.pause(Duration.ofMillis(200));
                }
              },
              "gnome-typist");
      thread.setDaemon(true);
      thread.start();
    }

    /** Stops typing and returns once the last input is sent. */
    @Override
    public void close() throws InterruptedException {
      typing = false;
      thread.join();
    }
  }
}
