package dev.unknot.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.ActivityTracker;
import dev.unknot.e2e.Desktop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  /**
   * The wall clock stands still unless a test sets it: compared with the host's own, a check could
   * fail whenever the host's clock was stepped mid-test.
   */
  private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T10:00:00Z"));

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
      assertEquals(clock.millis() - 60_000, idleSince, "idle for a minute");

      bus.idleMillis.set(0); // the user touches the keyboard
      long touched = clock.millis();
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(10), () -> tracker.lastInputMillis() > idleSince + 50_000),
          "input seen");
      assertEquals(touched, tracker.lastInputMillis());
      assertEquals(0, tracker.keyboardEvents() + tracker.mouseEvents(), "no counts on Wayland");
    }
  }

  @Test
  void withoutGnomeKdesScreenSaverIsUsed() throws Exception {
    bus.offerKdeScreenSaver();
    bus.idleMillis.set(30_000);
    try (DBusIdleActivitySource source = started("KDE")) {
      assertEquals(clock.millis() - 30_000, tracker.lastInputMillis());
    }
  }

  /**
   * Seen as a flake (lastInputMillis 130 s off): the host's wall clock was set back mid-test. New
   * input was told from old by comparing wall times, so after the clock went back the source
   * ignored input until the clock caught up, and breaks would come while the user worked.
   */
  @Test
  void inputAfterTheWallClockWasSetBackIsStillSeen() throws Exception {
    bus.offerGnomeIdleMonitor();
    try (DBusIdleActivitySource source = started("GNOME")) {
      clock.step(Duration.ofSeconds(-130)); // NTP, or the user, sets the clock back

      bus.idleMillis.set(0); // then the user touches the keyboard
      long touched = clock.millis();
      assertTrue(
          Desktop.await(Duration.ofSeconds(10), () -> tracker.lastInputMillis() == touched),
          "input seen: " + tracker.lastInputMillis() + ", not " + touched);
    }
  }

  /** A wall clock that moves only when a test sets it; read from the poller's thread. */
  private static final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(Instant start) {
      this.now = start;
    }

    void step(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
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
