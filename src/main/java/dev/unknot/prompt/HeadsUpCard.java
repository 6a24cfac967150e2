package dev.unknot.prompt;

import dev.unknot.core.BreakType;
import dev.unknot.core.HeadsUp;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The small card that says a break is coming, where the prompt will appear. It has nothing to click
 * and can never take the keyboard: the user goes on typing and finishes the sentence.
 */
final class HeadsUpCard extends JFrame {

  static String title() {
    return Messages.get("headsUp.title");
  }

  HeadsUpCard(HeadsUp headsUp) {
    super(title());
    setUndecorated(true);
    setType(Window.Type.UTILITY);
    setAlwaysOnTop(true);
    setAutoRequestFocus(false);
    setFocusableWindowState(false); // nothing here to type into, ever
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    Color accent =
        headsUp.type() == BreakType.MICRO ? PromptWindow.MICRO_ACCENT : PromptWindow.REST_ACCENT;
    JPanel card = new JPanel();
    card.setLayout(new BoxLayout(card, BoxLayout.Y_AXIS));
    card.setBackground(QuietCard.BACKGROUND);
    int b = PromptLayout.BORDER;
    int p = PromptLayout.PADDING / 2 + 2;
    card.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createMatteBorder(b, b, b, b, accent),
            BorderFactory.createEmptyBorder(p, PromptLayout.PADDING, p, PromptLayout.PADDING)));
    JComponent line = QuietCard.label(text(headsUp), 13f, Font.PLAIN, QuietCard.TEXT);
    getAccessibleContext().setAccessibleDescription(text(headsUp));
    card.add(line);
    setContentPane(card);
    countdown = headsUp.in().map(in -> countDown(headsUp, in, card)).orElse(null);
  }

  /** Counts the seconds down on the card, once a second while it shows. */
  private final Timer countdown;

  private static Timer countDown(HeadsUp headsUp, Duration in, JPanel card) {
    long shownAt = System.nanoTime();
    Timer timer = new Timer(1000, null);
    timer.addActionListener(
        e -> {
          Duration left = in.minusNanos(System.nanoTime() - shownAt);
          long seconds = (left.toMillis() + 999) / 1000; // "in 1 s" until it is due
          if (seconds < 1) {
            timer.stop();
            return;
          }
          HeadsUp now =
              new HeadsUp(
                  headsUp.type(), headsUp.exercise(), Optional.of(Duration.ofSeconds(seconds)));
          card.remove(0);
          card.add(QuietCard.label(text(now), 13f, Font.PLAIN, QuietCard.TEXT));
          card.revalidate();
          card.repaint();
        });
    timer.start();
    return timer;
  }

  @Override
  public void dispose() {
    if (countdown != null) {
      countdown.stop();
    }
    super.dispose();
  }

  /** "Micro-break in 30 s: chin tuck. Finish your sentence." */
  static String text(HeadsUp headsUp) {
    String kind =
        Messages.get(
            headsUp.type() == BreakType.MICRO ? "prompt.break.micro" : "prompt.break.rest");
    String exercise = lowerFirst(TomlExerciseCatalog.inCurrentLanguage(headsUp.exercise()).title());
    if (headsUp.in().isEmpty()) {
      return Messages.get("headsUp.atNextPause", kind, exercise);
    }
    return Messages.get("headsUp.in", kind, PromptWindow.length(headsUp.in().get()), exercise);
  }

  /** "Chin tuck" reads "chin tuck" mid-sentence; "AC stretch" keeps its capitals. */
  private static String lowerFirst(String title) {
    // German writes nouns with a capital in mid-sentence too.
    boolean german = Messages.locale().getLanguage().equals(Locale.GERMAN.getLanguage());
    if (german || title.length() > 1 && Character.isUpperCase(title.charAt(1))) {
      return title;
    }
    return title.isEmpty()
        ? title
        : title.substring(0, 1).toLowerCase(Messages.locale()) + title.substring(1);
  }

  /** Bottom right, where the prompt will appear, without taking focus. */
  void showQuietly() {
    setSize(PromptLayout.WIDTH, 10);
    pack();
    setSize(PromptLayout.WIDTH, getPreferredSize().height);
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    setLocation(
        screen.x + screen.width - getWidth() - PromptLayout.SCREEN_MARGIN / 3,
        screen.y + screen.height - getHeight() - PromptLayout.SCREEN_MARGIN);
    setVisible(true);
  }
}
