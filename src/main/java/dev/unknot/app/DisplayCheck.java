package dev.unknot.app;

import dev.unknot.platform.OperatingSystem;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Map;
import java.util.Optional;

/** Whether there is a desktop to show prompts on, checked before any AWT or hook code loads. */
final class DisplayCheck {

  private DisplayCheck() {}

  /** A one-line reason there is no usable display, or empty if there is one. */
  static Optional<String> problem(Map<String, String> env) {
    if (OperatingSystem.current().followsXdg()) {
      String display = env.get("DISPLAY");
      if (display == null || display.isBlank()) {
        String wayland = env.getOrDefault("WAYLAND_DISPLAY", "");
        return Optional.of(
            wayland.isBlank()
                ? "no graphical display (DISPLAY is unset); Unknot needs a desktop session"
                : "a Wayland session without Xwayland (DISPLAY is unset); Unknot's windows need"
                    + " Xwayland, which GNOME and KDE start by default");
      }
    }
    try {
      if (GraphicsEnvironment.isHeadless()
          || GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length == 0) {
        return Optional.of(
            "no graphical display (Java runs headless); Unknot needs a desktop session");
      }
    } catch (AWTError | HeadlessException e) {
      return Optional.of(
          "cannot open the graphical display"
              + (env.containsKey("DISPLAY") ? " " + env.get("DISPLAY") : "")
              + "; Unknot needs a desktop session");
    }
    return Optional.empty();
  }
}
