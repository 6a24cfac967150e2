package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import java.awt.Color;
import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/** A card with a few lines to read and an OK button: notices, "About", short reports. */
public final class NoticeWindow extends QuietCard {

  public static final Color INFO = new ThemeColor("Unknot.accent.rest", 0x3E5C99);
  public static final Color WARNING = new ThemeColor("Unknot.accent.warning", 0xA33A2B);

  /** One window per title: showing a title again replaces the one on screen. */
  private static final Map<String, NoticeWindow> SHOWING = new HashMap<>(); // Swing thread only

  private NoticeWindow(
      String title,
      Color accent,
      String heading,
      List<String> paragraphs,
      String actionLabel,
      Runnable action) {
    super(title, accent, Corner.TOP_RIGHT, () -> {});
    addText(label(heading.toUpperCase(Messages.locale()), 11f, Font.BOLD, accent));
    for (String paragraph : paragraphs) {
      addText((JComponent) Box.createVerticalStrut(6));
      addText(label(paragraph, 13f, Font.PLAIN, TEXT));
    }
    setButtons(
        action == null
            ? List.of(
                button(
                    Messages.get("notice.ok"),
                    Messages.get("notice.ok.description"),
                    this::dispose))
            : List.of(
                button(
                    actionLabel,
                    Messages.get("notice.action.description", actionLabel),
                    () -> {
                      dispose();
                      action.run();
                    }),
                button(
                    Messages.get("notice.close"),
                    Messages.get("notice.ok.description"),
                    this::dispose)));
  }

  /** Shows the notice, replacing one with the same title. Safe from any thread. */
  public static void show(String title, Color accent, String heading, List<String> paragraphs) {
    show(title, accent, heading, paragraphs, null, null);
  }

  /** Shows the notice with a button that closes it and runs {@code action}. */
  public static void show(
      String title,
      Color accent,
      String heading,
      List<String> paragraphs,
      String actionLabel,
      Runnable action) {
    SwingUtilities.invokeLater(
        () -> {
          NoticeWindow old = SHOWING.remove(title);
          if (old != null) {
            old.dispose();
          }
          NoticeWindow notice =
              new NoticeWindow(title, accent, heading, paragraphs, actionLabel, action);
          SHOWING.put(title, notice);
          notice.showQuietly();
        });
  }

  @Override
  public void dispose() {
    SHOWING.remove(getTitle(), this);
    super.dispose();
  }
}
