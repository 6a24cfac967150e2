package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.input.PrivateSessionBus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Wayland session as Unknot sees it: XDG_SESSION_TYPE=wayland, Xwayland for its windows, and
 * GNOME's idle monitor on the session bus. No input reaches the X server, so a break can only come
 * from the idle time that the bus reports.
 */
@ExtendWith(DesktopExtension.class)
class WaylandE2E {

  @Test
  void breaksComeFromTheDesktopsIdleTimeWithoutTheInputHook(Desktop desktop, @TempDir Path dir)
      throws Exception {
    Path busDir = Files.createDirectories(dir.resolve("bus"));
    try (PrivateSessionBus bus = PrivateSessionBus.start(busDir)) {
      bus.offerGnomeIdleMonitor();
      bus.idleMillis.set(0); // typing all along, as far as GNOME can tell
      Map<String, String> env = new HashMap<>(desktop.env());
      env.put("XDG_SESSION_TYPE", "wayland");
      env.put("DBUS_SESSION_BUS_ADDRESS", bus.address());
      try (UnknotProcess unknot =
          new UnknotProcess(Files.createDirectories(dir.resolve("home")), env)) {
        unknot.start(
            "[knots]\ncheckin = false\n[summary]\nnotify = false\n"
                + "[breaks]\nstart_on_pause = \"0s\"\n"
                + "[breaks.micro]\ninterval = \"15s\"\nduration = \"6s\"\n");
        assertTrue(unknot.logContains("activity: GNOME idle time over D-Bus"));
        assertTrue(
            Desktop.await(
                Duration.ofSeconds(30), () -> desktop.window("Unknot: micro-break").isPresent()),
            "a micro-break after 15 s of activity that only D-Bus reported");
      }
    }
  }
}
