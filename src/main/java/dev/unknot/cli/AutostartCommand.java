package dev.unknot.cli;

import dev.unknot.autostart.Autostart;
import dev.unknot.autostart.LaunchCommand;
import dev.unknot.autostart.LoginStart;
import dev.unknot.autostart.SystemdUserUnit;
import dev.unknot.autostart.XdgAutostart;
import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.OperatingSystem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    subcommands = {
      AutostartCommand.Enable.class,
      AutostartCommand.Disable.class,
      AutostartCommand.StatusOf.class
    })
final class AutostartCommand {

  @ParentCommand UnknotCommand parent;

  /** The desktop's own autostart on this system: the only one outside Linux. */
  Autostart desktop() {
    return LoginStart.withoutInstaller(OperatingSystem.current(), home(), LaunchCommand.current())
        .orElseGet(this::xdg);
  }

  /** The systemd user unit, where systemd runs the session. */
  Optional<SystemdUserUnit> systemd() {
    if (OperatingSystem.current() != OperatingSystem.LINUX) {
      return Optional.empty();
    }
    return Optional.of(
        new SystemdUserUnit(
            configHome(),
            List.of(Path.of("/usr/lib/systemd/user"), Path.of("/etc/systemd/user")),
            LaunchCommand.current(),
            SystemdUserUnit.systemctl(),
            xdg()));
  }

  private XdgAutostart xdg() {
    return new XdgAutostart(configHome(), configDirs(), LaunchCommand.current());
  }

  private Path home() {
    return Path.of(parent.env.getOrDefault("HOME", System.getProperty("user.home")));
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

  /** Runs a subcommand's work and turns a failure into one line and exit 1. */
  static int run(CommandLine.Model.CommandSpec spec, Work work) {
    try {
      work.run(spec.commandLine().getOut());
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("unknot: " + e.getMessage());
      return 1;
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true)
  static final class Enable implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--systemd")
    boolean systemd;

    @Override
    public Integer call() {
      return run(
          spec,
          out -> {
            Autostart way = autostart.desktop();
            if (systemd) {
              way =
                  autostart
                      .systemd()
                      .orElseThrow(() -> new IOException(Messages.get("cli.autostart.no.systemd")));
            }
            way.enable();
            out.println(Messages.get("cli.autostart.enabled", way.status().how()));
          });
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true)
  static final class Disable implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return run(
          spec,
          out -> {
            Autostart desktop = autostart.desktop();
            desktop.disable();
            Optional<SystemdUserUnit> unit = autostart.systemd();
            if (unit.isPresent()) {
              unit.get().disable();
            }
            out.println(Messages.get("cli.autostart.disabled", desktop.status().how()));
          });
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true)
  static final class StatusOf implements Callable<Integer> {
    @ParentCommand AutostartCommand autostart;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return run(
          spec,
          out -> {
            Autostart.Status desktop = autostart.desktop().status();
            Optional<SystemdUserUnit> systemd = autostart.systemd();
            Autostart.Status unit = systemd.isPresent() ? systemd.get().status() : null;
            boolean enabled = desktop.enabled() || (unit != null && unit.enabled());
            out.println(
                enabled
                    ? Messages.get("cli.autostart.status.enabled")
                    : Messages.get("cli.autostart.status.disabled"));
            out.println("  " + Messages.get("cli.autostart.status.desktop", desktop.how()));
            if (unit != null) {
              out.println("  " + unit.how());
            }
          });
    }
  }
}
