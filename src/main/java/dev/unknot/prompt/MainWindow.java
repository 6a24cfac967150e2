package dev.unknot.prompt;

import dev.unknot.core.BreakType;
import dev.unknot.core.EngineStatus;
import dev.unknot.core.i18n.Messages;
import dev.unknot.tray.TrayActions;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * Unknot's own window, for desktops without a tray: what Unknot is doing, when the next break
 * comes, and the tray menu's main actions. Opened by starting Unknot again from the app menu, or by
 * `unknot window`.
 */
public final class MainWindow extends JFrame {

  /** Width of the window's content; the end-to-end tests click by these numbers too. */
  public static final int WIDTH = 480;

  public static final int PADDING = 18;
  public static final int COLUMNS = 2;
  public static final int ROWS = 3;

  /** The buttons, in reading order: left to right, top to bottom. */
  public static final int PAUSE = 0;

  public static final int BREAK = 1;
  public static final int KNOT = 2;
  public static final int SUMMARY = 3;
  public static final int SETTINGS = 4;
  public static final int QUIT = 5;

  /** While shown, the status is read this often; a hidden window reads nothing. */
  static final Duration REFRESH = Duration.ofSeconds(5);

  private static MainWindow showing; // Swing thread only

  private final TrayActions actions;
  private final Supplier<EngineStatus> status;
  private final ZoneId zone;
  private final JLabel state = new JLabel();
  private final JLabel next = new JLabel();
  private final JComboBox<PauseLength> pauseLength = new JComboBox<>(PauseLength.values());
  private final JButton pause;
  private final Timer refresh;
  private boolean paused;

  /** How long the Pause button pauses for. */
  enum PauseLength {
    MINUTES_30("window.pause.30m", Duration.ofMinutes(30)),
    HOUR_1("window.pause.1h", Duration.ofHours(1)),
    HOURS_2("window.pause.2h", Duration.ofHours(2)),
    UNTIL_TOMORROW("window.pause.tomorrow", null);

    private final String key;
    private final Duration length;

    PauseLength(String key, Duration length) {
      this.key = key;
      this.length = length;
    }

    @Override
    public String toString() {
      return Messages.get(key);
    }
  }

