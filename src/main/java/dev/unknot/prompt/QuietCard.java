package dev.unknot.prompt;

import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * A small always-on-top card that appears while the user may be typing: it never takes the keyboard
 * by itself, and its buttons answer keys only after the user clicks into it.
 */
abstract class QuietCard extends JFrame {

  static final Color BACKGROUND = new ThemeColor("Unknot.card.background", 0xFBFAF7);
  static final Color TEXT = new ThemeColor("Unknot.text", 0x22272B);
  static final Color MUTED = new ThemeColor("Unknot.muted", 0x5F6469);
  static final int TEXT_WIDTH =
      PromptLayout.WIDTH - 2 * (PromptLayout.BORDER + PromptLayout.PADDING);

  /** Where the card sits: break prompts at the bottom, questions at the top, both on the right. */
  enum Corner {
    BOTTOM_RIGHT,
    TOP_RIGHT
  }

  /** Cards on screen, so a new one in the same corner stacks instead of covering one. */
  private static final List<QuietCard> SHOWING = new ArrayList<>(); // Swing thread only

  private static final int STACK_GAP = 8;

  private final AWTEventListener armOnClick = this::armOnClick;
  private final Corner corner;
  private final JPanel text = new JPanel();
  private final JPanel buttonRow = new JPanel();
  private JButton defaultButton;
  private boolean armed;
  private ScreenDim dim;

