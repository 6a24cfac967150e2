package dev.unknot.input;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/** The desktops' D-Bus idle-time interfaces, as dbus-java sees them. */
public final class IdleMonitors {

  private IdleMonitors() {}

  /** GNOME Shell (Mutter): milliseconds since the last input, on Wayland and X11 alike. */
  @DBusInterfaceName("org.gnome.Mutter.IdleMonitor")
  public interface Mutter extends DBusInterface {
    String BUS_NAME = "org.gnome.Mutter.IdleMonitor";
    String PATH = "/org/gnome/Mutter/IdleMonitor/Core";

    UInt64 GetIdletime();
  }

  /** KDE Plasma's screen saver service; KDE answers in milliseconds. */
  @DBusInterfaceName("org.freedesktop.ScreenSaver")
  public interface ScreenSaver extends DBusInterface {
    String BUS_NAME = "org.freedesktop.ScreenSaver";
    String PATH = "/ScreenSaver";

    UInt32 GetSessionIdleTime();
  }
}
