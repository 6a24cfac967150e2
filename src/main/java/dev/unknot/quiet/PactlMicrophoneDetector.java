package dev.unknot.quiet;

import dev.unknot.core.QuietDetector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds prompts while an application records from a microphone: a capture stream (source output) of
 * PulseAudio, or of PipeWire through pipewire-pulse, listed with {@code pactl}. Streams that record
 * what the speakers play (monitor sources), paused (corked) streams and the level meters of desktop
 * shells and mixers ("Peak detect") do not count.
 *
 * <p>It reads pactl's plain text in the C locale, which every pactl prints; {@code -f json} came
 * only with PulseAudio 16.
 */
public final class PactlMicrophoneDetector implements QuietDetector {

  private static final String PEAK_DETECT = "peak detect";

  private volatile boolean missing;

  @Override
  public Optional<String> reason() {
    if (missing) {
      return Optional.empty();
    }
    try {
      List<Stream> streams = parseOutputs(pactl("source-outputs"));
      if (streams.stream().noneMatch(Stream::mayCapture)) {
        return Optional.empty();
      }
      Set<String> monitors = parseMonitorSources(pactl("sources"));
      return capturingApp(streams, monitors).map(app -> "the microphone is in use by " + app);
    } catch (Command.Missing e) {
      missing = true;
      throw new IllegalStateException("pactl is not installed", e);
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String pactl(String what) throws IOException {
    Command.Result result = Command.run(List.of("pactl", "list", what));
    if (result.exitCode() != 0) {
      throw new IOException(
          "pactl cannot reach a sound server: "
              + result.out().strip().lines().findFirst().orElse(""));
    }
    return result.out();
  }

  /** One source output as pactl lists it. */
  record Stream(String source, boolean corked, String resampleMethod, Map<String, String> props) {

    /** Could be an application recording, before the source is known. */
    boolean mayCapture() {
      return !corked
          && !"peaks".equals(resampleMethod)
          && !PEAK_DETECT.equals(props.getOrDefault("media.name", "").toLowerCase(Locale.ROOT));
    }

    String app() {
      String name = props.getOrDefault("application.name", "");
      if (name.isEmpty()) {
        name = props.getOrDefault("application.process.binary", "");
      }
      return name.isEmpty() ? "an application" : name;
    }
  }

  /** The first application recording from a source that is not a monitor. */
  static Optional<String> capturingApp(List<Stream> streams, Set<String> monitorSources) {
    return streams.stream()
        .filter(Stream::mayCapture)
        .filter(s -> !monitorSources.contains(s.source()))
        .map(Stream::app)
        .findFirst();
  }

  /** {@code pactl list source-outputs}, block by block. */
  static List<Stream> parseOutputs(String text) {
    List<Stream> streams = new ArrayList<>();
    for (Map<String, String> block : blocks(text, "Source Output #")) {
      Map<String, String> props = new HashMap<>();
      block.forEach(
          (k, v) -> {
            if (k.startsWith("prop:")) {
              props.put(k.substring(5), v);
            }
          });
      streams.add(
          new Stream(
              block.getOrDefault("Source", ""),
              "yes".equals(block.get("Corked")),
              block.getOrDefault("Resample method", ""),
              props));
    }
    return streams;
  }

  /**
   * The indices of monitor sources in {@code pactl list sources}: those that are the monitor of a
   * sink, or whose device class says so.
   */
  static Set<String> parseMonitorSources(String text) {
    Set<String> monitors = new HashSet<>();
    for (Map<String, String> block : blocks(text, "Source #")) {
      String ofSink = block.getOrDefault("Monitor of Sink", "n/a");
      if (!ofSink.equals("n/a") || "monitor".equals(block.get("prop:device.class"))) {
        monitors.add(block.get("#"));
      }
    }
    return monitors;
  }

  /**
   * pactl's blocks that start with {@code header} followed by the index (kept as "#"): each "Key:
   * value" line, and each property line under "Properties:" as "prop:key".
   */
  private static List<Map<String, String>> blocks(String text, String header) {
    List<Map<String, String>> blocks = new ArrayList<>();
    Map<String, String> block = null;
    boolean inProperties = false;
    for (String line : text.split("\n")) {
      if (line.startsWith(header)) {
        block = new HashMap<>();
        block.put("#", line.substring(header.length()).strip());
        blocks.add(block);
        inProperties = false;
        continue;
      }
      if (block == null || line.isBlank()) {
        continue;
      }
      String trimmed = line.strip();
      if (line.startsWith("\t\t") && inProperties) {
        int eq = trimmed.indexOf(" = ");
        if (eq > 0) {
          block.put("prop:" + trimmed.substring(0, eq), unquote(trimmed.substring(eq + 3)));
        }
        continue;
      }
      inProperties = trimmed.equals("Properties:");
      int colon = trimmed.indexOf(':');
      if (line.startsWith("\t") && !line.startsWith("\t\t") && colon > 0) {
        block.put(trimmed.substring(0, colon), trimmed.substring(colon + 1).strip());
      }
    }
    return blocks;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return value;
  }
}
