package dev.unknot.input;

import dev.unknot.core.ActivitySource;
import dev.unknot.core.ActivityTracker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activity from the desktop's idle time over D-Bus, where a global input hook sees nothing: on
 * Wayland. It asks once a second how long the session has been idle; a shorter answer than the time
 * since the last input it knows of means there was input. It learns when, not what: there are no
 * keyboard or mouse counts.
 */
public final class DBusIdleActivitySource implements ActivitySource {

  private static final Logger LOG = LoggerFactory.getLogger(DBusIdleActivitySource.class);
  static final Duration POLL = Duration.ofSeconds(1);

  /** Input older than this compared with the last seen is taken as the same input. */
  private static final long SAME_INPUT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final DBusConnection connection;
  private final LongSupplier idleMillis;
  private final String desktop;
  private final Clock clock;
  private ScheduledExecutorService poller;

  // Touched by the poller's one thread only.
  private boolean answered;
  private long lastInputNanos;

  private DBusIdleActivitySource(
      DBusConnection connection, LongSupplier idleMillis, String desktop, Clock clock) {
    this.connection = connection;
    this.idleMillis = idleMillis;
    this.desktop = desktop;
    this.clock = clock;
  }

  /**
   * Connects to the session bus at this address (the environment's when null) and finds an idle
   * monitor: GNOME's, else KDE's.
   *
   * @throws IllegalStateException with a one-line reason when there is neither
   */
  public static DBusIdleActivitySource connect(String busAddress, Clock clock) {
    DBusConnection connection;
    try {
      connection =
          busAddress == null
              ? DBusConnectionBuilder.forSessionBus().withShared(false).build()
              : DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
    } catch (DBusException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot reach the D-Bus session bus to read idle time: " + e.getMessage(), e);
    }
    Optional<DBusIdleActivitySource> found =
        gnome(connection, clock).or(() -> kde(connection, clock));
    if (found.isEmpty()) {
      close(connection);
      throw new IllegalStateException(
          "neither GNOME's org.gnome.Mutter.IdleMonitor nor KDE's org.freedesktop.ScreenSaver is"
              + " on the session bus, so Unknot cannot see when you are active");
    }
    return found.get();
  }

  private static Optional<DBusIdleActivitySource> gnome(DBusConnection connection, Clock clock) {
    try {
      IdleMonitors.Mutter mutter =
          connection.getRemoteObject(
              IdleMonitors.Mutter.BUS_NAME, IdleMonitors.Mutter.PATH, IdleMonitors.Mutter.class);
      mutter.GetIdletime();
      return Optional.of(
          new DBusIdleActivitySource(
              connection, () -> mutter.GetIdletime().longValue(), "GNOME", clock));
    } catch (DBusException | DBusExecutionException e) {
      return Optional.empty();
    }
  }

  private static Optional<DBusIdleActivitySource> kde(DBusConnection connection, Clock clock) {
    try {
      IdleMonitors.ScreenSaver saver =
          connection.getRemoteObject(
              IdleMonitors.ScreenSaver.BUS_NAME,
              IdleMonitors.ScreenSaver.PATH,
              IdleMonitors.ScreenSaver.class);
      saver.GetSessionIdleTime();
      return Optional.of(
          new DBusIdleActivitySource(
              connection, () -> saver.GetSessionIdleTime().longValue(), "KDE", clock));
    } catch (DBusException | DBusExecutionException e) {
      return Optional.empty();
    }
  }

  /** Which desktop's idle monitor answers: GNOME or KDE. */
  public String desktop() {
    return desktop;
  }

  @Override
  public synchronized void start(ActivityTracker tracker) {
    poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "unknot-idle-time");
              t.setDaemon(true);
              return t;
            });
    poller.scheduleWithFixedDelay(() -> poll(tracker), 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("activity: {} idle time over D-Bus, once a second (no input hook)", desktop);
  }

  private void poll(ActivityTracker tracker) {
    try {
      long idle = Math.max(0, idleMillis.getAsLong());
      // New input is told from the idle time on the monotonic clock: compared on the wall clock,
      // input after the clock was set back looked older than the last, and was ignored until the
      // wall clock caught up. The tracker gets the wall time, and handles a step itself.
      long inputAtNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(idle);
      if (!answered || inputAtNanos - lastInputNanos > SAME_INPUT_NANOS) {
        answered = true;
        lastInputNanos = inputAtNanos;
        tracker.onInputAt(clock.millis() - idle);
      }
    } catch (RuntimeException e) {
      LOG.debug("reading the idle time failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
    close(connection);
  }

  private static void close(DBusConnection connection) {
    try {
      connection.close();
    } catch (IOException e) {
      LOG.debug("closing the D-Bus connection: {}", e.getMessage());
    }
  }
}
