package dev.unknot.quiet;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.freedesktop.dbus.DBusAsyncReply;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;

/**
 * The session bus, for the sources that ask desktop services. Every call is bounded in time: a
 * service that hangs must not hold the break engine up.
 */
final class SessionBus implements AutoCloseable {

  static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);

  private final DBusConnection connection;
  private final DBus daemon;

  private SessionBus(DBusConnection connection) throws DBusException {
    this.connection = connection;
    this.daemon =
        connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
  }

  /** The session bus, or the reason it cannot be reached. */
  static SessionBus connect() {
    try {
      return new SessionBus(DBusConnectionBuilder.forSessionBus().withShared(false).build());
    } catch (DBusException | RuntimeException e) {
      throw new IllegalStateException("cannot reach the D-Bus session bus: " + e.getMessage(), e);
    }
  }

  /** The bus at this address: a test's own dbus-daemon, as the process's bus is fixed at start. */
  static SessionBus connect(String address) {
    try {
      return new SessionBus(DBusConnectionBuilder.forAddress(address).withShared(false).build());
    } catch (DBusException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot reach the D-Bus bus " + address + ": " + e.getMessage(), e);
    }
  }

  /** Whether a service has the name now; asking never starts one (no D-Bus activation). */
  boolean hasOwner(String name) {
    return (Boolean) call(daemon, "NameHasOwner", name);
  }

  <T extends DBusInterface> T object(String name, String path, Class<T> type) {
    try {
      return connection.getRemoteObject(name, path, type);
    } catch (DBusException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  Object property(String name, String path, String iface, String property) {
    return call(object(name, path, Properties.class), "Get", iface, property);
  }

  /** Calls a method and waits at most {@link #CALL_TIMEOUT} for the answer. */
  Object call(DBusInterface remote, String method, Object... args) {
    DBusAsyncReply<?> reply = connection.callMethodAsync(remote, method, args);
    long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
    try {
      while (!reply.hasReply()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              method + " got no answer within " + CALL_TIMEOUT.toSeconds() + " s");
        }
        Thread.sleep(2);
      }
      return reply.getReply();
    } catch (DBusException | DBusExecutionException e) {
      throw new IllegalStateException(method + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  /** GNOME's session manager: who keeps the session from going idle. */
  @DBusInterfaceName("org.gnome.SessionManager")
  interface GnomeSessionManager extends DBusInterface {
    boolean IsInhibited(UInt32 flags);

    org.freedesktop.dbus.DBusPath[] GetInhibitors();
  }

  @DBusInterfaceName("org.gnome.SessionManager.Inhibitor")
  interface GnomeInhibitor extends DBusInterface {
    String GetAppId();

    UInt32 GetFlags();
  }

  /** KDE's and Xfce's power managers answer whether anything inhibits. */
  @DBusInterfaceName("org.freedesktop.PowerManagement.Inhibit")
  interface PowerManagementInhibit extends DBusInterface {
    boolean HasInhibit();
  }

  static Optional<Boolean> asBoolean(Object value) {
    Object v =
        value instanceof org.freedesktop.dbus.types.Variant<?> variant ? variant.getValue() : value;
    return v instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }
}
