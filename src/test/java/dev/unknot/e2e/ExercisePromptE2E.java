package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 2: the daemon's real prompt shows the exercise's drawing beside its steps. */
class ExercisePromptE2E extends DaemonOnDesktop {

  private static final String MICRO = "Unknot: micro-break";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String BREAKS =
      """
      [activity]
      idle_threshold = "2s"
      [breaks]
      start_on_pause = "0s"
      [breaks.micro]
      interval = "10s"
      duration = "8s"
      [breaks.rest]
      enabled = false
      [knots]
      checkin = false
      [summary]
      notify = false
      """;

  /** Rest breaks only, and one on demand: `break-now rest` shows it at once. */
  private static final String REST_ON_DEMAND =
      """
      [activity]
      idle_threshold = "2s"
      [breaks.micro]
      enabled = false
      [breaks.rest]
      interval = "1h"
      duration = "5m"
      [knots]
      checkin = false
      [summary]
      notify = false
      """;

  private final Path home;
  private TypingWindow typingTarget;
  private int step;

  ExercisePromptE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
    this.home = home;
  }

  @BeforeEach
  void openTypingTarget() throws IOException {
    typingTarget = TypingWindow.open(desktop);
  }

  @AfterEach
  void closeTypingTarget() {
    typingTarget.close();
  }

  @Test
  void theChinTuckPromptShowsItsDrawing() throws Exception {
    unknot.start(BREAKS + "[exercises]\nmicro = [\"chin-tuck\"]\n");
    Path shot = promptScreenshot("exercise-prompt-chin-tuck.png");
    assertTrue(accentPixels(shot) > 100, "no drawing in " + shot);
  }

  @Test
  void aCustomExerciseShowsItsPngBesideItsSteps() throws Exception {
    BufferedImage square = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 60; x++) {
      for (int y = 0; y < 30; y++) {
        square.setRGB(x, y, 0xD9652B);
      }
    }
    ImageIO.write(square, "png", home.resolve("door.png").toFile()); // beside the config file
    unknot.start(
        BREAKS
            + """
            [exercises]
            micro = ["doorway"]
            [[exercises.custom]]
            id = "doorway"
            title = "Doorway stretch"
            steps = ["Forearms on the door frame.", "Step through until the chest stretches."]
            hold = "Hold 4 seconds, twice"
            hold_seconds = 4
            repetitions = 2
            targets = ["chest"]
            kind = "micro"
            image = "door.png"
            """);
    Path shot = promptScreenshot("exercise-prompt-custom-png.png");
    assertTrue(accentPixels(shot) > 1000, "no custom image in " + shot);
  }

  /**
   * Issue 19: the longest built-in exercise (four steps, the longest hold) in German and in French,
   * for a person to look at: the words wrap inside the card, nothing is clipped, and the accents
   * render. The screenshots are target/screenshots/exercise-prompt-{de,fr}-*.png.
   */
  @Test
  void theLongestExerciseReadsInGerman() throws Exception {
    assertTrue(accentPixels(longestExerciseIn("de_DE.UTF-8")) > 100, "no drawing");
  }

  @Test
  void theLongestExerciseReadsInFrench() throws Exception {
    assertTrue(accentPixels(longestExerciseIn("fr_FR.UTF-8")) > 100, "no drawing");
  }

  private Path longestExerciseIn(String lang) throws IOException {
    unknot.setEnv("LANG", lang);
    unknot.setEnv("LC_ALL", ""); // blank: the test's own locale does not decide
    unknot.setEnv("LC_MESSAGES", "");
    unknot.start(REST_ON_DEMAND + "[exercises]\nrest = [\"ball-massage-back\"]\n");
    Desktop.Result asked = unknot.cli("break-now", "rest");
    assertEquals(0, asked.exitCode(), asked.err());
    // Found by the prefix: the kind after "Unknot: " (French "Unknot : ") is in the prompt's
    // language.
    String language = lang.substring(0, 2);
    return screenshotOf("^Unknot[^:]*: ", "exercise-prompt-" + language + "-ball-massage-back.png");
  }

  private Path promptScreenshot(String name) {
    assertTrue(workUntil(Duration.ofSeconds(40), () -> desktop.window(MICRO).isPresent()));
    return screenshotOf("^" + MICRO + "$", name);
  }

  private Path screenshotOf(String titleRegex, String name) {
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(60), () -> desktop.windowMatching(titleRegex).isPresent()));
    Rectangle window = desktop.geometry(desktop.windowMatching(titleRegex).orElseThrow());
    Path shot = SCREENSHOTS.resolve(name);
    // The window is mapped; its first paint is what we wait for, by its pixels, not by time.
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> {
              desktop.screenshot(shot);
              return windowPainted(shot, window);
            }));
    return shot;
  }

  /**
   * An unpainted window is black all over; a painted card is mostly its light or dark background.
   * Looked at across the card rather than at one spot, which may fall on a button's black label.
   */
  private static boolean windowPainted(Path shot, Rectangle window) {
    try {
      BufferedImage image = ImageIO.read(shot.toFile());
      int painted = 0;
      for (int i = 1; i <= 5; i++) {
        for (int j = 1; j <= 5; j++) {
          int rgb = image.getRGB(window.x + window.width * i / 6, window.y + window.height * j / 6);
          painted += (rgb & 0xFFFFFF) != 0 ? 1 : 0;
        }
      }
      return painted > 12;
    } catch (IOException e) {
      return false;
    }
  }

  /** Pixels of the drawings' orange: the card's own accent is green (micro) or blue (rest). */
  private static int accentPixels(Path shot) throws IOException {
    BufferedImage image = ImageIO.read(shot.toFile());
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        if (r > 170 && g > 70 && g < 140 && b < 90) {
          count++;
        }
      }
    }
    return count;
  }

  private boolean workUntil(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      step++;
      desktop.moveMouse(80 + step * 7 % 300, 80 + step * 3 % 60);
      desktop.key(String.valueOf((char) ('a' + step % 26)));
      if (condition.getAsBoolean()) {
        return true;
      }
      Desktop.pause(Duration.ofMillis(150));
    }
    return false;
  }
}
