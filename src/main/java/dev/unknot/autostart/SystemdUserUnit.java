package dev.unknot.autostart;

import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A systemd user unit, for those who manage their session with systemd: it restarts Unknot if it
 * fails and stops it with the graphical session. The package installs the unit; run from the jar,
 * Unknot writes its own into ~/.config/systemd/user.
 */
public final class SystemdUserUnit implements Autostart {

  static final String UNIT = "unknot.service";

  /** Runs {@code systemctl --user ARGS}; returns its exit code and output. */
  public interface Systemctl {
    Result run(List<String> args) throws IOException;

    record Result(int exitCode, String output) {}
  }

  private final Path userUnit;
  private final List<Path> packagedUnitDirs;
  private final List<String> command;
  private final Systemctl systemctl;
  private final XdgAutostart xdg;

  public SystemdUserUnit(
      Path configHome,
      List<Path> packagedUnitDirs,
      List<String> command,
      Systemctl systemctl,
      XdgAutostart xdg) {
    this.userUnit = configHome.resolve("systemd").resolve("user").resolve(UNIT);
    this.packagedUnitDirs = List.copyOf(packagedUnitDirs);
    this.command = List.copyOf(command);
    this.systemctl = systemctl;
    this.xdg = xdg;
  }

  static String unitText(List<String> command) {
    return """
        [Unit]
        Description=Unknot: posture breaks against muscle knots
        PartOf=graphical-session.target
        After=graphical-session.target

        [Service]
        ExecStart=%s
        Restart=on-failure
        RestartSec=5

        [Install]
        WantedBy=graphical-session.target
        """
        .formatted(LaunchCommand.quoted(command));
  }

  @Override
  public boolean chosen() {
    return Files.exists(userUnit);
  }

  @Override
  public Status status() throws IOException {
    Systemctl.Result r = systemctl.run(List.of("is-enabled", UNIT));
    String first = r.output().strip().lines().findFirst().orElse("");
    return new Status(
        first.equals("enabled"), "systemd user unit " + UNIT + ": " + state(r, first));
  }

  /**
   * is-enabled's one word (enabled, disabled, masked...), or in words why there is none:
   * systemctl's own errors ("Failed to connect to bus: No medium found") mean nothing to most
   * users.
   */
  static String state(Systemctl.Result r, String first) {
    if (first.matches("[a-z-]+")) {
      return first;
    }
    if (r.exitCode() == 127) {
      return "none (systemctl is not installed)";
    }
    if (first.contains("No such file") || first.contains("not found")) {
      return "not installed";
    }
    if (first.contains("bus") || first.contains("XDG_RUNTIME_DIR")) {
      return "unknown (no systemd user session to ask)";
    }
    return "unknown (systemctl --user could not tell)";
  }

  @Override
  public void enable() throws IOException {
    boolean packaged = packagedUnitDirs.stream().anyMatch(d -> Files.exists(d.resolve(UNIT)));
    boolean wrote = !packaged && Files.notExists(userUnit);
    try {
      if (!packaged) {
        OwnerOnlyFiles.file(userUnit);
        Files.writeString(userUnit, unitText(command));
        run("daemon-reload");
      }
      run("enable", UNIT);
    } catch (IOException | RuntimeException e) {
      // A unit that could not be enabled is no choice made: chosen() must not think it is.
      if (wrote) {
        Files.deleteIfExists(userUnit);
      }
      throw e;
    }
    // The unit starts Unknot now; the desktop's autostart entry would only start it twice.
    xdg.disable();
  }

  @Override
  public void disable() throws IOException {
    if (status().enabled()) {
      run("disable", UNIT);
    }
  }

  private void run(String... args) throws IOException {
    List<String> list = new ArrayList<>(List.of(args));
    Systemctl.Result r = systemctl.run(list);
    if (r.exitCode() != 0) {
      throw new IOException(
          "systemctl --user "
              + String.join(" ", list)
              + " failed: "
              + r.output().strip().lines().findFirst().orElse("exit " + r.exitCode()));
    }
  }

  /** The real systemctl. */
  public static Systemctl systemctl() {
    return args -> {
      List<String> cmd = new ArrayList<>(List.of("systemctl", "--user"));
      cmd.addAll(args);
      Process p;
      try {
        p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      } catch (IOException e) {
        return new Systemctl.Result(127, "systemctl is not installed");
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        return new Systemctl.Result(p.waitFor(), out);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for systemctl", e);
      }
    };
  }
}
