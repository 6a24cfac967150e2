package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.quiet.ProcCameraDetector;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources of a hold with real parts: a real process holding a "camera" open, a real PulseAudio
 * with a real capture stream (parecord), GNOME's do-not-disturb set with gsettings on a real dconf
 * (dconf-service on the test's own session bus). While held, `status --json` says by what and no
 * prompt shows; once the hold ends, the prompt shows at the engine's next 2 s recheck.
 */
class HoldSourcesE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * With a micro-break longer than any wait here: a test sends no input, and a hold the user rests
   * through counts as a natural break, which on a loaded machine ended the hold before the test
   * looked.
   */
  private static final String CONFIG =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
          + "[breaks]\nstart_on_pause = \"0s\"\n[breaks.micro]\nduration = \"4m\"\n";

  private static final String PROMPT = "Unknot: micro-break";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The hold is rechecked every 2 s; the rest is room for a loaded machine. */
  private static final Duration RECHECK_AND_LOAD = Duration.ofSeconds(4);

  private final List<Process> started = new ArrayList<>();
  private final List<Long> busDaemons = new ArrayList<>();

  HoldSourcesE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @AfterEach
  void stopHelpers() throws InterruptedException {
    for (Process p : started) {
      p.destroy();
      p.waitFor();
    }
    for (long pid : busDaemons) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }
  }

  @Test
  void aBreakWaitsWhileAProcessHasTheCameraOpenAndShowsOnceItCloses() throws Exception {
    Path camera = Files.createFile(unknot.home().resolve("fake-video0"));
    unknot.setEnv(
        "JAVA_TOOL_OPTIONS",
        "-D" + ProcCameraDetector.DEVICES_PROPERTY + "=" + unknot.home() + "/fake-video*");
    unknot.start(CONFIG);
    // A real process with a file descriptor open on the "camera", as a video call has /dev/video0.
    Process call =
        start(List.of("bash", "-c", "exec 3<'" + camera + "'; exec sleep 600"), Map.of());
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> holdsOpen(call.pid(), camera)),
        "the process has the camera open");

    breakNow();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> heldBy().equals("the camera is in use by sleep")),
        "status says what holds the break: " + status());
    assertTrue(
        status().get("summary").asText().contains("held while the camera is in use by sleep"));
    assertFalse(desktop.window(PROMPT).isPresent(), "no prompt over the call");
    lookAtTheTray("held-camera");

    call.destroy();
    call.waitFor();
    Instant ended = Instant.now();
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> desktop.window(PROMPT).isPresent()),
        "the prompt shows once the camera is closed");
    assertShownSoonAfter(ended);
  }

  @Test
  void aBreakWaitsWhileAnAppRecordsFromTheMicrophoneAndShowsSoonAfter() throws Exception {
    Map<String, String> sound = startSoundServer();
    unknot.start(CONFIG);
    Process recording = start(List.of("parecord", "-d", "mic", "/dev/null"), sound);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () ->
                Desktop.run(List.of("pactl", "list", "source-outputs", "short"), sound)
                    .out()
                    .contains("protocol-native")),
        "parecord records");

    breakNow();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> heldBy().equals("the microphone is in use by parecord")),
        "status says the microphone holds the break: " + status());
    assertFalse(desktop.window(PROMPT).isPresent(), "no prompt over the call");
    // Still held at the next rechecks: the hold does not lapse while the stream runs.
    Instant asked = Instant.now();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30),
            () -> Duration.between(asked, Instant.now()).toSeconds() >= 5 && !heldBy().isEmpty()),
        "the hold lapsed while recording: " + status() + "\n" + daemonLog());
    assertFalse(desktop.window(PROMPT).isPresent(), "still no prompt while recording");
    desktop.screenshot(SCREENSHOTS.resolve("held-microphone.png"));

    recording.destroy();
    recording.waitFor();
    Instant ended = Instant.now();
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> desktop.window(PROMPT).isPresent()),
        "the prompt shows once the recording stops");
    assertShownSoonAfter(ended);
  }

  @Test
  void aMonitorRecordingOfTheSpeakersDoesNotHoldABreak() throws Exception {
    Map<String, String> sound = startSoundServer();
    unknot.start(CONFIG);
    start(List.of("parecord", "-d", "speakers.monitor", "/dev/null"), sound);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () ->
                Desktop.run(List.of("pactl", "list", "source-outputs", "short"), sound)
                    .out()
                    .contains("protocol-native")),
        "parecord records the speakers");

    breakNow();
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> desktop.window(PROMPT).isPresent()),
        "the prompt shows: recording what the speakers play is not a call");
  }

  @Test
  void aBreakWaitsDuringGnomeDoNotDisturb() throws Exception {
    Map<String, String> session = startSessionBusWithDconf();
    session.forEach(unknot::setEnv);
    gsettings(session, "set", "show-banners", "false");
    assertEquals("false", gsettings(session, "get", "show-banners"));
    unknot.start(CONFIG);

    breakNow();
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> heldBy().equals("do not disturb is on")),
        "status says do-not-disturb holds the break: " + status());
    assertFalse(desktop.window(PROMPT).isPresent(), "no prompt during do-not-disturb");
    Desktop.Result text = unknot.cli("status");
    assertTrue(text.out().contains("held while do not disturb is on"), text.out());

    gsettings(session, "set", "show-banners", "true");
    Instant ended = Instant.now();
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> desktop.window(PROMPT).isPresent()),
        "the prompt shows once do-not-disturb is off");
    assertShownSoonAfter(ended);
  }

  // --- the real parts

  private Process start(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(desktop.env());
    builder.environment().putAll(env);
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private static boolean holdsOpen(long pid, Path file) {
    try (var fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      return fds.anyMatch(
          fd -> {
            try {
              return Files.readSymbolicLink(fd).equals(file);
            } catch (IOException e) {
              return false;
            }
          });
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * PulseAudio in the daemon's own runtime folder, where pactl looks by default, with a null source
   * "mic" and a null sink "speakers"; answers once pactl reaches it.
   */
  private Map<String, String> startSoundServer() throws IOException {
    Path runtime = unknot.home().resolve("run");
    Files.createDirectories(
        runtime,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Map<String, String> env = new HashMap<>();
    env.put("HOME", unknot.home().toString());
    env.put("XDG_RUNTIME_DIR", runtime.toString());
    env.put("XDG_CONFIG_HOME", unknot.home().resolve("config").toString());
    start(
        List.of(
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "-L",
            "module-null-source source_name=mic",
            "-L",
            "module-null-sink sink_name=speakers",
            "-L",
            "module-native-protocol-unix"),
        env);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(20),
            () -> Desktop.run(List.of("pactl", "info"), env).exitCode() == 0),
        "PulseAudio answers");
    return env;
  }

  /**
   * A session bus of the test's own, whose dconf-service (started by D-Bus activation) writes to
   * the daemon's config folder, where gsettings in the daemon reads.
   */
  private Map<String, String> startSessionBusWithDconf() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", unknot.home().toString());
    env.put("XDG_CONFIG_HOME", unknot.home().resolve("config").toString());
    Path runtime = unknot.home().resolve("run");
    Files.createDirectories(
        runtime,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    env.put("XDG_RUNTIME_DIR", runtime.toString());
    Desktop.Result bus =
        Desktop.run(
            List.of("dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"),
            env);
    assertEquals(0, bus.exitCode(), bus.err());
    List<String> lines = bus.out().lines().toList();
    busDaemons.add(Long.parseLong(lines.get(1).strip()));
    env.put("DBUS_SESSION_BUS_ADDRESS", lines.get(0).strip());
    env.put("GSETTINGS_BACKEND", "dconf");
    return env;
  }

  private String gsettings(Map<String, String> env, String verb, String... keyAndValue) {
    List<String> command =
        new ArrayList<>(List.of("gsettings", verb, "org.gnome.desktop.notifications"));
    command.addAll(List.of(keyAndValue));
    Map<String, String> all = new HashMap<>(desktop.env());
    all.putAll(env);
    Desktop.Result result = Desktop.run(command, all);
    assertEquals(0, result.exitCode(), result.err());
    return result.out().strip();
  }

  // --- what the daemon says

  private void breakNow() {
    Desktop.Result result = unknot.cli("break-now");
    assertEquals(0, result.exitCode(), result.out() + result.err());
  }

  private JsonNode status() {
    try {
      return JSON.readTree(unknot.cli("status", "--json").out());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private String daemonLog() {
    try {
      return Files.readString(unknot.logFile());
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private String heldBy() {
    JsonNode held = status().get("held");
    return held == null || held.isNull() ? "" : held.asText();
  }

  /**
   * The diary's "held" record ends when the engine showed the prompt: at its next recheck after the
   * hold ended, 2 s at most, with room for a loaded machine.
   */
  private void assertShownSoonAfter(Instant holdEnded) throws Exception {
    JsonNode held = null;
    for (String line : unknot.cli("log", "--json").out().lines().toList()) {
      JsonNode record = JSON.readTree(line); // one record a line
      if (record.get("outcome").asText().equals("held")) {
        held = record;
      }
    }
    assertTrue(held != null, "the wait is logged as held");
    Instant shown = OffsetDateTime.parse(held.get("ended_at").asText()).toInstant();
    Duration after = Duration.between(holdEnded, shown);
    System.out.println("the prompt showed " + after.toMillis() + " ms after the hold ended");
    assertTrue(
        after.compareTo(RECHECK_AND_LOAD) <= 0,
        "shown " + after.toMillis() + " ms after the hold ended");
  }

  /** The tray's tooltip and menu while held, saved to look at. */
  private void lookAtTheTray(String name) {
    desktop
        .window("panel")
        .ifPresent(
            panel -> {
              Rectangle icon = desktop.geometry(panel);
              desktop.moveTo(icon.x + icon.width / 2, icon.y + icon.height / 2);
              Desktop.pause(Duration.ofSeconds(2)); // for the tooltip to come, not a check
              desktop.screenshot(SCREENSHOTS.resolve(name + "-tooltip.png"));
              desktop.click(icon.x + icon.width / 2, icon.y + icon.height / 2);
              Desktop.pause(Duration.ofSeconds(1));
              desktop.screenshot(SCREENSHOTS.resolve(name + "-menu.png"));
              desktop.key("Escape");
            });
  }
}
