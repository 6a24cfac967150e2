package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.quiet.XcbQuietDetector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prompts held while the focused window is full screen or belongs to a quiet app, on a real X
 * server with a real window manager; the "presentation" is an xmessage window made full screen
 * through the window manager with wmctrl.
 */
class QuietE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TITLE = "unknot-presentation";
  private Process presentation;

  QuietE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @AfterEach
  void closePresentation() throws InterruptedException {
    if (presentation != null) {
      presentation.destroy();
      presentation.waitFor();
    }
  }

  private String openPresentation() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("xmessage", "-title", TITLE, "-center", "slides")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(desktop.env());
    presentation = builder.start();
    presentation.getOutputStream().close();
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(TITLE).isPresent()),
        "the presentation window appeared");
    String window = desktop.window(TITLE).orElseThrow();
    desktop.xdotool("windowactivate", "--sync", window);
    return window;
  }

  private void fullscreen(boolean on) {
    Desktop.Result result =
        desktop.run(List.of("wmctrl", "-r", TITLE, "-b", (on ? "add" : "remove") + ",fullscreen"));
    assertEquals(0, result.exitCode(), result.err());
  }

  @Test
  void theDetectorSeesAFullScreenWindowAndAQuietApp() throws Exception {
    openPresentation();
    try (XcbQuietDetector detector =
        XcbQuietDetector.connect(desktop.env().get("DISPLAY"), true, List.of()).orElseThrow()) {
      assertEquals(Optional.empty(), detector.reason());
      fullscreen(true);
      assertTrue(
          Desktop.await(Duration.ofSeconds(5), () -> detector.reason().isPresent()),
          "full screen is seen");
      assertEquals(Optional.of("a window is full screen"), detector.reason());

      fullscreen(false);
      assertTrue(Desktop.await(Duration.ofSeconds(5), () -> detector.reason().isEmpty()));
      detector.apply(true, List.of("XMessage"));
      assertEquals(Optional.of("xmessage has the focus"), detector.reason());
      detector.apply(false, List.of("xmessage-not"));
      assertEquals(Optional.empty(), detector.reason());
    }
  }

  @Test
  void aBreakDuringAPresentationWaitsAndShowsSoonAfterIt() throws Exception {
    unknot.start("[knots]\ncheckin = false\n[summary]\nnotify = false\n");
    openPresentation();
    fullscreen(true);

    assertEquals(0, unknot.cli("break-now").exitCode());
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5),
            () -> status().get("summary").asText().contains("held while a window is full screen")),
        "the status says the break is held");
    assertFalse(desktop.window("Unknot: micro-break").isPresent(), "no prompt over the slides");

    fullscreen(false);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5), () -> desktop.window("Unknot: micro-break").isPresent()),
        "the prompt shows within 5 s of leaving full screen");
    Desktop.Result log = unknot.cli("log", "--json");
    assertTrue(log.out().contains("\"outcome\":\"held\""), log.out());
  }

  private JsonNode status() {
    try {
      Desktop.Result result = unknot.cli("status", "--json");
      return JSON.readTree(result.out());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
