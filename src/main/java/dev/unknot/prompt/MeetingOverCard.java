package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import java.awt.Color;
import java.awt.Font;
import java.awt.Insets;
import java.util.List;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * "Your meeting time is up": take the break now, in 5 minutes, or extend the meeting by 15. One
 * card at a time; a new one replaces the one on screen. Like every card it never takes the focus.
 */
public final class MeetingOverCard extends QuietCard {

  public static String title() {
    return Messages.get("meeting.title");
  }

  static final Color ACCENT = new Color(0x6A4C93);

  /** What the card's buttons do; each runs on the Swing thread after the card has closed. */
  public interface Choices {
    void breakNow();

    void breakInFiveMinutes();

    void extendFifteenMinutes();

    /** Closed without a choice (the window manager's close): the meeting simply ends. */
    void dismissed();
  }

  private static MeetingOverCard showing; // Swing thread only

  private MeetingOverCard(String heading, String body, Choices choices) {
    super(title(), ACCENT, Corner.BOTTOM_RIGHT, () -> {});
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosing(java.awt.event.WindowEvent e) {
            choose(choices::dismissed);
          }
        });
    addText(label(Messages.get("meeting.heading"), 11f, Font.BOLD, ACCENT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label(heading, 19f, Font.BOLD, TEXT));
    addText((JComponent) Box.createVerticalStrut(8));
    addText(label(body, 13.5f, Font.PLAIN, TEXT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label(Messages.get("meeting.withoutAnswer"), 11.5f, Font.ITALIC, MUTED));
    List<JButton> buttons =
        List.of(
            button(
                Messages.get("meeting.breakNow"),
                Messages.get("meeting.breakNow.description"),
                () -> choose(choices::breakNow)),
            button(
                Messages.get("meeting.inFive"),
                Messages.get("meeting.inFive.description"),
                () -> choose(choices::breakInFiveMinutes)),
            button(
                Messages.get("meeting.extend"),
                Messages.get("meeting.extend.description"),
                () -> choose(choices::extendFifteenMinutes)));
    // Three to a row: the look-and-feel's wide side margins would cut "Extend 15 min" short.
    buttons.forEach(b -> b.setMargin(new Insets(2, 4, 2, 4)));
    setButtons(buttons);
  }

  private void choose(Runnable choice) {
    close(this);
    choice.run();
  }

  /**
   * Shows the card, replacing one already on screen.
   *
   * @param body what waits: "A micro-break has waited for the end of it."
   */
  public static void show(String body, Choices choices) {
    SwingUtilities.invokeLater(
        () -> {
          close(showing);
          showing = new MeetingOverCard(Messages.get("meetingOver.timeUp"), body, choices);
          showing.showQuietly();
        });
  }

  /** Takes the card away unanswered: the meeting was ended or extended elsewhere. */
  public static void closeShowing() {
    SwingUtilities.invokeLater(() -> close(showing));
  }

  private static void close(MeetingOverCard card) {
    if (card != null) {
      card.dispose();
      if (showing == card) {
        showing = null;
      }
    }
  }
}
