package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-of-break chime through a real sound server: PulseAudio with a null sink, reached from
 * javax.sound through ALSA's pulse plugin as on a desktop, and recorded from the sink's monitor.
 */
class ChimeE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PROMPT = "Unknot: micro-break";

  /** Full scale is 32767; the chime peaks at 0.3 of it, silence records as 0. */
  private static final int HEARD = 1000;

  private static final String CONFIG =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
          + "[breaks]\nsound = %s\nstart_on_pause = \"0s\"\nheads_up = \"0s\"\n"
          + "[breaks.micro]\nduration = \"6s\"\n";

  private final List<Process> started = new ArrayList<>();
  private Path recording;

  ChimeE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @AfterEach
  void stopSound() throws InterruptedException {
    for (Process p : started) {
      p.destroy();
      p.waitFor();
    }
  }

  @Test
  void aTakenBreakEndsWithTheChimeOnTheSoundServer() throws Exception {
    startSoundServerAndRecord();
    unknot.start(String.format(CONFIG, "true"));
    takeABreakThrough();
    assertTrue(
        Desktop.await(Duration.ofSeconds(20), () -> peak() >= HEARD),
        "the sound server played the chime (peak " + peak() + "); log:\n" + daemonLog());
    assertFalse(daemonLog().contains("no sound for the end-of-break chime"), daemonLog());
  }

  @Test
  void withoutSoundSwitchedOnTheBreakEndsInSilence() throws Exception {
    startSoundServerAndRecord();
    unknot.start(String.format(CONFIG, "false"));
    takeABreakThrough();
    // The other test hears the chime within this; here the daemon must have said nothing by then.
    Desktop.await(Duration.ofSeconds(5), () -> peak() >= HEARD);
    assertTrue(peak() < HEARD, "silent, peak " + peak());
  }

  /** Brings a micro-break and rests through it, with no input, until the diary says taken. */
  private void takeABreakThrough() {
    Desktop.Result result = unknot.cli("break-now");
    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(
        Desktop.await(Duration.ofSeconds(20), () -> desktop.window(PROMPT).isPresent()),
        "the prompt shows");
    assertTrue(
        Desktop.await(Duration.ofSeconds(40), () -> lastOutcome().equals("taken")),
        "the break was rested through: " + lastOutcome());
  }

  /**
   * PulseAudio in the daemon's own runtime folder with one null sink, ALSA's default device sent to
   * it (the daemon's HOME holds the .asoundrc, as a desktop's pulse plugin setup does), and parec
   * recording the sink's monitor into a file.
   */
  private void startSoundServerAndRecord() throws IOException {
    Path runtime = unknot.home().resolve("run");
    Files.createDirectories(
        runtime,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Files.writeString(
        unknot.home().resolve(".asoundrc"),
        "pcm.!default { type pulse }\nctl.!default { type pulse }\n");
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
            "module-null-sink sink_name=speakers",
            "-L",
            "module-native-protocol-unix"),
        env);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(20),
            () -> Desktop.run(List.of("pactl", "info"), env).exitCode() == 0),
        "PulseAudio answers");
    recording = unknot.home().resolve("speakers.raw");
    start(
        List.of(
            "bash",
            "-c",
            "exec parec -d speakers.monitor --format=s16le --rate=22050 --channels=1 --raw > '"
                + recording
                + "'"),
        env);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () ->
                !Desktop.run(List.of("pactl", "list", "source-outputs", "short"), env)
                    .out()
                    .isBlank()),
        "parec records the speakers");
  }

  private void start(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    started.add(pb.start());
  }

  /** The loudest sample recorded so far. */
  private int peak() {
    try {
      ByteBuffer samples =
          ByteBuffer.wrap(Files.readAllBytes(recording)).order(ByteOrder.LITTLE_ENDIAN);
      int peak = 0;
      while (samples.remaining() >= 2) {
        peak = Math.max(peak, Math.abs(samples.getShort()));
      }
      return peak;
    } catch (IOException e) {
      return 0;
    }
  }

  private String lastOutcome() {
    String outcome = "";
    try {
      for (String line : unknot.cli("log", "--json").out().lines().toList()) {
        JsonNode record = JSON.readTree(line);
        if (record.get("type").asText().equals("micro")) {
          outcome = record.get("outcome").asText();
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return outcome;
  }

  private String daemonLog() {
    try {
      return Files.readString(unknot.logFile());
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
