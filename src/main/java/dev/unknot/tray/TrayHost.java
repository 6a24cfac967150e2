package dev.unknot.tray;

import java.awt.SystemTray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Which kind of tray the desktop offers. A tray library that returns a tray object proves nothing:
 * this asks the desktop itself.
 */
public enum TrayHost {
  /** An XEmbed tray (trayer, XFCE, MATE, ...): the _NET_SYSTEM_TRAY_S0 selection has an owner. */
  XEMBED,
  /** A StatusNotifierItem host (KDE, GNOME with the AppIndicator extension) is on D-Bus. */
  STATUS_NOTIFIER,
  NONE;

  public static TrayHost detect() {
    // AWT's tray support answers true exactly when the XEmbed selection has an owner.
    if (SystemTray.isSupported()) {
      return XEMBED;
    }
    return statusNotifierWatcherOnBus() ? STATUS_NOTIFIER : NONE;
  }

  private static boolean statusNotifierWatcherOnBus() {
    try {
      Process p =
          new ProcessBuilder(
                  List.of(
                      "dbus-send",
                      "--session",
                      "--print-reply",
                      "--dest=org.freedesktop.DBus",
                      "/org/freedesktop/DBus",
                      "org.freedesktop.DBus.NameHasOwner",
                      "string:org.kde.StatusNotifierWatcher"))
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(3, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0
          && new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("true");
    } catch (IOException e) {
      return false; // no dbus-send: no bus we can ask
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
