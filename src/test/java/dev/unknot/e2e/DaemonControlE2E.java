package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.ipc.ControlClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One daemon per user, controlled from the command line through its socket. */
class DaemonControlE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";

  DaemonControlE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void secondRunSaysItIsAlreadyRunningAndExitsZero() throws Exception {
    unknot.start(CONFIG);
    Desktop.Result second = unknot.cli("run");
    assertEquals(0, second.exitCode(), second.err());
    // A second start, as from the app menu, opens the running one's window (MainWindowE2E).
    assertEquals(
        "Unknot is already running (pid " + unknot.daemon().pid() + "); its window is open.\n",
        second.out());
    assertTrue(unknot.isAlive());
  }

  @Test
  void theHooksNativeLibraryIsUnpackedInTheUsersStateFolder() throws Exception {
    unknot.start(CONFIG);
    Path nativeDir = unknot.home().resolve("state/unknot/native");
    try (var files = Files.list(nativeDir)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertTrue(
          names.stream().anyMatch(n -> n.startsWith("libJNativeHook") && n.endsWith(".so")),
          names.toString());
      assertTrue(names.stream().anyMatch(n -> n.startsWith("sqlite-")), names.toString());
    }
    assertEquals(
        "rwx------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(nativeDir)));
  }

  @Test
  void statusPauseResumeAndBreakNowReachTheDaemon() throws Exception {
    unknot.start(CONFIG);
    JsonNode status = status();
    assertTrue(status.get("running").asBoolean());
    assertEquals(unknot.daemon().pid(), status.get("pid").asLong());
    assertFalse(status.get("paused").asBoolean());
    assertEquals(900, status.get("micro").get("until_due_seconds").asLong(), 5);

    Desktop.Result paused = unknot.cli("pause", "30m");
    assertEquals(0, paused.exitCode(), paused.err());
    assertTrue(paused.out().startsWith("Breaks are paused until "), paused.out());
    assertTrue(status().get("paused").asBoolean());
    assertEquals("Breaks are back on.\n", unknot.cli("resume").out());
    assertFalse(status().get("paused").asBoolean());
    assertTrue(
        unknot.cli("pause", "--until-tomorrow").out().startsWith("Breaks are paused until "));
    assertEquals(0, unknot.cli("resume").exitCode());

    assertEquals("A rest break is on screen.\n", unknot.cli("break-now", "rest").out());
    // Deadlines here only end a hang: nothing is timed, and a loaded machine is slow.
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(60), () -> desktop.window("Unknot: rest break").isPresent()));
    assertEquals("rest", status().get("break_on_screen").asText());

    Path socket = unknot.home().resolve("run/unknot/control.sock");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
  }

  @Test
  void afterKillNineTheStaleSocketIsDetectedAndCleanedUp() throws Exception {
    unknot.start(CONFIG);
    Process daemon = unknot.daemon();
    daemon.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertTrue(daemon.waitFor(60, TimeUnit.SECONDS));
    assertTrue(Files.exists(unknot.home().resolve("run/unknot/control.sock")), "left behind");

    assertFalse(status().get("running").asBoolean());
    Desktop.Result pause = unknot.cli("pause", "10m");
    assertEquals(1, pause.exitCode());
    assertEquals("unknot: Unknot is not running; start it with `unknot run`\n", pause.err());

    unknot.start(CONFIG);
    assertTrue(status().get("running").asBoolean());
    assertTrue(unknot.logContains("removed a stale control socket"));
  }

  @Test
  void controlCommandsWithoutADaemonSaySoAndExitOne() throws Exception {
    for (String[] command :
        new String[][] {
          {"pause", "1h"},
          {"resume"},
          {"break-now"},
          {"break-now", "rest"},
          {"meeting"},
          {"meeting", "30m"},
          {"meeting", "--end"}
        }) {
      Desktop.Result result = unknot.cli(command);
      assertEquals(1, result.exitCode(), String.join(" ", command));
      assertTrue(result.err().contains("Unknot is not running"), result.err());
    }
    JsonNode status = status();
    assertFalse(status.get("running").asBoolean());
    assertTrue(status.get("checkin").isNull());
  }

  @Test
  void aKnotReportedFromTheCommandLineBringsMicroBreaksSoonerAndSaysWhy() throws Exception {
    unknot.start(CONFIG);
    assertEquals(900, status().get("micro").get("until_due_seconds").asLong(), 5);

    Desktop.Result added =
        unknot.cli(
            "knot",
            "add",
            "--area",
            "between-shoulder-blades",
            "--side",
            "right",
            "--severity",
            "3");
    assertEquals(0, added.exitCode(), added.err());

    JsonNode status = status();
    assertEquals(675, status.get("micro").get("until_due_seconds").asLong(), 5);
    assertTrue(
        status
            .get("summary")
            .asText()
            .endsWith("(shorter breaks while your right upper-back knot lasts)"),
        status.get("summary").asText());
    assertEquals(3000, status.get("rest").get("until_due_seconds").asLong(), 5, "rest unchanged");
  }

  /**
   * Item 17: the control socket opened before the diary was set, so `unknot knot add` during
   * start-up, which tells the daemon that the diary changed, met a NullPointerException. From the
   * moment the socket file appears, every request must find a daemon ready for it.
   */
  @Test
  void aKnotReportedWhileUnknotStartsIsNeverAnsweredWithAnError() throws Exception {
    unknot.launch(CONFIG);
    List<String> errors = new ArrayList<>();
    long hang = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    boolean answered =
        Desktop.await(
            Duration.ofSeconds(180),
            () -> {
              // Once the socket is there, as fast as it answers, so no window before the diary is
              // missed.
              while (unknot.isAlive() && System.nanoTime() - hang < 0) {
                try {
                  Optional<ControlClient.Answer> answer =
                      ControlClient.send(unknot.controlSocket(), "diary-changed");
                  if (answer.isPresent() && answer.get().ok()) {
                    return true;
                  }
                  if (answer.isPresent()) {
                    errors.add(answer.get().error());
                    continue;
                  }
                } catch (IOException e) {
                  // Not listening yet.
                }
                Desktop.pause(Duration.ofMillis(1)); // No socket yet: nothing to miss.
              }
              return false;
            });
    assertTrue(answered, "the daemon answered: " + unknot.output());
    assertEquals(List.of(), errors);
    unknot.awaitRunning();
    assertFalse(unknot.logContains("control request"), "no request failed");
  }

  /**
   * The daemon stopped (SIGSTOP) for longer than a rest break, as a laptop lid or a debugger would:
   * on waking it records the gap as one natural rest break and shows no burst of prompts.
   */
  @Test
  void stoppedLongerThanARestBreakItRecordsOneNaturalRestAndNoPrompt() throws Exception {
    unknot.start(
        CONFIG
            + "[breaks]\nstart_on_pause = \"0s\"\n"
            + "[breaks.micro]\ninterval = \"20s\"\nduration = \"6s\"\n"
            + "[breaks.rest]\ninterval = \"40s\"\nduration = \"10s\"\n");
    for (int i = 0; i < 10; i++) {
      desktop.key("shift");
      Desktop.pause(Duration.ofMillis(500));
    }
    long pid = unknot.daemon().pid();
    signal("STOP", pid);
    Desktop.pause(Duration.ofSeconds(25)); // the stop itself: longer than the rest duration
    signal("CONT", pid);
    desktop.key("shift");

    assertTrue(
        Desktop.await(
            Duration.ofSeconds(120), () -> log().stream().anyMatch(l -> l.contains("\"natural\""))),
        "a natural break is logged: " + log());
    List<String> log = log();
    assertEquals(1, log.size(), log.toString());
    assertTrue(log.get(0).contains("\"type\":\"rest\""), log.get(0));
    assertFalse(desktop.window("Unknot: micro-break").isPresent(), "no prompt after the gap");
    assertFalse(desktop.window("Unknot: rest break").isPresent(), "no prompt after the gap");
  }

  private List<String> log() {
    Desktop.Result result = unknot.cli("log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }

  private static void signal(String name, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start();
    assertEquals(0, kill.waitFor());
  }

  private JsonNode status() throws Exception {
    Desktop.Result result = unknot.cli("status", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return JSON.readTree(result.out());
  }
}
