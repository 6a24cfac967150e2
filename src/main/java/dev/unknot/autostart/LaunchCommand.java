package dev.unknot.autostart;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The command that starts this Unknot: the installed launcher, or java -jar this jar. */
public final class LaunchCommand {

  private LaunchCommand() {}

  public static List<String> current() {
    // jpackage's launchers name themselves in this property.
    String launcher = System.getProperty("jpackage.app-path");
    if (launcher != null) {
      return List.of(daemonLauncher(Path.of(launcher)).toString());
    }
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar());
  }

  /** On Windows the command-line launcher opens a console window; login starts the other one. */
  static Path daemonLauncher(Path launcher) {
    if (launcher.getFileName().toString().equalsIgnoreCase("unknot-cli.exe")) {
      return launcher.resolveSibling("Unknot.exe");
    }
    return launcher;
  }

  private static String jar() {
    try {
      return Path.of(
              LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath()
          .toString();
    } catch (URISyntaxException | SecurityException e) {
      throw new IllegalStateException("cannot tell where the Unknot jar is: " + e.getMessage(), e);
    }
  }

  /**
   * Quoted for a desktop entry's Exec key and a systemd ExecStart, which split on spaces and read %
   * as the start of a field code or specifier.
   */
  static String quoted(List<String> command) {
    StringBuilder line = new StringBuilder();
    for (String raw : command) {
      String arg = raw.replace("%", "%%");
      if (line.length() > 0) {
        line.append(' ');
      }
      if (arg.matches("[A-Za-z0-9_./:=+-]+")) {
        line.append(arg);
      } else {
        line.append('"')
            .append(
                arg.replace("\\", "\\\\")
                    .replace("\"", "\\\"")
                    .replace("`", "\\`")
                    .replace("$", "\\$"))
            .append('"');
      }
    }
    return line.toString();
  }
}
