package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a screen reader needs to read Unknot's windows and menus: the accessibility bus, started as
 * a desktop session with assistive technologies on starts it, and Debian's Java ATK bridge in
 * Unknot's JVM, loaded as the launcher loads it.
 */
final class AtkBridge {

  /** Debian's libatk-wrapper-java and libatk-wrapper-java-jni (see .ci/install-deps). */
  static final Path ATK_WRAPPER = Path.of("/usr/share/java/java-atk-wrapper.jar");

  static final Path BUS_LAUNCHER = Path.of("/usr/libexec/at-spi-bus-launcher");

  private AtkBridge() {}

  /** The accessibility bus on the desktop's session bus; the caller stops it. */
  static Process startBus(Desktop desktop) throws IOException {
    assertTrue(Files.exists(ATK_WRAPPER), ATK_WRAPPER + " is missing (run .ci/install-deps)");
    assertTrue(Files.exists(BUS_LAUNCHER), BUS_LAUNCHER + " is missing (run .ci/install-deps)");
    assertTrue(
        desktop.env().containsKey("DBUS_SESSION_BUS_ADDRESS"),
        "the desktop has no D-Bus session (dbus-x11)");
    ProcessBuilder launcher =
        new ProcessBuilder(BUS_LAUNCHER.toString(), "--launch-immediately")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    launcher.environment().putAll(desktop.env());
    return launcher.start();
  }

  /** The bridge's jar after Unknot's on the class path, named as the assistive technology. */
  static void loadInto(UnknotProcess unknot) {
    unknot.addToClassPath(
        ATK_WRAPPER,
        "-Djavax.accessibility.assistive_technologies=org.GNOME.Accessibility.AtkWrapper");
  }
}
