package dev.unknot.prompt;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Renders each exercise's break prompt to PNG, in FlatLaf's light and dark looks, at twice the
 * screen scale: {@code <out>/<id>-light.png} and {@code <out>/<id>-dark.png}. Needs a display.
 *
 * <p>Until the prompt takes its colours from the look (the theme work of issue 17, item 1), the
 * dark shots recolour the card's fixed light colours to the look's, so they show what the drawing
 * looks like on dark.
 *
 * <p>Usage: {@code ExercisePromptShots OUT_DIR [ID=IMAGE_FILE ...]}: extra arguments add custom
 * exercises with the given image.
 */
public final class ExercisePromptShots {

  private static final int SCALE = 2;

  private ExercisePromptShots() {}

  public static void main(String[] args) throws Exception {
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
    for (String theme : List.of("light", "dark")) {
      SwingUtilities.invokeAndWait(
          () -> {
            try {
              UIManager.setLookAndFeel(
                  theme.equals("dark") ? new FlatDarkLaf() : new FlatLightLaf());
              for (Exercise e : exercises) {
                write(render(e, theme.equals("dark")), out.resolve(e.id() + "-" + theme + ".png"));
              }
            } catch (Exception ex) {
              throw new IllegalStateException(ex);
            }
          });
    }
    System.out.println("wrote " + exercises.size() * 2 + " prompts to " + out);
    System.exit(0);
  }

  static BufferedImage render(Exercise e, boolean dark) {
    Duration length = e.kind() == BreakType.MICRO ? Duration.ofSeconds(30) : Duration.ofMinutes(5);
    BreakPrompt prompt = new BreakPrompt(1, e.kind(), e, length, 1, Optional.empty());
    PromptWindow window = new PromptWindow(prompt, answer -> {});
    try {
      window.setSize(PromptLayout.WIDTH, 10);
      window.pack();
      window.setSize(PromptLayout.WIDTH, window.getPreferredSize().height);
      window.validate();
      JComponent content = (JComponent) window.getContentPane();
      if (dark) {
        recolour(content);
      }
      BufferedImage image =
          new BufferedImage(
              content.getWidth() * SCALE, content.getHeight() * SCALE, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.scale(SCALE, SCALE);
      content.printAll(g);
      g.dispose();
      return image;
    } finally {
      window.dispose();
    }
  }

  /** The card's fixed light colours, swapped for the look's until the card follows the look. */
  private static void recolour(Component c) {
    if (QuietCard.BACKGROUND.equals(c.getBackground())) {
      c.setBackground(UIManager.getColor("Panel.background"));
    }
    Color fg = c.getForeground();
    if (QuietCard.TEXT.equals(fg)) {
      c.setForeground(UIManager.getColor("Label.foreground"));
    } else if (QuietCard.MUTED.equals(fg)) {
      c.setForeground(UIManager.getColor("Label.disabledForeground"));
    }
    if (c instanceof javax.swing.text.JTextComponent t && !t.isOpaque()) {
      t.setForeground(
          QuietCard.TEXT.equals(fg) ? UIManager.getColor("Label.foreground") : t.getForeground());
    }
    if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        recolour(child);
      }
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
