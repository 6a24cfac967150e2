package dev.unknot.quiet;

import dev.unknot.core.QuietDetector;
import java.util.Optional;
import java.util.function.Supplier;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt32;

/**
 * Holds prompts while an application keeps the session from going idle, as a call or a video in a
 * browser and video players do: GNOME's session manager with the idle flag, else the
 * org.freedesktop.PowerManagement inhibitors of KDE and Xfce.
 */
public final class IdleInhibitDetector implements QuietDetector {

  /** GsmInhibitorFlag: the session should not be marked idle. */
  static final int IDLE = 8;

  private static final String GNOME = "org.gnome.SessionManager";
  private static final String POWER = "org.freedesktop.PowerManagement";

  private final Supplier<SessionBus> bus;

  IdleInhibitDetector(Supplier<SessionBus> bus) {
    this.bus = bus;
  }

  @Override
  public Optional<String> reason() {
    SessionBus session = bus.get();
    if (session == null) {
      return Optional.empty();
    }
    if (session.hasOwner(GNOME)) {
      SessionBus.GnomeSessionManager manager =
          session.object(GNOME, "/org/gnome/SessionManager", SessionBus.GnomeSessionManager.class);
      if (!Boolean.TRUE.equals(session.call(manager, "IsInhibited", new UInt32(IDLE)))) {
        return Optional.empty();
      }
      return Optional.of(inhibitingApp(session, manager) + " keeps the session from going idle");
    }
    if (session.hasOwner(POWER)) {
      SessionBus.PowerManagementInhibit power =
          session.object(
              POWER,
              "/org/freedesktop/PowerManagement/Inhibit",
              SessionBus.PowerManagementInhibit.class);
      if (Boolean.TRUE.equals(session.call(power, "HasInhibit"))) {
        return Optional.of("an application keeps the session from going idle");
      }
    }
    return Optional.empty();
  }

  /** The app id of the first idle inhibitor, or "an application" where it has none. */
  private static String inhibitingApp(SessionBus session, SessionBus.GnomeSessionManager manager) {
    try {
      Object paths = session.call(manager, "GetInhibitors");
      for (Object path :
          paths instanceof Object[] array
              ? array
              : paths instanceof java.util.List<?> list ? list.toArray() : new Object[0]) {
        String p = path instanceof DBusPath d ? d.getPath() : String.valueOf(path);
        SessionBus.GnomeInhibitor inhibitor =
            session.object(GNOME, p, SessionBus.GnomeInhibitor.class);
        Object flags = session.call(inhibitor, "GetFlags");
        if (flags instanceof UInt32 f && (f.intValue() & IDLE) != 0) {
          String app = String.valueOf(session.call(inhibitor, "GetAppId"));
          return app.isBlank() ? "an application" : app;
        }
      }
    } catch (IllegalStateException e) {
      // The names are a nicety: the session is inhibited all the same.
    }
    return "an application";
  }
}
