package dev.unknot.lock;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;

/** The D-Bus interfaces that tell when the screen locks, as dbus-java sees them. */
public final class LockInterfaces {

  private LockInterfaces() {}

  /** GNOME Shell's lock screen (and the old gnome-screensaver on X11). */
  @DBusInterfaceName("org.gnome.ScreenSaver")
  public interface GnomeScreenSaver extends DBusInterface {
    String PATH = "/org/gnome/ScreenSaver";

    boolean GetActive();

    class ActiveChanged extends DBusSignal {
      private final boolean active;

      public ActiveChanged(String path, boolean active) throws DBusException {
        super(path, active);
        this.active = active;
      }

      public boolean active() {
        return active;
      }
    }
  }

  /** The freedesktop screen saver: KDE, and X11 screen savers that offer it. */
  @DBusInterfaceName("org.freedesktop.ScreenSaver")
  public interface FreedesktopScreenSaver extends DBusInterface {
    String PATH = "/org/freedesktop/ScreenSaver";

    boolean GetActive();

    class ActiveChanged extends DBusSignal {
      private final boolean active;

      public ActiveChanged(String path, boolean active) throws DBusException {
        super(path, active);
        this.active = active;
      }

      public boolean active() {
        return active;
      }
    }
  }

  /** MATE's screen saver, the X11 one Debian ships with a D-Bus interface. */
  @DBusInterfaceName("org.mate.ScreenSaver")
  public interface MateScreenSaver extends DBusInterface {
    String PATH = "/org/mate/ScreenSaver";

    boolean GetActive();

    class ActiveChanged extends DBusSignal {
      private final boolean active;

      public ActiveChanged(String path, boolean active) throws DBusException {
        super(path, active);
        this.active = active;
      }

      public boolean active() {
        return active;
      }
    }
  }

  @DBusInterfaceName("org.freedesktop.login1.Manager")
  public interface LoginManager extends DBusInterface {
    String BUS_NAME = "org.freedesktop.login1";
    String PATH = "/org/freedesktop/login1";

    DBusPath GetSession(String sessionId);

    DBusPath GetSessionByPID(UInt32 pid);
  }

  /** logind asks the session's locker to lock or unlock; LockedHint is what the locker did. */
  @DBusInterfaceName("org.freedesktop.login1.Session")
  public interface LoginSession extends DBusInterface {
    String INTERFACE = "org.freedesktop.login1.Session";

    class Lock extends DBusSignal {
      public Lock(String path) throws DBusException {
        super(path);
      }
    }

    class Unlock extends DBusSignal {
      public Unlock(String path) throws DBusException {
        super(path);
      }
    }
  }
}
