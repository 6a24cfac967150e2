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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screen reader can read the break prompt: with Debian's Java ATK bridge loaded, as the package's
 * launcher loads it, the at-spi tree holds the prompt's exercise name and its buttons, and the
 * settings window's fields as the file has them, read here by python3-pyatspi as Orca would.
 */
@ExtendWith(DesktopExtension.class)
class AccessibilityE2E {

  private static final Path READ_WINDOW = Path.of("src/test/resources/atspi/read_window.py");

  /** One exercise, so the name to read is known. */
  private static final String CONFIG =
      "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
          + "[exercises]\nfocus_on_knots = false\nmicro = [\"chin-tuck\"]\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Desktop desktop;
  private Process bus;
  private UnknotProcess unknot;

  /** The accessibility bus, as a desktop session starts it, and Unknot with the bridge loaded. */
  @BeforeEach
  void startTheAccessibilityBus(BareDesktop bare, @TempDir Path home) throws IOException {
    desktop = bare.desktop();
    bus = AtkBridge.startBus(desktop);
    unknot = new UnknotProcess(home, desktop.env());
    unknot.setEnv("LANG", "en_US.UTF-8");
    AtkBridge.loadInto(unknot);
  }

  @AfterEach
  void stopBoth() throws InterruptedException {
    try {
      unknot.close();
    } finally {
      bus.destroy();
      if (!bus.waitFor(30, TimeUnit.SECONDS)) {
        bus.destroyForcibly();
      }
    }
  }

  @Test
  void aScreenReaderReadsThePromptsExerciseAndButtons() throws Exception {
    unknot.start(CONFIG);
    assertEquals("A micro-break is on screen.\n", unknot.cli("break-now").out());
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30), () -> desktop.window("Unknot: micro-break").isPresent()));
    desktop.screenshot(Path.of("target", "e2e-screenshots", "accessibility-prompt.png"));

    // The bridge registers the window with the registry a moment after it is mapped.
    JsonNode tree = read("Unknot: micro-break", t -> buttons(t).size() == 3);
    List<String> labels = new ArrayList<>();
    tree.get("labels").forEach(l -> labels.add(l.asText()));
    assertTrue(labels.contains("Chin tuck"), "the exercise name is not read: " + labels);
    assertTrue(
        labels.stream().anyMatch(l -> l.startsWith("Sit tall")),
        "the first step is not read: " + labels);
    assertEquals(List.of("Done", "Postpone", "Skip"), buttons(tree));
    assertTrue(
        tree.get("application").asText().startsWith("Unknot"),
        "the application is " + tree.get("application"));
  }

  /**
   * The settings window showed the values it opened with, though the file had changed since: an
   * editor's save while it was open left it showing, and a screen reader reading, the old ones.
   */
  @Test
  void theOpenSettingsWindowShowsTheFileAsChangedElsewhere() throws Exception {
    String interval = "[breaks.micro]\ninterval = \"%s\"\n";
    unknot.start(CONFIG + interval.formatted("15m"));
    assertEquals(0, unknot.cli("settings").exitCode());
    String title = "Unknot: settings";
    assertTrue(Desktop.await(Duration.ofSeconds(60), () -> desktop.window(title).isPresent()));
    read(title, t -> texts(t).contains("15m"));

    Path edited = unknot.home().resolve("test-config.toml.new");
    Files.writeString(edited, CONFIG + interval.formatted("25m"));
    Files.move(
        edited,
        unknot.home().resolve("test-config.toml"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    JsonNode after = read(title, t -> texts(t).contains("25m"));
    assertFalse(texts(after).contains("15m"), "the old interval is still shown: " + texts(after));
    desktop.screenshot(Path.of("target", "e2e-screenshots", "settings-read-again.png"));
  }

  /** The window's tree once it holds what is looked for; fails with the last tree read. */
  private JsonNode read(String title, Predicate<JsonNode> holds) {
    AtomicReference<String> last = new AtomicReference<>("");
    AtomicReference<JsonNode> read = new AtomicReference<>();
    boolean found =
        Desktop.await(
            Duration.ofSeconds(60),
            () -> {
              Desktop.Result r =
                  Desktop.run(
                      List.of("/usr/bin/python3", READ_WINDOW.toAbsolutePath().toString(), title),
                      desktop.env());
              last.set(r.out() + r.err());
              if (r.exitCode() != 0) {
                return false;
              }
              try {
                JsonNode tree = JSON.readTree(r.out());
                read.set(tree);
                return holds.test(tree);
              } catch (Exception e) {
                return false;
              }
            });
    assertTrue(found, title + " is not in the at-spi tree as expected: " + last.get());
    return read.get();
  }

  private static List<String> texts(JsonNode tree) {
    List<String> texts = new ArrayList<>();
    tree.get("texts").forEach(t -> texts.add(t.get("text").asText()));
    return texts;
  }

  private static List<String> buttons(JsonNode tree) {
    List<String> names = new ArrayList<>();
    tree.get("buttons").forEach(b -> names.add(b.get("name").asText()));
    return names;
  }
}
