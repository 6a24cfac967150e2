package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings window on a running daemon, driven with real key presses. */
class SettingsE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path SCREENSHOTS = Path.of("target", "screenshots", "settings");
  static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final int TABS = 7;

  static final String CONFIG =
      """
      # My own note: breaks tuned with my physio.
      [knots]
      checkin = false

      [summary]
      notify = false

      [breaks.micro]
      interval = "15m" # kept short on purpose
      """;

  SettingsE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void theMicroIntervalChangedInTheWindowIsCheckedSavedAndApplied() throws Exception {
    Desktop.Result none = unknot.cli("settings");
    assertEquals(1, none.exitCode(), none.out());
    assertEquals(1, none.err().lines().count(), none.err());
    assertTrue(none.err().contains("not running"), none.err());

    unknot.start(CONFIG);
    assertEquals(900, micro().get("until_due_seconds").asLong(), 5);
    Desktop.Result opened = unknot.cli("settings");
    assertEquals(0, opened.exitCode(), opened.err());
    assertEquals("The settings window is open.\n", opened.out());
    String window = awaitWindow("Unknot: settings");
    Rectangle frame = desktop.geometry(window);
    desktop.screenshot(SCREENSHOTS.resolve("en-opened.png"));
    assertEquals(0, warningPixels(frame), "no problem shown while every field is right");

    // The micro interval field has the focus when the window opens.
    desktop.xdotool("windowactivate", "--sync", window);
    desktop.key("ctrl+a");
    desktop.xdotool("type", "--delay", "60", "ten minutes");
    assertTrue(
        Desktop.await(DEADLINE, () -> warningPixels(frame) > 0),
        "the bad duration is refused next to the field");
    desktop.screenshot(SCREENSHOTS.resolve("en-invalid-interval.png"));
    desktop.key("ctrl+s"); // Save is off while a field is wrong
    assertEquals(CONFIG, Files.readString(configFile()));

    desktop.key("ctrl+a");
    desktop.xdotool("type", "--delay", "60", "20m");
    assertTrue(Desktop.await(DEADLINE, () -> warningPixels(frame) == 0), "the problem is gone");
    desktop.key("ctrl+s");
    assertTrue(
        Desktop.await(DEADLINE, () -> micro().get("until_due_seconds").asLong() > 900),
        "the running daemon applies the saved interval: " + micro());
    JsonNode micro = micro();
    assertEquals(
        1200, micro.get("until_due_seconds").asLong() + micro.get("active_seconds").asLong(), 3);
    desktop.screenshot(SCREENSHOTS.resolve("en-saved.png"));
    assertEquals(
        CONFIG.replace("interval = \"15m\"", "interval = \"20m\""),
        Files.readString(configFile()),
        "only the value changed: comments and the rest of the file are kept");
    shootEveryTab(window, "en");
  }

  private Path configFile() {
    return unknot.home().resolve("test-config.toml");
  }

  private String awaitWindow(String title) {
    return awaitWindow(desktop, title);
  }

  static String awaitWindow(Desktop desktop, String title) {
    assertTrue(
        Desktop.await(DEADLINE, () -> desktop.window(title).isPresent()), title + " is on screen");
    return desktop.window(title).orElseThrow();
  }

  /** Ctrl+PageDown goes to the next tab, from any field in the window. */
  private void shootEveryTab(String window, String name) {
    shootEveryTab(desktop, window, name);
  }

  static void shootEveryTab(Desktop desktop, String window, String name) {
    desktop.xdotool("windowactivate", "--sync", window);
    for (int tab = 1; tab <= TABS; tab++) {
      // Paced like a person; the picture is looked at, not compared.
      Desktop.pause(Duration.ofMillis(400));
      desktop.screenshot(SCREENSHOTS.resolve(name + "-tab-" + tab + ".png"));
      desktop.key("ctrl+Next");
    }
  }

  /** How many pixels of the window are in the warning colour that problems are written in. */
  private int warningPixels(Rectangle frame) {
    BufferedImage shot = window(desktop, unknot.home(), frame);
    int count = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        int rgb = shot.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r > 110 && r > g + 50 && r > b + 50) {
          count++;
        }
      }
    }
    return count;
  }

  /** The window's mean brightness, 0 to 255. */
  static double brightness(Desktop desktop, Path folder, Rectangle frame) {
    BufferedImage shot = window(desktop, folder, frame);
    long sum = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        int rgb = shot.getRGB(x, y);
        sum += (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
      }
    }
    return sum / (double) (shot.getWidth() * shot.getHeight());
  }

  private static BufferedImage window(Desktop desktop, Path folder, Rectangle frame) {
    Path png = folder.resolve("window.png");
    desktop.screenshot(png);
    try {
      BufferedImage root = ImageIO.read(png.toFile());
      Rectangle inside = frame.intersection(new Rectangle(root.getWidth(), root.getHeight()));
      return root.getSubimage(inside.x, inside.y, inside.width, inside.height);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode micro() {
    Desktop.Result status = unknot.cli("status", "--json");
    try {
      return JSON.readTree(status.out()).get("micro");
    } catch (IOException e) {
      throw new IllegalStateException(status.out() + status.err(), e);
    }
  }
}
