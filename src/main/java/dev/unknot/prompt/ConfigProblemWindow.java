package dev.unknot.prompt;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/** One notice that a changed config was not applied, with its first problem. */
public final class ConfigProblemWindow extends QuietCard {

  static final String TITLE = "Unknot: config problem";
  private static final Color ACCENT = new Color(0xA33A2B);
  private static ConfigProblemWindow showing; // Swing thread only

  private ConfigProblemWindow(String firstProblem, int count) {
    super(TITLE, ACCENT, Corner.TOP_RIGHT, () -> {});
    addText(label("CONFIG NOT APPLIED", 11f, Font.BOLD, ACCENT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(
        label(
            "Unknot keeps the settings it had. "
                + (count == 1 ? "The problem:" : "The first of " + count + " problems:"),
            13f,
            Font.PLAIN,
            TEXT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label(firstProblem, 12.5f, Font.PLAIN, TEXT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label("`unknot config check` lists them all.", 12f, Font.ITALIC, MUTED));
    setButtons(List.of(button("OK", this::dispose)));
  }

  /** Shows the notice, replacing one still on screen. Safe from any thread. */
  public static void show(String firstProblem, int count) {
    SwingUtilities.invokeLater(
        () -> {
          if (showing != null) {
            showing.dispose();
          }
          showing = new ConfigProblemWindow(firstProblem, count);
          showing.showQuietly();
        });
  }
}
