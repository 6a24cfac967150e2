package dev.unknot.prompt;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Toolkit;

/** The monitors, as AWT sees them (one device per Xinerama or RandR monitor on X11). */
final class Screens {

  private Screens() {}

  /**
   * The monitor that holds the pointer, less its panels: where the user is looking. The primary
   * monitor when the pointer cannot be found.
   */
  static Rectangle usableBoundsUnderPointer() {
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    PointerInfo pointer = MouseInfo.getPointerInfo();
    if (pointer != null) {
      Point at = pointer.getLocation();
      // By the point, not PointerInfo.getDevice(): on X11 that is the X screen, and one X screen
      // can hold several monitors.
      for (GraphicsDevice device : env.getScreenDevices()) {
        GraphicsConfiguration config = device.getDefaultConfiguration();
        Rectangle bounds = config.getBounds();
        if (bounds.contains(at)) {
          Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(config);
          return new Rectangle(
              bounds.x + insets.left,
              bounds.y + insets.top,
              bounds.width - insets.left - insets.right,
              bounds.height - insets.top - insets.bottom);
        }
      }
    }
    return env.getMaximumWindowBounds();
  }
}
