package dev.unknot.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.ActivityTracker;
import dev.unknot.e2e.Desktop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Wayland idle source against a real session bus: a private dbus-daemon with a small service on
 * it that implements GNOME's org.gnome.Mutter.IdleMonitor, reached by real D-Bus round trips.
 */
class DBusIdleActivitySourceTest {

  @TempDir Path dir;
  private PrivateSessionBus bus;

  @BeforeEach
  void startBus() throws Exception {
    bus = PrivateSessionBus.start(dir);
  }

  @AfterEach
  void stopBus() throws Exception {
    bus.close();
  }

  private final Clock clock = Clock.systemUTC();
  private final ActivityTracker tracker = new ActivityTracker(clock, Duration.ofSeconds(5));

  /** Connects, checks which desktop answered, and waits for its first idle time to arrive. */
  private DBusIdleActivitySource started(String desktop) {
    DBusIdleActivitySource source = DBusIdleActivitySource.connect(bus.address(), clock);
    assertEquals(desktop, source.desktop());
    source.start(tracker);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> tracker.lastInputMillis() != ActivityTracker.NEVER),
        "the first answer");
    return source;
  }

  @Test
  void inputSeenByTheDesktopBecomesActivityWithoutCounts() throws Exception {
    bus.offerGnomeIdleMonitor();
    try (DBusIdleActivitySource source = started("GNOME")) {
      long idleSince = tracker.lastInputMillis();
      assertEquals(clock.millis() - 60_000, idleSince, 2_000, "idle for a minute");

      bus.idleMillis.set(0); // the user touches the keyboard
      long touched = clock.millis();
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(10), () -> tracker.lastInputMillis() > idleSince + 50_000),
          "input seen");
      assertEquals(touched, tracker.lastInputMillis(), 2_000);
      assertEquals(0, tracker.keyboardEvents() + tracker.mouseEvents(), "no counts on Wayland");
    }
  }

  @Test
  void withoutGnomeKdesScreenSaverIsUsed() throws Exception {
    bus.offerKdeScreenSaver();
    bus.idleMillis.set(30_000);
    try (DBusIdleActivitySource source = started("KDE")) {
      assertEquals(clock.millis() - 30_000, tracker.lastInputMillis(), 2_000);
    }
  }

  @Test
  void aBusWithoutAnIdleMonitorIsAOneLineError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DBusIdleActivitySource.connect(bus.address(), clock));
    assertTrue(e.getMessage().startsWith("neither GNOME's"), e.getMessage());
    assertTrue(e.getMessage().lines().count() == 1);
  }
}
