package dev.unknot.autostart;

import dev.unknot.platform.OperatingSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Start at login on the systems whose installers cannot set it up: macOS and Windows. */
public final class LoginStart {

  private LoginStart() {}

  /** The LaunchAgent or the Run key; empty on Linux and the BSDs, which use XDG autostart. */
  public static Optional<Autostart> withoutInstaller(
      OperatingSystem os, Path home, List<String> launcher) {
    return switch (os) {
      case MAC -> Optional.of(new MacLaunchAgent(home, launcher));
      case WINDOWS -> Optional.of(new WindowsRunKey(WindowsRunKey.regExe(), launcher));
      case LINUX, OTHER_UNIX -> Optional.empty();
    };
  }
}
