package dev.unknot.quiet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** pactl's plain listing, as PulseAudio 16 and pipewire-pulse print it in the C locale. */
class PactlMicrophoneDetectorTest {

  private static String output(
      int index, int source, String corked, String resample, String... props) {
    StringBuilder b = new StringBuilder();
    b.append("Source Output #").append(index).append('\n');
    b.append("\tDriver: protocol-native.c\n\tOwner Module: 2\n\tClient: 1\n");
    b.append("\tSource: ").append(source).append('\n');
    b.append("\tSample Specification: s16le 2ch 44100Hz\n");
    b.append("\tFormat: pcm, format.sample_format = \"\\\"s16le\\\"\"  format.rate = \"44100\"\n");
    b.append("\tCorked: ").append(corked).append('\n');
    b.append("\tMute: no\n\tVolume: front-left: 65536 / 100% / 0.00 dB\n\t        balance 0.00\n");
    b.append("\tResample method: ").append(resample).append('\n');
    b.append("\tProperties:\n");
    for (String p : props) {
      b.append("\t\t").append(p).append('\n');
    }
    return b.append('\n').toString();
  }

  private static final String SOURCES =
      "Source #0\n\tState: RUNNING\n\tName: mic\n\tDescription: Null Input\n"
          + "\tMonitor of Sink: n/a\n\tProperties:\n\t\tdevice.class = \"abstract\"\n\n"
          + "Source #1\n\tState: IDLE\n\tName: null.monitor\n\tDescription: Monitor of Null Output\n"
          + "\tMonitor of Sink: null\n\tProperties:\n\t\tdevice.class = \"monitor\"\n\n";

  private static Optional<String> app(String outputs) {
    return PactlMicrophoneDetector.capturingApp(
        PactlMicrophoneDetector.parseOutputs(outputs),
        PactlMicrophoneDetector.parseMonitorSources(SOURCES));
  }

  @Test
  void anApplicationRecordingFromAMicrophoneIsNamed() {
    String outputs =
        output(
            4,
            0,
            "no",
            "n/a",
            "media.name = \"AudioCallbackDriver\"",
            "application.name = \"Firefox\"",
            "application.process.binary = \"firefox-esr\"");
    assertEquals(Optional.of("Firefox"), app(outputs));
  }

  @Test
  void theBinaryNamesAnApplicationWithoutAName() {
    assertEquals(
        Optional.of("zoom"),
        app(output(1, 0, "no", "n/a", "application.process.binary = \"zoom\"")));
  }

  @Test
  void monitorsLevelMetersAndCorkedStreamsDoNotCount() {
    String outputs =
        output(1, 1, "no", "n/a", "application.name = \"OBS\"") // records the speakers
            + output(
                2,
                0,
                "no",
                "peaks",
                "media.name = \"Peak detect\"",
                "application.name = \"GNOME Shell Volume Control\"")
            + output(
                3,
                0,
                "no",
                "n/a",
                "media.name = \"Peak detect\"",
                "application.name = \"pavucontrol\"")
            + output(5, 0, "yes", "n/a", "application.name = \"Chromium\""); // paused
    assertEquals(Optional.empty(), app(outputs));
    assertEquals(Set.of("1"), PactlMicrophoneDetector.parseMonitorSources(SOURCES));
  }

  @Test
  void noStreamsNoHold() {
    assertEquals(Optional.empty(), app(""));
    assertEquals(List.of(), PactlMicrophoneDetector.parseOutputs("\n"));
  }
}
