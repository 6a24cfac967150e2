package dev.unknot.prompt;

import dev.unknot.config.UnknotConfig.Theme;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Renders each exercise's break prompt to PNG in Unknot's light and dark looks (prompt/Look and its
 * theme properties), on a screen of scale 2: {@code <out>/<id>-light.png} and {@code
 * <out>/<id>-dark.png}. Needs a display.
 *
 * <p>The scale is the screen's, not a transform added while painting: the card lays out its text
 * for the screen it is on, so an image painted at another scale than the screen's would show lines
 * wrapped for one and drawn at the other.
 *
 * <p>Usage: {@code ExercisePromptShots OUT_DIR [ID=IMAGE_FILE ...]}: extra arguments add custom
 * exercises with the given image.
 */
public final class ExercisePromptShots {

  private static final String SCALE = "2";

  private ExercisePromptShots() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.java2d.uiScale", SCALE); // before AWT starts
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    List<Exercise> exercises = new ArrayList<>(TomlExerciseCatalog.shipped());
    for (int i = 1; i < args.length; i++) {
      String[] idAndImage = args[i].split("=", 2);
      exercises.add(
          new Exercise(
              idAndImage[0],
              "Custom: " + idAndImage[0],
              List.of("A first step of your own.", "A second step of your own."),
              "Hold 5 seconds, 3 times",
              java.util.Set.of("neck"),
              BreakType.MICRO,
              5,
              3,
              false,
              Optional.of(Path.of(idAndImage[1]).toAbsolutePath())));
    }
    for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
      // A change of look is applied on the Swing thread, before the renders queued after it.
      Look.use(theme, Map.of());
      SwingUtilities.invokeAndWait(
          () -> {
            for (Exercise e : exercises) {
              write(render(e), out.resolve(e.id() + "-" + theme.id() + ".png"));
            }
          });
    }
    System.out.println("wrote " + exercises.size() * 2 + " prompts to " + out);
    System.exit(0);
  }

  static BufferedImage render(Exercise e) {
    Duration length = e.kind() == BreakType.MICRO ? Duration.ofSeconds(30) : Duration.ofMinutes(5);
    BreakPrompt prompt = new BreakPrompt(1, e.kind(), e, length, 1, Optional.empty());
    PromptWindow window = new PromptWindow(prompt, answer -> {});
    try {
      window.setSize(PromptLayout.WIDTH, 10);
      window.pack();
      window.setSize(PromptLayout.WIDTH, window.getPreferredSize().height);
      window.validate();
      JComponent content = (JComponent) window.getContentPane();
      double scale = window.getGraphicsConfiguration().getDefaultTransform().getScaleX();
      BufferedImage image =
          new BufferedImage(
              (int) Math.round(content.getWidth() * scale),
              (int) Math.round(content.getHeight() * scale),
              BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.scale(scale, scale);
      content.printAll(g);
      g.dispose();
      return image;
    } finally {
      window.dispose();
    }
  }

  private static void write(BufferedImage image, Path file) {
    try {
      ImageIO.write(image, "png", new File(file.toString()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
  }
}
