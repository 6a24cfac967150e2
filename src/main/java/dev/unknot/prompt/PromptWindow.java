package dev.unknot.prompt;

import dev.unknot.core.Answer;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.Countdown;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.ExerciseDrawing;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/** The break prompt: the exercise, a countdown and Done / Postpone / Skip. */
final class PromptWindow extends QuietCard {

  static final Color MICRO_ACCENT = new ThemeColor("Unknot.accent.micro", 0x2F7D6D);
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
    // In the language of now, though the config was read before the language was chosen.
    Exercise exercise = TomlExerciseCatalog.inCurrentLanguage(prompt.exercise());
    addText(label(exercise.title(), 19f, Font.BOLD, TEXT));
    ExerciseDrawing.of(prompt.exercise()).ifPresent(this::addDrawing);
    addText((JComponent) Box.createVerticalStrut(8));
    int n = 1;
    for (String step : exercise.steps()) {
      addText(step(n++, step));
      addText((JComponent) Box.createVerticalStrut(4));
    }
    addText((JComponent) Box.createVerticalStrut(2));
    addText(label(exercise.hold(), 12.5f, Font.ITALIC, MUTED));
    addText((JComponent) Box.createVerticalStrut(12));
    countdown.setStringPainted(true);
    countdown.setForeground(accent);
    countdown.setMaximum((int) duration.toSeconds());
    countdown.setMaximumSize(new Dimension(Integer.MAX_VALUE, 22));
    countdown.getAccessibleContext().setAccessibleName(Messages.get("prompt.countdown.name"));
    countdown
        .getAccessibleContext()
        .setAccessibleDescription(Messages.get("prompt.countdown.description"));
    addText(countdown);
    addText((JComponent) Box.createVerticalStrut(8));
    String costs = costs(prompt);
    if (!costs.isEmpty()) {
      addText(label(costs, 12f, Font.PLAIN, TEXT));
      addText((JComponent) Box.createVerticalStrut(6));
    }
    addText(label(Messages.get("prompt.safety"), 11f, Font.PLAIN, MUTED));

    List<JButton> buttons = new ArrayList<>();
    buttons.add(
        button(
            Messages.get("prompt.done"),
            Messages.get("prompt.done.description"),
            () -> onAnswer.accept(Answer.DONE)));
    if (prompt.postponesLeft() > 0) {
      buttons.add(
          button(
              Messages.get("prompt.postpone"),
              Messages.get(
                  "prompt.postpone.description",
                  length(prompt.postpone()),
                  length(prompt.durationIfPostponed())),
              () -> onAnswer.accept(Answer.POSTPONE)));
    }
    if (prompt.skipsLeft() > 0) {
      buttons.add(
          button(
              Messages.get("prompt.skip"),
              Messages.get("prompt.skip.description"),
              () -> onAnswer.accept(Answer.SKIP)));
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
      Duration after = prompt.durationIfPostponed();
      parts.add(
          Messages.get(
              after.equals(prompt.duration())
                  ? "prompt.costs.postponeStays"
                  : "prompt.costs.postponeBecomes",
              length(prompt.postpone()),
              length(after)));
    }
    int skips = prompt.skipsLeft();
    if (skips != BreakSettings.UNLIMITED) {
      parts.add(Messages.get("prompt.costs.skipsLeft", skips));
    }
    return String.join(" ", parts);
  }

  /** "36 s", "3 min", "5 min 30 s". */
  static String length(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return Messages.get("prompt.length.seconds", seconds);
    }
    long minutes = seconds / 60;
    long rest = seconds % 60;
    return rest == 0
        ? Messages.get("prompt.length.minutes", minutes)
        : Messages.get("prompt.length.minutesSeconds", minutes, rest);
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
    return Messages.get(type == BreakType.MICRO ? "prompt.title.micro" : "prompt.title.rest");
  }

  void progress(Duration remaining, Countdown state) {
    // Rounded up, so the bar reads 0:01 until the very end rather than 0:00 a second early.
    long left = Math.max(0, (remaining.toMillis() + 999) / 1000);
    countdown.setValue((int) (duration.toSeconds() - left));
    countdown.setString(countdownText(left, state));
  }

  static String countdownText(long secondsLeft, Countdown state) {
    // not translated: a clock reading, the same in every language
    String clock = String.format(Locale.ROOT, "%d:%02d", secondsLeft / 60, secondsLeft % 60);
    return switch (state) {
      case WAITING_FOR_LET_GO -> Messages.get("prompt.countdown.waiting");
      case COUNTING -> Messages.get("prompt.countdown.left", clock);
      case PAUSED_BY_INPUT -> Messages.get("prompt.countdown.paused", clock);
    };
  }

  private static String kindLine(BreakPrompt prompt) {
    long seconds = prompt.duration().toSeconds();
    String line =
        Messages.get(
            seconds < 120 ? "prompt.kind.seconds" : "prompt.kind.minutes",
            Messages.get(
                prompt.type() == BreakType.MICRO ? "prompt.break.micro" : "prompt.break.rest"),
            seconds < 120 ? seconds : seconds / 60);
    return line.toUpperCase(Messages.locale());
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
