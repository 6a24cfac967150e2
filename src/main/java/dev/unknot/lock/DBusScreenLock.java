package dev.unknot.lock;

import dev.unknot.lock.LockInterfaces.FreedesktopScreenSaver;
import dev.unknot.lock.LockInterfaces.GnomeScreenSaver;
import dev.unknot.lock.LockInterfaces.LoginManager;
import dev.unknot.lock.LockInterfaces.LoginSession;
import dev.unknot.lock.LockInterfaces.MateScreenSaver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the session lock over D-Bus, on whichever of these answer: GNOME's lock screen
 * (org.gnome.ScreenSaver), the freedesktop and MATE screen savers on the session bus, and the
 * session's Lock, Unlock and LockedHint in logind on the system bus. The newest word from any of
 * them wins: a lock asked for by logind's Lock ends with the locker's own "unlocked".
 */
public final class DBusScreenLock implements AutoCloseable {

  /** Told of every change, on a D-Bus thread; {@code source} names who said so. */
  public interface Listener {
    void lockChanged(boolean locked, String source);
  }

  private static final Logger LOG = LoggerFactory.getLogger(DBusScreenLock.class);
  private static final Path SYSTEM_BUS_SOCKET = Path.of("/var/run/dbus/system_bus_socket");

  private final Listener listener;
  private final List<DBusConnection> connections = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private boolean locked;

  private DBusScreenLock(Listener listener) {
    this.listener = listener;
  }

  /**
   * Watches the buses of this environment (DBUS_SESSION_BUS_ADDRESS, DBUS_SYSTEM_BUS_ADDRESS,
   * XDG_SESSION_ID). Never fails: with nothing to follow, it says so in one log line and the screen
   * is taken as never locked.
   */
  public static DBusScreenLock watch(Map<String, String> env, Listener listener) {
    DBusScreenLock lock = new DBusScreenLock(Objects.requireNonNull(listener, "listener"));
    lock.followSessionBus(env.get("DBUS_SESSION_BUS_ADDRESS"));
    lock.followLogind(env.get("DBUS_SYSTEM_BUS_ADDRESS"), env.get("XDG_SESSION_ID"));
    if (lock.sources.isEmpty()) {
      LOG.info(
          "screen lock: no screen saver or logind session on D-Bus, so a locked screen is not"
              + " noticed");
    } else {
      LOG.info(
          "screen lock: following {}{}",
          String.join(", ", lock.sources),
          lock.locked() ? " (locked now)" : "");
    }
    return lock;
  }

  public synchronized boolean locked() {
    return locked;
  }

  /** What is followed, in words, such as "org.gnome.ScreenSaver" or "logind session c1". */
  public synchronized List<String> sources() {
    return List.copyOf(sources);
  }

  private void followSessionBus(String address) {
    DBusConnection bus;
    try {
      bus =
          address == null || address.isBlank()
              ? DBusConnectionBuilder.forSessionBus().withShared(false).build()
              : DBusConnectionBuilder.forAddress(address).withShared(false).build();
    } catch (DBusException | RuntimeException e) {
      LOG.debug("screen lock: no session bus: {}", e.getMessage());
      return;
    }
    connections.add(bus);
    try {
      DBus daemon =
          bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
      // Signals first, then the state, so that a change in between is not missed.
      bus.addSigHandler(GnomeScreenSaver.ActiveChanged.class, s -> said(s.active(), "GNOME"));
      bus.addSigHandler(
          FreedesktopScreenSaver.ActiveChanged.class, s -> said(s.active(), "freedesktop"));
      bus.addSigHandler(MateScreenSaver.ActiveChanged.class, s -> said(s.active(), "MATE"));
      // GNOME Shell 43 serves the interface itself as org.gnome.Shell.ScreenShield; the
      // org.gnome.ScreenSaver name is a small service it starts on demand.
      for (String name : List.of("org.gnome.Shell.ScreenShield", "org.gnome.ScreenSaver")) {
        if (owned(daemon, name)) {
          follow(
              name,
              () ->
                  bus.getRemoteObject(name, GnomeScreenSaver.PATH, GnomeScreenSaver.class)
                      .GetActive());
          break;
        }
      }
      if (owned(daemon, "org.freedesktop.ScreenSaver")) {
        String name = "org.freedesktop.ScreenSaver";
        follow(
            name,
            () -> {
              try {
                return bus.getRemoteObject(
                        name, FreedesktopScreenSaver.PATH, FreedesktopScreenSaver.class)
                    .GetActive();
              } catch (DBusExecutionException e) {
                // KDE answers on /ScreenSaver as well; some only there.
                return bus.getRemoteObject(name, "/ScreenSaver", FreedesktopScreenSaver.class)
                    .GetActive();
              }
            });
      }
      if (owned(daemon, "org.mate.ScreenSaver")) {
        String name = "org.mate.ScreenSaver";
        follow(
            name,
            () ->
                bus.getRemoteObject(name, MateScreenSaver.PATH, MateScreenSaver.class).GetActive());
      }
    } catch (DBusException | DBusExecutionException e) {
      LOG.debug("screen lock: the session bus: {}", e.getMessage());
    }
  }

