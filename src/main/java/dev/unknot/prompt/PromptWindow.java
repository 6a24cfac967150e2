package dev.unknot.prompt;

import dev.unknot.core.Answer;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakType;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** The break prompt: a small always-on-top card near the bottom-right of the screen. */
final class PromptWindow extends JFrame {

  private static final Color BACKGROUND = new Color(0xFBFAF7);
  private static final Color TEXT = new Color(0x22272B);
  private static final Color MUTED = new Color(0x6B7075);
  private static final Color MICRO_ACCENT = new Color(0x2F7D6D);
  private static final Color REST_ACCENT = new Color(0x3E5C99);
  private static final int TEXT_WIDTH =
      PromptLayout.WIDTH - 2 * (PromptLayout.BORDER + PromptLayout.PADDING);
  private static final int NUMBER_WIDTH = 20;

  final long promptId;
  private final Duration duration;
  private final JProgressBar countdown = new JProgressBar();
  private final AWTEventListener armOnClick = this::armOnClick;
  private final JButton done;
  private final JPanel buttons;
  private boolean armed;

  PromptWindow(BreakPrompt prompt, Consumer<Answer> onAnswer) {
    super(title(prompt.type()));
    this.promptId = prompt.id();
    this.duration = prompt.duration();
    Color accent = prompt.type() == BreakType.MICRO ? MICRO_ACCENT : REST_ACCENT;

    setUndecorated(true);
    setType(Window.Type.UTILITY);
    setAlwaysOnTop(true);
    // Ask the window manager not to focus the prompt when it appears. Should one focus it
    // anyway, typed keys still do nothing: the keyboard is armed only by a click in the window.
    setAutoRequestFocus(false);
    setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            onAnswer.accept(Answer.SKIP);
          }
        });

    JPanel card = new JPanel(new BorderLayout(0, 12));
    card.setBackground(BACKGROUND);
    card.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createMatteBorder(
                PromptLayout.BORDER,
                PromptLayout.BORDER,
                PromptLayout.BORDER,
                PromptLayout.BORDER,
                accent),
            BorderFactory.createEmptyBorder(
                PromptLayout.PADDING,
                PromptLayout.PADDING,
                PromptLayout.PADDING,
                PromptLayout.PADDING)));

    JPanel text = new JPanel();
    text.setOpaque(false);
    text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
    text.add(label(kindLine(prompt), 11f, Font.BOLD, accent));
    text.add(Box.createVerticalStrut(6));
    text.add(label(prompt.exercise().title(), 19f, Font.BOLD, TEXT));
    text.add(Box.createVerticalStrut(8));
    int n = 1;
    for (String step : prompt.exercise().steps()) {
      text.add(step(n++, step));
      text.add(Box.createVerticalStrut(4));
    }
    text.add(Box.createVerticalStrut(2));
    text.add(label(prompt.exercise().hold(), 12.5f, Font.ITALIC, MUTED));
    text.add(Box.createVerticalStrut(12));
    countdown.setStringPainted(true);
    countdown.setForeground(accent);
    countdown.setMaximum((int) duration.toSeconds());
    countdown.setAlignmentX(LEFT_ALIGNMENT);
    countdown.setMaximumSize(new Dimension(Integer.MAX_VALUE, 22));
    countdown.getAccessibleContext().setAccessibleName("Break countdown");
    text.add(countdown);
    text.add(Box.createVerticalStrut(8));
    text.add(
        label(
            "Not medical advice. Stop any movement that causes sharp pain.",
            11f,
            Font.PLAIN,
            MUTED));
    card.add(text, BorderLayout.CENTER);

    boolean canPostpone = prompt.postponesLeft() > 0;
    JPanel buttons = new JPanel(new GridLayout(1, canPostpone ? 3 : 2, PromptLayout.BUTTON_GAP, 0));
    buttons.setOpaque(false);
    done = button("Done", () -> onAnswer.accept(Answer.DONE));
    buttons.add(done);
    if (canPostpone) {
      buttons.add(button("Postpone", () -> onAnswer.accept(Answer.POSTPONE)));
    }
    buttons.add(button("Skip", () -> onAnswer.accept(Answer.SKIP)));
    buttons.setPreferredSize(new Dimension(0, PromptLayout.BUTTON_HEIGHT));
    card.add(buttons, BorderLayout.SOUTH);
    this.buttons = buttons;

    setContentPane(card);
    progress(duration, false);
    setSize(PromptLayout.WIDTH, 10);
    pack();
    setSize(PromptLayout.WIDTH, getPreferredSize().height);
  }

  static String title(BreakType type) {
    return type == BreakType.MICRO ? "Unknot: micro-break" : "Unknot: rest break";
  }

  void showWithoutFocus() {
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    setLocation(
        screen.x + screen.width - getWidth() - PromptLayout.SCREEN_MARGIN / 3,
        screen.y + screen.height - getHeight() - PromptLayout.SCREEN_MARGIN);
    Toolkit.getDefaultToolkit().addAWTEventListener(armOnClick, AWTEvent.MOUSE_EVENT_MASK);
    setVisible(true);
  }

  void progress(Duration remaining, boolean counting) {
    long left = Math.max(0, remaining.toSeconds());
    countdown.setValue((int) (duration.toSeconds() - left));
    countdown.setString(
        counting
            ? String.format("%d:%02d left", left / 60, left % 60)
            : "Starts when you let go of keyboard and mouse");
  }

  @Override
  public void dispose() {
    Toolkit.getDefaultToolkit().removeAWTEventListener(armOnClick);
    super.dispose();
  }

  /**
   * A click inside the window is the user's choice to use it: from then on Tab moves between the
   * buttons, Space presses one, Enter means Done, and Alt+D, Alt+P and Alt+S work.
   */
  private void armOnClick(AWTEvent event) {
    if (armed
        || event.getID() != MouseEvent.MOUSE_PRESSED
        || !(event.getSource() instanceof Component c)
        || SwingUtilities.getWindowAncestor(c) != this && c != this) {
      return;
    }
    armed = true;
    for (Component component : buttons.getComponents()) {
      JButton button = (JButton) component;
      button.setFocusable(true);
      button.setMnemonic(button.getText().charAt(0));
    }
    getRootPane().setDefaultButton(done);
    toFront();
    done.requestFocusInWindow();
  }

  private static String kindLine(BreakPrompt prompt) {
    String kind = prompt.type() == BreakType.MICRO ? "MICRO-BREAK" : "REST BREAK";
    long seconds = prompt.duration().toSeconds();
    String length = seconds < 120 ? seconds + " SECONDS" : seconds / 60 + " MINUTES";
    return kind + "  ·  " + length;
  }

  /** A numbered step whose lines wrap under the text, not under the number. */
  private static JComponent step(int number, String text) {
    JPanel row = new JPanel(new BorderLayout());
    row.setOpaque(false);
    row.setAlignmentX(LEFT_ALIGNMENT);
    JLabel numberLabel = new JLabel(number + ".");
    numberLabel.setFont(numberLabel.getFont().deriveFont(Font.BOLD, 13f));
    numberLabel.setForeground(TEXT);
    numberLabel.setVerticalAlignment(JLabel.TOP);
    numberLabel.setPreferredSize(new Dimension(NUMBER_WIDTH, 0));
    row.add(numberLabel, BorderLayout.WEST);
    row.add(wrapped(text, 13f, Font.PLAIN, TEXT, TEXT_WIDTH - NUMBER_WIDTH), BorderLayout.CENTER);
    return row;
  }

  private static JComponent label(String text, float size, int style, Color color) {
    return wrapped(text, size, style, color, TEXT_WIDTH);
  }

  /** Read-only text that wraps at word boundaries to exactly {@code width} pixels. */
  private static JComponent wrapped(String text, float size, int style, Color color, int width) {
    JTextArea area = new JTextArea(text);
    area.setEditable(false);
    area.setFocusable(false);
    area.setOpaque(false);
    area.setLineWrap(true);
    area.setWrapStyleWord(true);
    area.setBorder(null);
    area.setFont(new JLabel().getFont().deriveFont(style, size));
    area.setForeground(color);
    area.setAlignmentX(LEFT_ALIGNMENT);
    area.getAccessibleContext().setAccessibleName(text);
    area.setSize(width, Short.MAX_VALUE);
    Dimension fixed = new Dimension(width, area.getPreferredSize().height);
    area.setPreferredSize(fixed);
    area.setMaximumSize(fixed);
    return area;
  }

  /** Unfocusable until the window is armed, so stray keystrokes cannot press it. */
  private static JButton button(String text, Runnable action) {
    JButton button = new JButton(text);
    button.setFocusable(false);
    button.setFont(button.getFont().deriveFont(Font.BOLD, 13f));
    button.addActionListener(e -> action.run());
    button.getAccessibleContext().setAccessibleName(text);
    return button;
  }
}
