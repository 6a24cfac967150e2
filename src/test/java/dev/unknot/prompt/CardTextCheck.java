package dev.unknot.prompt;

import dev.unknot.config.UnknotConfig.Theme;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.core.HeadsUp;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * Shows every kind of card that wraps text, with real texts, and paints each of its leaf components
 * on its own without the clip of its bounds: ink past a component's right or bottom edge is text
 * the card cuts off. Prints one line per such component ("OVER ..."), then the screen's scale and
 * how many cards and components it looked at. Needs a display; run it at the scale to check (such
 * as {@code -Dsun.java2d.uiScale=2}).
 *
 * <p>Given a language tag ({@code de}, {@code pt-BR}) it shows the cards and the knot form in that
 * language, and also prints "CLIPPED ..." for a button, label or field whose text needs more room
 * than it has (a look-and-feel cuts it short with "…", which paints inside the bounds), and
 * "UNNAMED ..." for a control without an accessible name and description.
 */
public final class CardTextCheck {

  /** A device pixel or two of antialiasing or an italic overhang is not a cut-off word. */
  private static final double TOLERANCE = 1.0;

  private CardTextCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      Locale language = Locale.forLanguageTag(args[0]);
      Messages.use(language);
      Locale.setDefault(language);
      JComponent.setDefaultLocale(language);
    }
    Look.use(Theme.LIGHT, Map.of());
    try {
      SwingUtilities.invokeAndWait(CardTextCheck::showEveryCard);
    } catch (java.lang.reflect.InvocationTargetException e) {
      e.getCause().printStackTrace();
      System.exit(1); // the Swing thread would keep the process alive
    }
    // Some cards are shown through invokeLater: this runs after them.
    SwingUtilities.invokeAndWait(CardTextCheck::checkShownCards);
    System.exit(0);
  }

  private static void showEveryCard() {
    List<Exercise> exercises = TomlExerciseCatalog.shipped();
    for (Exercise e : exercises) {
      Duration length =
          e.kind() == BreakType.MICRO ? Duration.ofSeconds(30) : Duration.ofMinutes(5);
      Optional<String> note =
          e.kind() == BreakType.MICRO
              ? Optional.of("most of your last 45 minutes of input was the mouse.")
              : Optional.empty();
      new PromptWindow(new BreakPrompt(1, e.kind(), e, length, 1, note), answer -> {})
          .showQuietly();
      new HeadsUpCard(new HeadsUp(e.kind(), e, Optional.of(Duration.ofSeconds(30)))).showQuietly();
      new HeadsUpCard(new HeadsUp(e.kind(), e, Optional.empty())).showQuietly();
      if (e.id().startsWith("ball-massage")) {
        MassageWindow.show(
            e,
            "your right upper-back knot",
            "Three times a day while the knot lasts",
            () -> {},
            () -> {});
      }
    }
    LocalDate today = LocalDate.of(2026, 12, 2);
    new CheckInWindow(today.minusDays(1), today, reply -> {}).showQuietly();
    CheckInWindow.Answer.knotFree(today.minusDays(3), today).showQuietly();
    CheckInWindow.Answer.knotKept(today, today).showQuietly();
    CheckInWindow.Answer.later(
            ZonedDateTime.of(2026, 12, 2, 16, 30, 0, 0, java.time.ZoneOffset.UTC))
        .showQuietly();
    CheckInWindow.Answer.failed("the disk is full").showQuietly();
    KnotReportWindow form =
        new KnotReportWindow(today, java.time.Clock.systemDefaultZone(), report -> {}, () -> {});
    form.setVisible(true);
    NoticeWindow.show(
        "Unknot: report",
        NoticeWindow.INFO,
        "Weekly summary",
        List.of("Your week in one page."),
        Messages.get("notice.openReport"),
        () -> {});
    MeetingOverCard.show(
        "A micro-break and a rest break have waited for the end of it.",
        new MeetingOverCard.Choices() {
          @Override
          public void breakNow() {}

          @Override
          public void breakInFiveMinutes() {}

          @Override
          public void extendFifteenMinutes() {}

          @Override
          public void dismissed() {}
        });
    NoticeWindow.show(
        "Unknot: notice",
        NoticeWindow.INFO,
        "Daily limit reached",
        List.of(
            "You have been at the keyboard and mouse for eight hours today, the daily limit you"
                + " set in the config file.",
            "Unknot keeps counting, and breaks go on as before; the tray menu's summary shows"
                + " where the time went."));
  }

  private static void checkShownCards() {
    int cards = 0;
    List<Integer> checked = new ArrayList<>(List.of(0));
    for (Window window : Window.getWindows()) {
      if (window.isShowing() && window instanceof Frame frame) {
        cards++;
        check(frame.getTitle(), frame, checked);
      }
    }
    double scale =
        Window.getWindows()[0].getGraphicsConfiguration().getDefaultTransform().getScaleX();
    System.out.println("scale " + scale + ": " + cards + " cards, " + checked.get(0) + " parts");
  }

  private static void check(String card, Container container, List<Integer> checked) {
    for (Component child : container.getComponents()) {
      if (!child.isVisible()) {
        continue;
      }
      if (isControl(child)) {
        AccessibleContext a = child.getAccessibleContext();
        if (blank(a.getAccessibleName()) || blank(a.getAccessibleDescription())) {
          System.out.printf(
              "UNNAMED %s: %s name \"%s\" description \"%s\"%n",
              card,
              child.getClass().getSimpleName(),
              a.getAccessibleName(),
              a.getAccessibleDescription());
        }
      }
      if (child instanceof AbstractButton
          || child instanceof JLabel
          || child instanceof JComboBox) {
        Dimension wanted = child.getPreferredSize();
        if (wanted.width > child.getWidth() + TOLERANCE || wanted.height > child.getHeight() + 1) {
          System.out.printf(
              "CLIPPED %s: %s \"%s\" wants %dx%d, has %dx%d%n",
              card,
              child.getClass().getSimpleName(),
              child.getAccessibleContext().getAccessibleName(),
              wanted.width,
              wanted.height,
              child.getWidth(),
              child.getHeight());
        }
      }
      if (child instanceof JComponent leaf && leaf.getComponentCount() == 0) {
        checked.set(0, checked.get(0) + 1);
        double over = inkOutside(leaf);
        if (over > TOLERANCE) {
          System.out.printf(
              "OVER %s: %s \"%s\" paints %.1f px past its %dx%d bounds%n",
              card,
              leaf.getClass().getSimpleName(),
              leaf.getAccessibleContext().getAccessibleName(),
              over,
              leaf.getWidth(),
              leaf.getHeight());
        }
      } else if (child instanceof Container inner) {
        check(card, inner, checked);
      }
    }
  }

  /** The controls a screen reader must be able to name: what a person presses, picks or types. */
  private static boolean isControl(Component c) {
    if (SwingUtilities.getAncestorOfClass(JComboBox.class, c) != null
        || SwingUtilities.getAncestorOfClass(JSpinner.class, c) != null) {
      return false; // a part of a combo box or spinner, such as its arrow, which it names
    }
    return c instanceof JButton
        || c instanceof JCheckBox
        || c instanceof JRadioButton
        || c instanceof JSpinner
        || c instanceof JTextField
        || c instanceof JComboBox
        || c instanceof JSlider
        || c instanceof JList
        || c instanceof JProgressBar;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** How far, in the component's own pixels, it paints past its right or bottom edge. */
  private static double inkOutside(JComponent c) {
    double scale = c.getGraphicsConfiguration().getDefaultTransform().getScaleX();
    int margin = 60;
    int w = c.getWidth();
    int h = c.getHeight();
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil((w + margin) * scale),
            (int) Math.ceil((h + margin) * scale),
            BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.scale(scale, scale);
    g.setClip(0, 0, w + margin, h + margin);
    c.paint(g);
    g.dispose();
    int right = (int) Math.ceil(w * scale);
    int bottom = (int) Math.ceil(h * scale);
    int farthest = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) > 64) {
          farthest = Math.max(farthest, Math.max(x + 1 - right, y + 1 - bottom));
        }
      }
    }
    return farthest / scale;
  }
}