  private void followLogind(String address, String sessionId) {
    if ((address == null || address.isBlank()) && !Files.exists(SYSTEM_BUS_SOCKET)) {
      return; // no system bus: a container, or not Linux; trying to connect only costs time
    }
    DBusConnection bus;
    try {
      bus =
          address == null || address.isBlank()
              ? DBusConnectionBuilder.forSystemBus().withShared(false).build()
              : DBusConnectionBuilder.forAddress(address).withShared(false).build();
    } catch (DBusException | RuntimeException e) {
      LOG.debug("screen lock: no system bus: {}", e.getMessage());
      return;
    }
    connections.add(bus);
    try {
      DBus daemon =
          bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
      if (!owned(daemon, LoginManager.BUS_NAME)) {
        return; // asked anyway, the bus would try to start it and time out
      }
      LoginManager manager =
          bus.getRemoteObject(LoginManager.BUS_NAME, LoginManager.PATH, LoginManager.class);
      DBusPath session =
          sessionId == null || sessionId.isBlank()
              ? manager.GetSessionByPID(new UInt32(ProcessHandle.current().pid()))
              : manager.GetSession(sessionId);
      String path = session.getPath();
      String name = "logind session " + path.substring(path.lastIndexOf('/') + 1);
      bus.addSigHandler(
          LoginSession.Lock.class, s -> ifSession(path, s.getPath(), () -> said(true, name)));
      bus.addSigHandler(
          LoginSession.Unlock.class, s -> ifSession(path, s.getPath(), () -> said(false, name)));
      bus.addSigHandler(
          Properties.PropertiesChanged.class,
          s -> {
            Variant<?> hint = s.getPropertiesChanged().get("LockedHint");
            if (path.equals(s.getPath())
                && LoginSession.INTERFACE.equals(s.getInterfaceName())
                && hint != null
                && hint.getValue() instanceof Boolean value) {
              said(value, name);
            }
          });
      Properties properties = bus.getRemoteObject(LoginManager.BUS_NAME, path, Properties.class);
      follow(name, () -> properties.<Boolean>Get(LoginSession.INTERFACE, "LockedHint"));
    } catch (DBusException | DBusExecutionException | ClassCastException e) {
      LOG.debug("screen lock: logind: {}", e.getMessage());
    }
  }

  private static void ifSession(String ours, String signalPath, Runnable then) {
    if (ours.equals(signalPath)) {
      then.run();
    }
  }

  private static boolean owned(DBus daemon, String name) {
    try {
      return daemon.NameHasOwner(name);
    } catch (DBusExecutionException e) {
      return false;
    }
  }

  /** The state of one source, asked once at the start. */
  private interface LockedNow {
    boolean get() throws DBusException;
  }

  /** Adds a source whose state now is one call away; a source that does not answer is left out. */
  private void follow(String name, LockedNow lockedNow) {
    try {
      boolean now = lockedNow.get();
      synchronized (this) {
        sources.add(name);
        locked |= now;
      }
    } catch (DBusException | RuntimeException e) {
      LOG.debug("screen lock: {} does not answer: {}", name, e.getMessage());
    }
  }

  private void said(boolean nowLocked, String source) {
    boolean changed;
    synchronized (this) {
      changed = locked != nowLocked;
      locked = nowLocked;
    }
    if (changed) {
      listener.lockChanged(nowLocked, source);
    }
  }

  @Override
  public synchronized void close() {
    for (DBusConnection connection : connections) {
      try {
        connection.close();
      } catch (IOException e) {
        LOG.debug("closing a D-Bus connection: {}", e.getMessage());
      }
    }
    connections.clear();
  }
}
