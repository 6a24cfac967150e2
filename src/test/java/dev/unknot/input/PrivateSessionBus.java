package dev.unknot.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * A dbus-daemon of a test's own, and on it, when asked, a stand-in for GNOME Shell's idle monitor
 * that reports whatever idle time the test sets.
 */
public final class PrivateSessionBus implements AutoCloseable {

  private final Process daemon;
  private final String address;
  private DBusConnection service;

  /** The idle time the stand-in reports, in milliseconds. */
  public final AtomicLong idleMillis = new AtomicLong(60_000);

  private PrivateSessionBus(Process daemon, String address) {
    this.daemon = daemon;
    this.address = address;
  }

  public static PrivateSessionBus start(Path dir) throws IOException {
    Process daemon =
        new ProcessBuilder(
                "dbus-daemon",
                "--session",
                "--nofork",
                "--print-address",
                "--address=unix:path=" + dir.resolve("bus"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String address =
        new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    if (address == null) {
      throw new IOException("dbus-daemon did not start");
    }
    return new PrivateSessionBus(daemon, address.strip());
  }

  /** For DBUS_SESSION_BUS_ADDRESS. */
  public String address() {
    return address;
  }

  /** Puts org.gnome.Mutter.IdleMonitor on the bus, answering with {@link #idleMillis}. */
  public void offerGnomeIdleMonitor() throws DBusException {
    offer(
        IdleMonitors.Mutter.BUS_NAME,
        IdleMonitors.Mutter.PATH,
        new IdleMonitors.Mutter() {
          @Override
          public UInt64 GetIdletime() {
            return new UInt64(idleMillis.get());
          }

          @Override
          public String getObjectPath() {
            return IdleMonitors.Mutter.PATH;
          }
        });
  }

  /** Puts KDE's org.freedesktop.ScreenSaver on the bus instead, answering in milliseconds. */
  public void offerKdeScreenSaver() throws DBusException {
    offer(
        IdleMonitors.ScreenSaver.BUS_NAME,
        IdleMonitors.ScreenSaver.PATH,
        new IdleMonitors.ScreenSaver() {
          @Override
          public UInt32 GetSessionIdleTime() {
            return new UInt32(idleMillis.get());
          }

          @Override
          public String getObjectPath() {
            return IdleMonitors.ScreenSaver.PATH;
          }
        });
  }

  private void offer(String busName, String path, DBusInterface object) throws DBusException {
    service = DBusConnectionBuilder.forAddress(address).withShared(false).build();
    service.requestBusName(busName);
    service.exportObject(path, object);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (service != null) {
      service.close();
    }
    daemon.destroy();
    daemon.waitFor(5, TimeUnit.SECONDS);
  }
}
