package dev.unknot.cli;

import dev.unknot.autostart.Autostart;
import dev.unknot.autostart.LaunchCommand;
import dev.unknot.autostart.SystemdUserUnit;
import dev.unknot.autostart.XdgAutostart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot autostart enable|disable|status`: whether Unknot starts at login. */
@Command(
    name = "autostart",
    mixinStandardHelpOptions = true,
    description = {
      "Whether Unknot starts when you log in: the desktop's autostart entry, or with --systemd a"
          + " systemd user unit. Once you disable it, Unknot never turns it back on by itself."
    },
    subcommands = {
      AutostartCommand.Enable.class,
      AutostartCommand.Disable.class,
      AutostartCommand.StatusOf.class
    })
final class AutostartCommand {

  @ParentCommand UnknotCommand parent;

  XdgAutostart xdg() {
    return new XdgAutostart(configHome(), configDirs(), LaunchCommand.current());
  }

  SystemdUserUnit systemd() {
    return new SystemdUserUnit(
        configHome(),
        List.of(Path.of("/usr/lib/systemd/user"), Path.of("/etc/systemd/user")),
        LaunchCommand.current(),
        SystemdUserUnit.systemctl(),
        xdg());
  }

  private Path configHome() {
    return parent.paths.configDir().getParent();
  }

  private List<Path> configDirs() {
    String dirs = parent.env.getOrDefault("XDG_CONFIG_DIRS", "");
    List<Path> list =
        Arrays.stream(dirs.split(":"))
            .filter(d -> !d.isBlank() && Path.of(d).isAbsolute())
            .map(Path::of)
            .toList();
    return list.isEmpty() ? List.of(Path.of("/etc/xdg")) : list;
  }

  /** Autostart from the command line is built for the freedesktop way only. */
  private static int unsupported(PrintWriter err) {
    String os = System.getProperty("os.name", "");
    if (os.toLowerCase(Locale.ROOT).contains("linux")) {
      return 0;
    }
    err.println(
        "unknot: autostart from the command line works on Linux only; on "
            + os
            + " the installer sets it up (see packaging/ in the source)");
    return 1;
  }

  private static int failed(PrintWriter err, IOException e) {
    err.println("unknot: " + e.getMessage());
    return 1;
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Start at login.")
  static final class Enable implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--systemd", description = "Use a systemd user unit instead.")
    boolean systemd;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (unsupported(err) != 0) {
        return 1;
      }
      Autostart way = systemd ? autostart.systemd() : autostart.xdg();
      try {
        way.enable();
        out.println("Unknot starts at login (" + way.status().how() + ").");
        return 0;
      } catch (IOException e) {
        return failed(err, e);
      }
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Do not start at login, until you enable it again.")
  static final class Disable implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (unsupported(err) != 0) {
        return 1;
      }
      try {
        autostart.xdg().disable();
        autostart.systemd().disable();
        spec.commandLine()
            .getOut()
            .println("Unknot no longer starts at login (" + autostart.xdg().status().how() + ").");
        return 0;
      } catch (IOException e) {
        return failed(err, e);
      }
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Whether Unknot starts at login, and what decides it.")
  static final class StatusOf implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (unsupported(err) != 0) {
        return 1;
      }
      try {
        Autostart.Status xdg = autostart.xdg().status();
        Autostart.Status unit = autostart.systemd().status();
        boolean on = xdg.enabled() || unit.enabled();
        out.println(on ? "enabled" : "disabled");
        out.println("  desktop autostart: " + xdg.how());
        out.println("  " + unit.how());
        return 0;
      } catch (IOException e) {
        return failed(err, e);
      }
    }
  }
}
