package dev.unknot.app;

import dev.unknot.core.i18n.Messages;
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
            Messages.get(wayland.isBlank() ? "display.unset" : "display.waylandOnly"));
      }
    }
    try {
      if (GraphicsEnvironment.isHeadless()
          || GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length == 0) {
        return Optional.of(Messages.get("display.headless"));
      }
    } catch (AWTError | HeadlessException e) {
      return Optional.of(
          env.containsKey("DISPLAY")
              ? Messages.get("display.cannotOpenNamed", env.get("DISPLAY"))
              : Messages.get("display.cannotOpen"));
    }
    return Optional.empty();
  }
}
