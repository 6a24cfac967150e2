package dev.unknot.prompt;

import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.Font;
import java.util.List;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/** The reminder to give an active knot a ball massage: the steps, then Done or Later. */
public final class MassageWindow extends QuietCard {

  private MassageWindow(
      Exercise massage, String forWhat, String howOften, Runnable onDone, Runnable onLater) {
    super(Messages.get("massage.title"), PromptWindow.REST_ACCENT, Corner.BOTTOM_RIGHT, onLater);
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosing(java.awt.event.WindowEvent e) {
            dispose();
          }
        });
    addText(
        label(
            Messages.get("massage.heading", forWhat).toUpperCase(Messages.locale()),
            11f,
            Font.BOLD,
            PromptWindow.REST_ACCENT));
    addText((JComponent) Box.createVerticalStrut(6));
    Exercise shown = TomlExerciseCatalog.inCurrentLanguage(massage);
    addText(label(shown.title(), 19f, Font.BOLD, TEXT));
    addText((JComponent) Box.createVerticalStrut(8));
    int n = 1;
    for (String step : shown.steps()) {
      addText(PromptWindow.step(n++, step));
      addText((JComponent) Box.createVerticalStrut(4));
    }
    addText((JComponent) Box.createVerticalStrut(2));
    addText(label(shown.hold(), 12.5f, Font.ITALIC, MUTED));
    addText((JComponent) Box.createVerticalStrut(8));
    addText(
        wrapped(
            Messages.get("massage.howOftenAndSafety", howOften),
            11f,
            Font.PLAIN,
            MUTED,
            TEXT_WIDTH));
    setButtons(
        List.of(
            button(
                Messages.get("massage.done"),
                Messages.get("massage.done.description"),
                () -> {
                  dispose();
                  onDone.run();
                }),
            button(
                Messages.get("massage.later"),
                Messages.get("massage.later.description"),
                () -> {
                  dispose();
                  onLater.run();
                })));
  }

  /**
   * Shows the reminder; the answers come on the Swing thread.
   *
   * @param forWhat "your right upper-back knot"
   * @param howOften "Three times a day while the knot lasts", from the setting
   */
  public static void show(
      Exercise massage, String forWhat, String howOften, Runnable onDone, Runnable onLater) {
    SwingUtilities.invokeLater(
        () -> new MassageWindow(massage, forWhat, howOften, onDone, onLater).showQuietly());
  }
}
