package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;

/**
 * A dark cover over every monitor, behind the rest-break card. It does not take the keyboard when
 * it appears: typing still reaches the window that had it, until the user clicks the cover.
 */
final class ScreenDim {

  /** The title of every cover window; tests find them by it. */
  static String title() {
    return Messages.get("dim.title");
  }

  private static final Color DIM = new ThemeColor("Unknot.dim", 0x000000);

  /** Without a compositor a window cannot be translucent: then a dark slate, not black. */
  private static final Color OPAQUE_DIM = new Color(0x1B1E21);

  private static final float OPACITY = 0.7f;

  private final List<JFrame> covers = new ArrayList<>();

  private ScreenDim() {}

  /**
   * Covers each monitor; to be called before the card shows, so the card stacks above.
   *
   * @param onClick a click on a cover, which gives it the keyboard
   * @param onEscape Esc in a cover that was clicked
   */
  static ScreenDim show(Runnable onClick, Runnable onEscape) {
    ScreenDim dim = new ScreenDim();
    for (GraphicsDevice device :
        GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
      dim.covers.add(cover(device, onClick, onEscape));
    }
    dim.covers.forEach(c -> c.setVisible(true));
    return dim;
  }

  private static JFrame cover(GraphicsDevice device, Runnable onClick, Runnable onEscape) {
    JFrame cover = new JFrame(title(), device.getDefaultConfiguration());
    cover.getAccessibleContext().setAccessibleDescription(Messages.get("dim.hint"));
    cover.setUndecorated(true);
    // Over the other windows but under the card, which is always on top: a cover always on top
    // too stacks above it, and one outside the window manager's stacking (override-redirect)
    // stays above every managed window.
    // Shown without taking the keyboard; a click on it gives it the keyboard, for Esc.
    cover.setAutoRequestFocus(false);
    cover.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    Look.decorate(cover);
    boolean translucent =
        device.isWindowTranslucencySupported(GraphicsDevice.WindowTranslucency.TRANSLUCENT);
    JPanel pane = new JPanel(new BorderLayout());
    pane.setBackground(translucent ? DIM : OPAQUE_DIM);
    JLabel hint = new JLabel(Messages.get("dim.hint"));
    hint.setHorizontalAlignment(SwingConstants.CENTER);
    hint.setForeground(new Color(0xB8BCC0));
    hint.setFont(hint.getFont().deriveFont(Font.PLAIN, 13f));
    hint.setBorder(BorderFactory.createEmptyBorder(0, 0, 28, 0));
    pane.add(hint, BorderLayout.SOUTH);
    cover.setContentPane(pane);
    cover
        .getRootPane()
        .registerKeyboardAction(
            e -> onEscape.run(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    Rectangle monitor = device.getDefaultConfiguration().getBounds();
    // One pixel short of the monitor: window managers take an undecorated window of exactly a
    // monitor's size for an old-style full-screen one and stack it above everything, the card
    // included (openbox does so on a monitor the focused window is not on).
    cover.setBounds(monitor.x, monitor.y, monitor.width, monitor.height - 1);
    if (translucent) {
      cover.setOpacity(OPACITY);
    }
    pane.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mousePressed(MouseEvent e) {
            onClick.run();
          }
        });
    return cover;
  }

  void dispose() {
    covers.forEach(JFrame::dispose);
    covers.clear();
  }
}
