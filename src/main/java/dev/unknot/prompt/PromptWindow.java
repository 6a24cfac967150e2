package dev.unknot.prompt;

import dev.unknot.core.Answer;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.Countdown;
import dev.unknot.exercise.ExerciseDrawing;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/** The break prompt: the exercise, a countdown and Done / Postpone / Skip. */
final class PromptWindow extends QuietCard {

  private static final Color MICRO_ACCENT = new ThemeColor("Unknot.accent.micro", 0x2F7D6D);
  static final Color REST_ACCENT = new ThemeColor("Unknot.accent.rest", 0x3E5C99);
  private static final int NUMBER_WIDTH = 20;
  static final int DRAWING_WIDTH = 240;
  static final int DRAWING_HEIGHT = 120;

  final long promptId;
  private final Duration duration;
  private final JProgressBar countdown = new JProgressBar();

  PromptWindow(BreakPrompt prompt, Consumer<Answer> onAnswer) {
    super(
        title(prompt.type()),
        prompt.type() == BreakType.MICRO ? MICRO_ACCENT : REST_ACCENT,
        Corner.BOTTOM_RIGHT,
        () -> onAnswer.accept(closeAnswer(prompt)));
    this.promptId = prompt.id();
    this.duration = prompt.duration();
    Color accent = prompt.type() == BreakType.MICRO ? MICRO_ACCENT : REST_ACCENT;

    addText(label(kindLine(prompt), 11f, Font.BOLD, accent));
    if (prompt.note().isPresent()) {
      addText((JComponent) Box.createVerticalStrut(2));
      addText(wrapped(capitalised(prompt.note().get()), 12f, Font.PLAIN, MUTED, TEXT_WIDTH));
    }
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label(prompt.exercise().title(), 19f, Font.BOLD, TEXT));
    ExerciseDrawing.of(prompt.exercise()).ifPresent(this::addDrawing);
    addText((JComponent) Box.createVerticalStrut(8));
    int n = 1;
    for (String step : prompt.exercise().steps()) {
      addText(step(n++, step));
      addText((JComponent) Box.createVerticalStrut(4));
    }
    addText((JComponent) Box.createVerticalStrut(2));
    addText(label(prompt.exercise().hold(), 12.5f, Font.ITALIC, MUTED));
    addText((JComponent) Box.createVerticalStrut(12));
    countdown.setStringPainted(true);
    countdown.setForeground(accent);
    countdown.setMaximum((int) duration.toSeconds());
    countdown.setMaximumSize(new Dimension(Integer.MAX_VALUE, 22));
    countdown.getAccessibleContext().setAccessibleName("Break countdown");
    addText(countdown);
    addText((JComponent) Box.createVerticalStrut(8));
    String costs = costs(prompt);
    if (!costs.isEmpty()) {
      addText(label(costs, 12f, Font.PLAIN, TEXT));
      addText((JComponent) Box.createVerticalStrut(6));
    }
    addText(
        label(
            "Not medical advice. Stop any movement that causes sharp pain.",
            11f,
            Font.PLAIN,
            MUTED));

    List<JButton> buttons = new ArrayList<>();
    buttons.add(button("Done", () -> onAnswer.accept(Answer.DONE)));
    if (prompt.postponesLeft() > 0) {
      buttons.add(button("Postpone", () -> onAnswer.accept(Answer.POSTPONE)));
    }
    if (prompt.skipsLeft() > 0) {
      buttons.add(button("Skip", () -> onAnswer.accept(Answer.SKIP)));
    }
    setButtons(buttons);
    progress(duration, Countdown.WAITING_FOR_LET_GO);
  }

  /** Closing the window skips, or postpones once the skips are used, or does nothing. */
  private static Answer closeAnswer(BreakPrompt prompt) {
    if (prompt.skipsLeft() > 0) {
      return Answer.SKIP;
    }
    return prompt.postponesLeft() > 0 ? Answer.POSTPONE : Answer.DONE;
  }

  /**
   * What Postpone and Skip cost, in one line: "Postpone 3 min (the break becomes 36 s). 4 skips
   * left today."
   */
  static String costs(BreakPrompt prompt) {
    List<String> parts = new ArrayList<>();
    if (prompt.postponesLeft() > 0) {
      String postpone = "Postpone " + length(prompt.postpone());
      Duration after = prompt.durationIfPostponed();
      parts.add(
          postpone
              + (after.equals(prompt.duration()) ? " (the break stays " : " (the break becomes ")
              + length(after)
              + ").");
    }
    int skips = prompt.skipsLeft();
    if (skips == 0) {
      parts.add("No skips left today.");
    } else if (skips != BreakSettings.UNLIMITED) {
      parts.add(skips == 1 ? "1 skip left today." : skips + " skips left today.");
    }
    return String.join(" ", parts);
  }

  /** "36 s", "3 min", "5 min 30 s". */
  static String length(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    long rest = seconds % 60;
    return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
  }

  /** The start and end positions, above the steps: small enough to keep the card compact. */
  private void addDrawing(ExerciseDrawing drawing) {
    addText((JComponent) Box.createVerticalStrut(6));
    DrawingView view = new DrawingView(drawing, DRAWING_WIDTH, DRAWING_HEIGHT);
    view.setForeground(TEXT);
    addText(view);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String title(BreakType type) {
    return type == BreakType.MICRO ? "Unknot: micro-break" : "Unknot: rest break";
  }

  void progress(Duration remaining, Countdown state) {
    // Rounded up, so the bar reads 0:01 until the very end rather than 0:00 a second early.
    long left = Math.max(0, (remaining.toMillis() + 999) / 1000);
    countdown.setValue((int) (duration.toSeconds() - left));
    countdown.setString(countdownText(left, state));
  }

  static String countdownText(long secondsLeft, Countdown state) {
    String left = String.format("%d:%02d left", secondsLeft / 60, secondsLeft % 60);
    return switch (state) {
      case WAITING_FOR_LET_GO -> "Starts when you let go of keyboard and mouse";
      case COUNTING -> left;
      case PAUSED_BY_INPUT -> "Paused while you type or move the mouse · " + left;
    };
  }

  private static String kindLine(BreakPrompt prompt) {
    String kind = prompt.type() == BreakType.MICRO ? "MICRO-BREAK" : "REST BREAK";
    long seconds = prompt.duration().toSeconds();
    String length = seconds < 120 ? seconds + " SECONDS" : seconds / 60 + " MINUTES";
    return kind + "  ·  " + length;
  }

  /** A numbered step whose lines wrap under the text, not under the number. */
  static JComponent step(int number, String text) {
    JPanel row = new JPanel(new BorderLayout());
    row.setOpaque(false);
    JLabel numberLabel = new JLabel(number + ".");
    numberLabel.setFont(numberLabel.getFont().deriveFont(Font.BOLD, 13f));
    numberLabel.setForeground(TEXT);
    numberLabel.setVerticalAlignment(JLabel.TOP);
    numberLabel.setPreferredSize(new Dimension(NUMBER_WIDTH, 0));
    row.add(numberLabel, BorderLayout.WEST);
    row.add(wrapped(text, 13f, Font.PLAIN, TEXT, TEXT_WIDTH - NUMBER_WIDTH), BorderLayout.CENTER);
    return row;
  }
}
