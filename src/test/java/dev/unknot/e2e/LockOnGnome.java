package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real GNOME lock screen (org.gnome.ScreenSaver on the shell, through logind's session): time
 * locked counts as away, and no prompt waits at unlock. A shell of its own, because locking turns
 * the AppIndicator extension off until unlock.
 */
class LockOnGnome {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static GnomeSession gnome;

  /** A break long enough to stay on screen while a loaded shell locks. */
  private static final String LONGER_BREAK =
      DaemonOnGnome.QUIET + "[breaks.micro]\ninterval = \"20s\"\nduration = \"15s\"\n";

  private UnknotProcess unknot;

  @BeforeAll
  static void startShell() {
    gnome = GnomeExtension.start(true);
  }

  @AfterAll
  static void stopShell() {
    if (gnome != null) {
      gnome.close();
    }
  }

  @AfterEach
  void stop(TestInfo test) throws Exception {
    // Always: a shell left locked, or half-way there, would fail the next test at its start.
    gnome.unlock();
    unknot.close();
    BreaksOnGnome.keepLog(unknot, test);
  }

  @Test
  void aLockAsLongAsTheBreakIsANaturalBreakAndNoPromptWaitsAtUnlock(@TempDir Path home)
      throws Exception {
    unknot = new UnknotProcess(home, gnome.desktop().env());
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      // At work from before the daemon starts: a loaded machine once took 5 s to start it, and
      // that pause, as long as the break, was a natural break of its own before the lock.
      try (DaemonOnGnome.Typist typist = new DaemonOnGnome.Typist(input)) {
        unknot.start(BreaksOnGnome.CONFIG);
        Desktop.pause(Duration.ofSeconds(5)); // 5 s more at work, well under the 20 s interval
      }
      gnome.lock(); // returns once the shell says it is locked
      awaitUnknotSeesLocked(true);
      gnome.screenshot(BreaksOnGnome.SCREENSHOTS.resolve("locked.png"));
      atTheLockScreen(input, Duration.ofSeconds(8)); // longer than the 5 s break
      // Input wakes the lock screen from black to its clock: still nothing of Unknot's on it.
      gnome.screenshot(BreaksOnGnome.SCREENSHOTS.resolve("locked-after-input.png"));
      assertTrue(status().path("break_on_screen").isNull(), "no prompt while locked");
      gnome.unlock(); // returns once the shell says it is unlocked
      awaitUnknotSeesLocked(false);
      input.nudge();
      assertTrue(
          Desktop.await(
              DaemonOnGnome.LOADED,
              () -> {
                input.nudge();
                return log().stream().anyMatch(l -> l.contains("\"outcome\":\"natural\""));
              }),
          "the lock is logged as a natural break: " + log());
      assertEquals(1, log().size(), log().toString());
      assertTrue(status().path("break_on_screen").isNull(), "no prompt at unlock");
      assertFalse(gnome.desktop().window("Unknot: micro-break").isPresent());
    }
  }

  @Test
  void aPromptOnScreenWhenTheScreenLocksIsNotWaitingAtUnlock(@TempDir Path home) throws Exception {
    unknot = new UnknotProcess(home, gnome.desktop().env());
    unknot.start(LONGER_BREAK);
    try (GnomeSession.RemoteInput input = gnome.remoteInput()) {
      // At work while the prompt comes: resting would count the break down before a loaded shell
      // maps it, and a prompt never seen would end natural, not taken.
      try (DaemonOnGnome.Typist typist = new DaemonOnGnome.Typist(input)) {
        asked = Instant.now();
        assertEquals("A micro-break is on screen.\n", unknot.cli("break-now").out());
        assertTrue(
            Desktop.await(
                DaemonOnGnome.LOADED,
                () -> gnome.desktop().window("Unknot: micro-break").isPresent()),
            "the prompt shows: " + status());
      }
      // Hands off before the lock, as at Super+L: input all through the lock screen's slide-in
      // once left a loaded shell locked (logind's LockedHint set) but never saying so
      // (GetActive false for 90 s). The 15 s break keeps the prompt on screen meanwhile.
      gnome.lock();
      awaitUnknotSeesLocked(true);
      atTheLockScreen(input, Duration.ofSeconds(1));
      gnome.screenshot(BreaksOnGnome.SCREENSHOTS.resolve("locked-over-a-prompt.png"));
      atTheLockScreen(input, Duration.ofSeconds(18)); // longer than the break
    }
    gnome.unlock(); // returns once the shell says it is unlocked
    awaitUnknotSeesLocked(false);
    assertTrue(
        Desktop.await(DaemonOnGnome.LOADED, () -> status().path("break_on_screen").isNull()),
        "no prompt waits at unlock: " + status());
    Path afterUnlock = BreaksOnGnome.SCREENSHOTS.resolve("after-unlock.png");
    // Locking turns the AppIndicator extension off; at unlock it comes back, and so must the icon.
    assertTrue(
        TrayOnGnome.showsIcon(gnome, afterUnlock, TrayOnGnome.COUNTING_GREEN),
        "the tray icon is back after unlock");
    assertFalse(gnome.desktop().window("Unknot: micro-break").isPresent());
    // A loaded shell can take longer than a micro-break to start the typist: that rest before
    // the break was asked for is a natural break of its own, and not this test's concern.
    List<String> sinceAsked = log().stream().filter(this::notARestBeforeTheAsk).toList();
    assertEquals(1, sinceAsked.size(), log().toString());
    assertTrue(
        sinceAsked.get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"taken\""),
        log().toString());
  }

  private Instant asked = Instant.MIN;

  /** All but a natural break that began before the break was asked for. */
  private boolean notARestBeforeTheAsk(String record) {
    try {
      JsonNode r = new ObjectMapper().readTree(record);
      Instant started = OffsetDateTime.parse(r.get("started_at").asText()).toInstant();
      return !(r.get("outcome").asText().equals("natural") && started.isBefore(asked));
    } catch (java.io.IOException e) {
      throw new AssertionError(record, e);
    }
  }

  /**
   * Someone at the lock screen: input that Mutter's idle time sees, as typing the password is,
   * every 200 ms. Counted as work, it would keep any break from running out while locked.
   */
  private static void atTheLockScreen(GnomeSession.RemoteInput input, Duration length) {
    long until = System.nanoTime() + length.toNanos();
    while (System.nanoTime() < until) {
      input.nudge();
      Desktop.pause(Duration.ofMillis(200));
    }
  }

  private void awaitUnknotSeesLocked(boolean locked) {
    assertTrue(
        Desktop.await(
            DaemonOnGnome.LOADED, () -> status().path("screen_locked").asBoolean() == locked),
        "status says screen_locked " + locked + ": " + status());
    String line = locked ? "screen locked (" : "screen unlocked (";
    assertTrue(
        Desktop.await(DaemonOnGnome.LOADED, () -> unknot.logContains(line)), "the log says so");
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
    Desktop.Result result = unknot.cli("log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }
}
