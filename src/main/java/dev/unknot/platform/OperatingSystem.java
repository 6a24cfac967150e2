package dev.unknot.platform;

import java.util.Locale;

/** The few places where Unknot works differently per system ask this, and only this. */
public enum OperatingSystem {
  LINUX,
  MAC,
  WINDOWS,
  /** The BSDs and the rest: treated like Linux, which is what their desktops follow. */
  OTHER_UNIX;

  public static OperatingSystem current() {
    return of(System.getProperty("os.name", ""));
  }

  static OperatingSystem of(String osName) {
    String name = osName.toLowerCase(Locale.ROOT);
    if (name.contains("linux")) {
      return LINUX;
    }
    if (name.contains("mac") || name.contains("darwin")) {
      return MAC;
    }
    if (name.contains("windows")) {
      return WINDOWS;
    }
    return OTHER_UNIX;
  }

  public boolean followsXdg() {
    return this == LINUX || this == OTHER_UNIX;
  }
}