  private MainWindow(TrayActions actions, Supplier<EngineStatus> status, ZoneId zone) {
    super(Messages.get("window.title"));
    this.actions = actions;
    this.status = status;
    this.zone = zone;
    Look.decorate(this);
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    setResizable(false);
    getAccessibleContext().setAccessibleDescription(Messages.get("window.description"));

    JPanel page = new JPanel(new BorderLayout(0, 14));
    page.setBorder(BorderFactory.createEmptyBorder(PADDING, PADDING, PADDING, PADDING));

    JPanel text = new JPanel();
    text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
    text.setOpaque(false);
    state.setFont(state.getFont().deriveFont(Font.BOLD, 15f));
    state.getAccessibleContext().setAccessibleDescription(Messages.get("window.state.description"));
    next.setFont(next.getFont().deriveFont(Font.PLAIN, 13f));
    next.getAccessibleContext().setAccessibleDescription(Messages.get("window.next.description"));
    text.add(state);
    text.add(Box.createVerticalStrut(6));
    text.add(next);
    text.add(Box.createVerticalStrut(14));

    JPanel lengthRow = new JPanel(new BorderLayout(10, 0));
    lengthRow.setOpaque(false);
    JLabel lengthLabel = new JLabel(Messages.get("window.pause.for"));
    lengthLabel.setLabelFor(pauseLength);
    lengthLabel.setDisplayedMnemonic(KeyEvent.VK_F);
    lengthRow.add(lengthLabel, BorderLayout.WEST);
    pauseLength.setSelectedItem(PauseLength.HOUR_1);
    pauseLength.getAccessibleContext().setAccessibleName(Messages.get("window.pause.for.name"));
    pauseLength
        .getAccessibleContext()
        .setAccessibleDescription(Messages.get("window.pause.for.description"));
    lengthRow.add(pauseLength, BorderLayout.CENTER);
    lengthRow.setAlignmentX(LEFT_ALIGNMENT);
    state.setAlignmentX(LEFT_ALIGNMENT);
    next.setAlignmentX(LEFT_ALIGNMENT);
    text.add(lengthRow);
    page.add(text, BorderLayout.CENTER);

    List<JButton> buttons = new ArrayList<>();
    pause = button("window.button.pause", this::pauseOrResume);
    buttons.add(pause);
    buttons.add(button("window.button.break", () -> act(() -> actions.breakNow(BreakType.MICRO))));
    buttons.add(button("window.button.knot", () -> act(actions::reportKnot)));
    buttons.add(button("window.button.summary", () -> act(actions::weeklySummary)));
    buttons.add(button("window.button.settings", () -> act(actions::settings)));
    buttons.add(button("window.button.quit", this::quit));
    JPanel grid = new JPanel(new GridLayout(ROWS, COLUMNS, PromptLayout.BUTTON_GAP, 8));
    grid.setOpaque(false);
    buttons.forEach(grid::add);
    grid.setPreferredSize(
        new Dimension(
            WIDTH - 2 * PADDING, ROWS * PromptLayout.BUTTON_HEIGHT + (ROWS - 1) * ROW_GAP));
    page.add(grid, BorderLayout.SOUTH);
    setContentPane(page);

    getRootPane()
        .registerKeyboardAction(
            e -> dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    refresh = new Timer((int) REFRESH.toMillis(), e -> showStatus());
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowIconified(WindowEvent e) {
            refresh.stop();
          }

          @Override
          public void windowDeiconified(WindowEvent e) {
            showStatus();
            refresh.start();
          }
        });
  }

  private static final int ROW_GAP = 8;

  /**
   * The centre, in screen coordinates, of a button, given where the window's content is on screen.
   */
  public static Point buttonCenter(Rectangle content, int index) {
    int rowWidth = content.width - 2 * PADDING;
    int cell = (rowWidth - (COLUMNS - 1) * PromptLayout.BUTTON_GAP) / COLUMNS;
    int column = index % COLUMNS;
    int row = index / COLUMNS;
    int x = content.x + PADDING + column * (cell + PromptLayout.BUTTON_GAP) + cell / 2;
    int fromBottom = ROWS - 1 - row;
    int y =
        content.y
            + content.height
            - PADDING
            - fromBottom * (PromptLayout.BUTTON_HEIGHT + ROW_GAP)
            - PromptLayout.BUTTON_HEIGHT / 2;
    return new Point(x, y);
  }

  private JButton button(String key, Runnable action) {
    JButton b = new JButton(Messages.get(key));
    b.getAccessibleContext().setAccessibleName(Messages.get(key + ".name"));
    b.getAccessibleContext().setAccessibleDescription(Messages.get(key + ".description"));
    b.addActionListener(e -> action.run());
    return b;
  }

  /**
   * Runs a tray action off the Swing thread, as the tray does (the engine may be busy a moment),
   * then shows the status it left.
   */
  private void act(Runnable action) {
    Thread t =
        new Thread(
            () -> {
              action.run();
              SwingUtilities.invokeLater(this::showStatus);
            },
            "unknot-window-action");
    t.setDaemon(true);
    t.start();
  }

  private void pauseOrResume() {
    if (paused) {
      act(actions::resume);
      return;
    }
    PauseLength length = (PauseLength) pauseLength.getSelectedItem();
    if (length == null || length.length == null) {
      act(actions::pauseUntilTomorrow);
    } else {
      act(() -> actions.pause(length.length));
    }
  }

  private void quit() {
    refresh.stop();
    setVisible(false);
    actions.quit(); // its own thread; the shutdown closes the windows
  }

  /** Reads the engine's status and shows it. On the Swing thread. */
  private void showStatus() {
    EngineStatus now = status.get();
    paused = now.pausedUntil().isPresent();
    state.setText(stateLine(now, zone));
    List<String> nextLines = nextLines(now);
    // One line per break type: German and French sentences do not fit side by side.
    next.setText("<html>" + String.join("<br>", nextLines) + "</html>");
    state.getAccessibleContext().setAccessibleName(state.getText());
    next.getAccessibleContext().setAccessibleName(String.join(", ", nextLines));
    String key = paused ? "window.button.resume" : "window.button.pause";
    pause.setText(Messages.get(key));
    pause.getAccessibleContext().setAccessibleName(Messages.get(key + ".name"));
    pause.getAccessibleContext().setAccessibleDescription(Messages.get(key + ".description"));
    pauseLength.setEnabled(!paused);
  }

  /** What Unknot is doing now, in one line. */
  static String stateLine(EngineStatus status, ZoneId zone) {
    return switch (status.phase()) {
      // A break held or waiting for the user's pause is not on screen: the core says which.
      case BREAK ->
          status.standing().orElseThrow() == EngineStatus.Standing.NOW
              ? Messages.get(
                  status.openBreak().orElseThrow() == BreakType.MICRO
                      ? "window.state.micro"
                      : "window.state.rest")
              : status.openBreakLine().orElseThrow();
      case PAUSED ->
          Messages.get(
              "window.state.paused",
              DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                  .withLocale(Messages.locale())
                  .format(status.pausedUntil().orElseThrow().atZone(zone)));
      case COUNTING -> Messages.get(status.held() ? "window.state.held" : "window.state.counting");
    };
  }

  /** When the next breaks come, in active minutes. */
  static List<String> nextLines(EngineStatus status) {
    if (status.pausedUntil().isPresent()) {
      return List.of(Messages.get("window.next.paused"));
    }
    List<String> parts = new ArrayList<>();
    for (EngineStatus.Timer t : status.timers()) {
      if (!t.enabled() || status.openBreak().equals(java.util.Optional.of(t.type()))) {
        continue;
      }
      long minutes = (t.untilDue().toSeconds() + 59) / 60;
      parts.add(
          Messages.get(
              t.type() == BreakType.MICRO ? "window.next.micro" : "window.next.rest", minutes));
    }
    if (parts.isEmpty()) {
      return List.of(
          status.openBreak().isPresent()
              ? Messages.get("window.next.now")
              : Messages.get("window.next.off"));
    }
    return parts;
  }

  /** Opens the window, or brings it to the front if it is open. Safe from any thread. */
  public static void open(TrayActions actions, Supplier<EngineStatus> status, ZoneId zone) {
    SwingUtilities.invokeLater(
        () -> {
          if (showing == null || !showing.isDisplayable()) {
            showing = new MainWindow(actions, status, zone);
            showing.showStatus();
            showing.pack();
            showing.setLocationRelativeTo(null);
          } else {
            showing.showStatus();
          }
          showing.refresh.start();
          showing.setVisible(true);
          showing.setExtendedState(NORMAL);
          showing.toFront();
        });
  }

  @Override
  public void dispose() {
    refresh.stop();
    super.dispose();
  }
}