  QuietCard(String title, Color accent, Corner corner, Runnable onClose) {
    super(title);
    this.corner = corner;
    setUndecorated(true);
    setType(Window.Type.UTILITY);
    setAlwaysOnTop(true);
    // Ask the window manager not to focus the card when it appears. Should one focus it anyway,
    // typed keys still do nothing: the keyboard is armed only by a click in the window.
    setAutoRequestFocus(false);
    setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    Look.decorate(this);
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            onClose.run();
          }
        });

    JPanel card = new JPanel(new BorderLayout(0, 12));
    card.setBackground(BACKGROUND);
    int b = PromptLayout.BORDER;
    int p = PromptLayout.PADDING;
    card.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createMatteBorder(b, b, b, b, accent),
            BorderFactory.createEmptyBorder(p, p, p, p)));
    text.setOpaque(false);
    text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
    card.add(text, BorderLayout.CENTER);
    buttonRow.setOpaque(false);
    buttonRow.setPreferredSize(new Dimension(0, PromptLayout.BUTTON_HEIGHT));
    card.add(buttonRow, BorderLayout.SOUTH);
    setContentPane(card);
  }

  /** Adds a line, a block of text or any component to the text column, top to bottom. */
  void addText(JComponent component) {
    component.setAlignmentX(LEFT_ALIGNMENT);
    text.add(component);
  }

  /**
   * Lays out the buttons in equal cells, the first being the default once armed. Where a label is
   * too long for its cell, as German ones can be, the buttons stack, one full-width row each,
   * rather than cut their words short.
   */
  void setButtons(List<JButton> buttons) {
    int n = buttons.size();
    int cell = (TEXT_WIDTH - (n - 1) * PromptLayout.BUTTON_GAP) / n;
    boolean fit = buttons.stream().allMatch(button -> button.getPreferredSize().width <= cell);
    int rows = fit ? 1 : n;
    buttonRow.setLayout(
        new GridLayout(rows, fit ? n : 1, PromptLayout.BUTTON_GAP, PromptLayout.BUTTON_GAP / 2));
    buttonRow.setPreferredSize(
        new Dimension(
            0, rows * PromptLayout.BUTTON_HEIGHT + (rows - 1) * (PromptLayout.BUTTON_GAP / 2)));
    buttons.forEach(buttonRow::add);
    defaultButton = buttons.get(0);
  }

  /** Sizes the card and shows it in its corner without taking focus. */
  void showQuietly() {
    setSize(PromptLayout.WIDTH, 10);
    pack();
    setSize(PromptLayout.WIDTH, getPreferredSize().height);
    Rectangle screen = Screens.usableBoundsUnderPointer();
    int x = screen.x + screen.width - getWidth() - PromptLayout.SCREEN_MARGIN / 3;
    int stacked = 0;
    for (QuietCard other : SHOWING) {
      if (other.corner == corner) {
        stacked += other.getHeight() + STACK_GAP;
      }
    }
    int y =
        corner == Corner.BOTTOM_RIGHT
            ? screen.y + screen.height - getHeight() - PromptLayout.SCREEN_MARGIN - stacked
            : screen.y + PromptLayout.SCREEN_MARGIN + stacked;
    // On a screen too short for the card, its title and text stay on it rather than its buttons.
    setLocation(x, Math.max(screen.y, y));
    SHOWING.add(this);
    Toolkit.getDefaultToolkit().addAWTEventListener(armOnClick, AWTEvent.MOUSE_EVENT_MASK);
    setVisible(true);
    if (dim != null) {
      // The covers are always on top too, and a window manager may stack a window that did not
      // take focus below them: raise the card (without focusing it).
      toFront();
    }
  }

  /**
   * Dims every monitor until the card closes; called before {@link #showQuietly()}, so the card
   * stacks above. A click on the dimmed screen arms the card, and Esc in it lifts the dimming; the
   * card's buttons work as ever.
   */
  void dimBehind() {
    if (dim == null) {
      dim = ScreenDim.show(this::armFromDim, this::liftDim);
      getRootPane()
          .registerKeyboardAction(
              e -> liftDim(),
              KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
              JComponent.WHEN_IN_FOCUSED_WINDOW);
    }
  }

  boolean dimmed() {
    return dim != null;
  }

  private void liftDim() {
    if (dim != null) {
      dim.dispose();
      dim = null;
    }
  }

  /** A click on the dimmed screen is the user's choice to use the card, as a click in it is. */
  private void armFromDim() {
    if (!armed) {
      arm();
    }
    toFront();
  }

  @Override
  public void dispose() {
    liftDim();
    SHOWING.remove(this);
    Toolkit.getDefaultToolkit().removeAWTEventListener(armOnClick);
    super.dispose();
  }

  /**
   * A click inside the window is the user's choice to use it: from then on Tab moves between the
   * buttons, Space presses one, Enter presses the first, and Alt plus a first letter works.
   */
  private void armOnClick(AWTEvent event) {
    if (armed
        || event.getID() != MouseEvent.MOUSE_PRESSED
        || !(event.getSource() instanceof Component c)
        || SwingUtilities.getWindowAncestor(c) != this && c != this) {
      return;
    }
    arm();
  }

  private void arm() {
    armed = true;
    for (Component component : buttonRow.getComponents()) {
      JButton button = (JButton) component;
      button.setFocusable(true);
      button.setMnemonic(button.getText().charAt(0));
    }
    getRootPane().setDefaultButton(defaultButton);
    toFront();
    defaultButton.requestFocusInWindow();
  }

  static JComponent label(String text, float size, int style, Color color) {
    return wrapped(text, size, style, color, TEXT_WIDTH);
  }

  /** Read-only text that wraps at word boundaries to exactly {@code width} pixels. */
  static JComponent wrapped(String text, float size, int style, Color color, int width) {
    return new WrappedText(text, new JLabel().getFont().deriveFont(style, size), color, width);
  }

  /**
   * Unfocusable until the card is armed, so stray keystrokes cannot press it.
   *
   * @param description what pressing it does, for a screen reader
   */
  static JButton button(String text, String description, Runnable action) {
    JButton button = new JButton(text);
    button.setFocusable(false);
    button.setFont(button.getFont().deriveFont(Font.BOLD, 13f));
    button.addActionListener(e -> action.run());
    button.getAccessibleContext().setAccessibleName(text);
    button.getAccessibleContext().setAccessibleDescription(description);
    return button;
  }
}
