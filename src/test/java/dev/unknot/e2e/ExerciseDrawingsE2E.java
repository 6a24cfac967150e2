package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.Exercise;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every exercise's real prompt window, built on a real X display in FlatLaf's light and dark looks,
 * shows its drawing: the built-ins' SVGs and a custom exercise's PNG and SVG. The shots land in
 * target/screenshots/exercises/ (copy them to src/site/resources/images/exercises/ for the README).
 */
@ExtendWith(DesktopExtension.class)
class ExerciseDrawingsE2E {

  private static final Path SHOTS = Path.of("target", "screenshots", "exercises");
  private final Desktop desktop;

  ExerciseDrawingsE2E(Desktop desktop) {
    this.desktop = desktop;
  }

  @Test
  void everyPromptShowsItsDrawingInLightAndDark() throws Exception {
    Files.createDirectories(SHOTS);
    Path png = SHOTS.resolve("custom-image.png");
    BufferedImage cross = new BufferedImage(80, 40, BufferedImage.TYPE_INT_ARGB);
    for (int x = 0; x < 80; x++) {
      cross.setRGB(x, x / 2, 0xFFD9652B);
      cross.setRGB(x, 39 - x / 2, 0xFFD9652B);
    }
    ImageIO.write(cross, "png", png.toFile());
    Path svg = SHOTS.resolve("custom-image.svg");
    Files.writeString(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
            + "<circle cx=\"50\" cy=\"50\" r=\"30\" fill=\"none\" stroke=\"currentColor\""
            + " stroke-width=\"4\"/><rect x=\"120\" y=\"20\" width=\"60\" height=\"60\""
            + " fill=\"#D9652B\"/></svg>");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.unknot.prompt.ExercisePromptShots",
            SHOTS.toString(),
            "custom-png=" + png,
            "custom-svg=" + svg);
    Desktop.Result result = Desktop.run(command, desktop.env());
    assertEquals(0, result.exitCode(), result.err());

    List<String> ids = new ArrayList<>();
    TomlExerciseCatalog.shipped().stream().map(Exercise::id).forEach(ids::add);
    ids.addAll(List.of("custom-png", "custom-svg"));
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      for (String theme : List.of("light", "dark")) {
        Path shot = SHOTS.resolve(id + "-" + theme + ".png");
        BufferedImage image = ImageIO.read(shot.toFile());
        // The accent is the drawing's alone (the card's own accent is green or blue).
        if (accentPixels(image) < 50) {
          missing.add(shot.toString());
        }
      }
    }
    assertEquals(List.of(), missing, "prompts without their drawing");
  }

  private static int accentPixels(BufferedImage image) {
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
}
