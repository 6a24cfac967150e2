package dev.unknot.quiet;

import dev.unknot.core.QuietDetector;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Holds prompts during do-not-disturb: GNOME's {@code org.gnome.desktop.notifications show-banners}
 * set to false (read with gsettings, so dconf and the vendor's defaults both count), and the {@code
 * Inhibited} property of the notification server where it has one (KDE Plasma).
 */
public final class DoNotDisturbDetector implements QuietDetector {

  static final String REASON = "do not disturb is on";
  private static final String NOTIFICATIONS = "org.freedesktop.Notifications";

  private final Supplier<SessionBus> bus;
  private volatile boolean noGsettings;

  /** The owner of the notification service last found to have no Inhibited property. */
  private volatile String noInhibitedAt = "";

  DoNotDisturbDetector(Supplier<SessionBus> bus) {
    this.bus = bus;
  }

  @Override
  public Optional<String> reason() {
    if (!noGsettings && bannersOff()) {
      return Optional.of(REASON);
    }
    return notificationServerInhibited() ? Optional.of(REASON) : Optional.empty();
  }

  private boolean bannersOff() {
    try {
      Command.Result result =
          Command.run(
              List.of("gsettings", "get", "org.gnome.desktop.notifications", "show-banners"));
      if (result.exitCode() != 0) {
        noGsettings = true; // No such schema: not GNOME, and it will not become GNOME.
        return false;
      }
      return result.out().strip().equals("false");
    } catch (Command.Missing e) {
      noGsettings = true;
      return false;
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private boolean notificationServerInhibited() {
    SessionBus session = bus.get();
    if (session == null || !session.hasOwner(NOTIFICATIONS)) {
      return false;
    }
    String owner = String.valueOf(session.call(daemonOf(session), "GetNameOwner", NOTIFICATIONS));
    if (owner.equals(noInhibitedAt)) {
      return false;
    }
    try {
      return SessionBus.asBoolean(
              session.property(
                  NOTIFICATIONS, "/org/freedesktop/Notifications", NOTIFICATIONS, "Inhibited"))
          .orElse(false);
    } catch (IllegalStateException e) {
      noInhibitedAt = owner; // GNOME Shell, dunst: no such property; not asked again
      return false;
    }
  }

  private static org.freedesktop.dbus.interfaces.DBus daemonOf(SessionBus session) {
    return session.object(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        org.freedesktop.dbus.interfaces.DBus.class);
  }
}
