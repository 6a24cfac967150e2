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

  interface Work {
    void run(PrintWriter out) throws IOException;
  }

  /**
   * Runs a subcommand's work on Linux, the only system whose autostart the command line manages,
   * and turns a failure into one line and exit 1.
   */
  static int onLinux(CommandLine.Model.CommandSpec spec, Work work) {
    PrintWriter err = spec.commandLine().getErr();
    String os = System.getProperty("os.name", "");
    if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
      err.println(
          "unknot: autostart from the command line works on Linux only; on "
              + os
              + " the installer sets it up (see packaging/ in the source)");
      return 1;
    }
    try {
      work.run(spec.commandLine().getOut());
      return 0;
    } catch (IOException e) {
      err.println("unknot: " + e.getMessage());
      return 1;
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Start at login.")
  static final class Enable implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--systemd", description = "Use a systemd user unit instead.")
    boolean systemd;

    @Override
    public Integer call() {
      return onLinux(
          spec,
          out -> {
            Autostart way = systemd ? autostart.systemd() : autostart.xdg();
            way.enable();
            out.println("Unknot starts at login (" + way.status().how() + ").");
          });
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
      return onLinux(
          spec,
          out -> {
            autostart.xdg().disable();
            autostart.systemd().disable();
            out.println(
                "Unknot no longer starts at login (" + autostart.xdg().status().how() + ").");
          });
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
      return onLinux(
          spec,
          out -> {
            Autostart.Status xdg = autostart.xdg().status();
            Autostart.Status unit = autostart.systemd().status();
            out.println(xdg.enabled() || unit.enabled() ? "enabled" : "disabled");
            out.println("  desktop autostart: " + xdg.how());
            out.println("  " + unit.how());
          });
    }
  }
}
