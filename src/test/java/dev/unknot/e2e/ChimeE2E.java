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
import java.nio.file.StandardCopyOption;
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
 * And, with no device at all, one log line and breaks as usual.
 */
class ChimeE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PROMPT = "Unknot: micro-break";

  /** Full scale is 32767; the chime peaks near 6000, silence records as 0. */
  private static final int HEARD = 1000;

  /** A sample above this is part of the chime; its two notes last 0.87 s above it. */
  private static final int AUDIBLE = 200;

  /**
   * Heard through to its end: a chime cut short (a javax.sound Clip closed at its early STOP) was
   * silent or stopped after 0.25-0.32 s.
   */
  private static final double WHOLE_CHIME_SECONDS = 0.7;

  private static final int RATE = 22050;

  private static final String CONFIG =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
          + "[breaks]\nsound = %s\nstart_on_pause = \"0s\"\nheads_up = \"0s\"\n"
          + "[breaks.micro]\nduration = \"6s\"\n";

  private final List<Process> started = new ArrayList<>();
  private Map<String, String> soundEnv;
  private Process recorder;
  private Path recording;
  private int recordings;

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
  void aTakenBreakEndsWithTheWholeChimeOnTheSoundServer() throws Exception {
    startSoundServerAndRecord();
    unknot.start(String.format(CONFIG, "true"));
    takeABreakThrough();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30),
            () -> peak() >= HEARD && audibleSeconds() >= WHOLE_CHIME_SECONDS),
        "the sound server played the whole chime (peak "
            + peak()
            + ", audible for "
            + audibleSeconds()
            + " s); log:\n"
            + daemonLog());
    assertFalse(daemonLog().contains("no sound for the end-of-break chime"), daemonLog());
  }

  /** The regression of the chime cut off or silent: a Clip closed at its early STOP event. */
  @Test
  void theChimeIsHeardAfterEveryTakenBreakNotJustSometimes() throws Exception {
    startSoundServerAndRecord();
    unknot.start(String.format(CONFIG, "true"));
    for (int i = 1; i <= 3; i++) {
      restartRecording();
      takeABreakThrough(i);
      int round = i;
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30),
              () -> peak() >= HEARD && audibleSeconds() >= WHOLE_CHIME_SECONDS),
          "break "
              + round
              + ": the whole chime was heard (peak "
              + peak()
              + ", audible for "
              + audibleSeconds()
              + " s)");
    }
  }

  @Test
  void withoutAnAudioDeviceTheChimeSaysSoOnceAndBreaksGoOn() throws Exception {
    // No sound server in the daemon's runtime folder, and an ALSA configuration naming no device:
    // what a machine without a sound card has, on any host.
    Path noDevices = unknot.home().resolve("no-devices.conf");
    Files.writeString(noDevices, "");
    unknot.setEnv("ALSA_CONFIG_PATH", noDevices.toString());
    unknot.start(String.format(CONFIG, "true"));
    for (int i = 1; i <= 2; i++) {
      takeABreakThrough(i);
      assertTrue(
          Desktop.await(Duration.ofSeconds(30), () -> timesInLog("no sound for the") == 1),
          daemonLog());
    }
    assertEquals(1, timesInLog("no sound for the"), daemonLog());
    assertTrue(unknot.isAlive());
    assertEquals(0, unknot.cli("status").exitCode(), "it still answers");
  }

  /**
   * A break with the sound off, then, switched on by a live reload, a second one: the recording of
   * both holds one chime, the second break's. A chime after the first would be a second burst.
   */
  @Test
  void withTheSoundOffTheBreakEndsInSilence() throws Exception {
    startSoundServerAndRecord();
    unknot.start(String.format(CONFIG, "false"));
    takeABreakThrough(1);
    saveConfig(String.format(CONFIG, "true"));
    assertTrue(
        Desktop.await(Duration.ofSeconds(60), () -> timesInLog("config reloaded") == 1),
        daemonLog());
    takeABreakThrough(2);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30),
            () -> peak() >= HEARD && audibleSeconds() >= WHOLE_CHIME_SECONDS),
        "the second break's chime (peak " + peak() + ")");
    assertEquals(1, chimesRecorded(), "only the break with the sound on chimed");
  }

  /** As an editor saves: a whole new file renamed over the old, never read half-written. */
  private void saveConfig(String toml) throws IOException {
    Path edited = unknot.home().resolve("test-config.toml.new");
    Files.writeString(edited, toml);
    Files.move(
        edited,
        unknot.home().resolve("test-config.toml"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private void takeABreakThrough() {
    takeABreakThrough(1);
  }

  /**
   * Brings a micro-break and rests through it, with no input, until the diary holds this many taken
   * ones.
   */
  private void takeABreakThrough(int taken) {
    Desktop.Result result = unknot.cli("break-now");
    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(
        Desktop.await(Duration.ofSeconds(60), () -> desktop.window(PROMPT).isPresent()),
        "the prompt shows");
    assertTrue(
        Desktop.await(Duration.ofSeconds(60), () -> takenBreaks() == taken),
        "the break was rested through: " + takenBreaks() + " taken");
    // The next break-now must not find this prompt still closing.
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> desktop.window(PROMPT).isEmpty()));
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
    soundEnv = env;
    restartRecording();
  }

  /** parec recording the sink's monitor into a new file, from now on. */
  private void restartRecording() throws IOException {
    if (recorder != null) {
      recorder.destroy();
      try {
        recorder.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    recording = unknot.home().resolve("speakers-" + (++recordings) + ".raw");
    recorder =
        start(
            List.of(
                "bash",
                "-c",
                "exec parec -d speakers.monitor --format=s16le --rate="
                    + RATE
                    + " --channels=1 --raw > '"
                    + recording
                    + "'"),
            soundEnv);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30),
            () ->
                Desktop.run(List.of("pactl", "list", "source-outputs", "short"), soundEnv)
                        .out()
                        .lines()
                        .count()
                    == 1),
        "parec records the speakers");
  }

  private Process start(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = pb.start();
    started.add(process);
    return process;
  }

  private short[] samples() {
    try {
      ByteBuffer bytes =
          ByteBuffer.wrap(Files.readAllBytes(recording)).order(ByteOrder.LITTLE_ENDIAN);
      short[] samples = new short[bytes.remaining() / 2];
      bytes.asShortBuffer().get(samples);
      return samples;
    } catch (IOException e) {
      return new short[0];
    }
  }

  /** The loudest sample recorded so far. */
  private int peak() {
    int peak = 0;
    for (short s : samples()) {
      peak = Math.max(peak, Math.abs(s));
    }
    return peak;
  }

  /** Stretches of sound recorded, apart by at least half a second of silence. */
  private int chimesRecorded() {
    int chimes = 0;
    int lastAudible = Integer.MIN_VALUE / 2;
    short[] samples = samples();
    for (int i = 0; i < samples.length; i++) {
      if (Math.abs(samples[i]) > AUDIBLE) {
        if (i - lastAudible > RATE / 2) {
          chimes++;
        }
        lastAudible = i;
      }
    }
    return chimes;
  }

  /** From the first audible sample recorded to the last. */
  private double audibleSeconds() {
    short[] samples = samples();
    int first = -1;
    int last = -1;
    for (int i = 0; i < samples.length; i++) {
      if (Math.abs(samples[i]) > AUDIBLE) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? 0 : (last - first) / (double) RATE;
  }

  private long takenBreaks() {
    long taken = 0;
    try {
      for (String line : unknot.cli("log", "--json").out().lines().toList()) {
        JsonNode record = JSON.readTree(line);
        if (record.get("type").asText().equals("micro")
            && record.get("outcome").asText().equals("taken")) {
          taken++;
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return taken;
  }

  private int timesInLog(String text) {
    return daemonLog().split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }

  private String daemonLog() {
    try {
      return Files.readString(unknot.logFile());
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
