package dev.unknot.autostart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** systemctl failing as it does without a systemd user session; the unit is written for real. */
class SystemdUserUnitFailureTest {

  private static final List<String> COMMAND = List.of("/usr/bin/java", "-jar", "/opt/unknot.jar");
  private static final String NO_BUS = "Failed to connect to bus: No medium found\n";

  @TempDir Path home;

  private SystemdUserUnit unit(SystemdUserUnit.Systemctl systemctl) {
    return new SystemdUserUnit(
        home.resolve("config"),
        List.of(home.resolve("usr-lib-systemd-user")),
        COMMAND,
        systemctl,
        new XdgAutostart(home.resolve("config"), List.of(home.resolve("etc-xdg")), COMMAND));
  }

  @Test
  void aFailedSystemdEnableLeavesNoUnitFileBehind() throws Exception {
    SystemdUserUnit unit =
        unit(
            args ->
                new SystemdUserUnit.Systemctl.Result(
                    args.get(0).equals("enable") ? 1 : 0,
                    args.get(0).equals("enable") ? NO_BUS : ""));

    assertThrows(IOException.class, unit::enable);

    assertFalse(Files.exists(home.resolve("config/systemd/user/unknot.service")));
    assertFalse(unit.chosen(), "a failed enable is no choice");
  }

  @Test
  void aUnitFileTheUserAlreadyHadIsKeptWhenEnableFails() throws Exception {
    Path own = home.resolve("config/systemd/user/unknot.service");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "[Service]\nExecStart=/my/own/unknot\n");
    SystemdUserUnit unit = unit(args -> new SystemdUserUnit.Systemctl.Result(1, NO_BUS));

    assertThrows(IOException.class, unit::enable);

    assertFalse(Files.notExists(own), "not ours to delete");
  }

  @Test
  void autostartStatusSaysInWordsWhenSystemctlCannotBeAsked() throws Exception {
    assertEquals(
        "systemd user unit unknot.service: unknown (no systemd user session to ask)",
        unit(args -> new SystemdUserUnit.Systemctl.Result(1, NO_BUS)).status().how());
    assertEquals(
        "systemd user unit unknot.service: none (systemctl is not installed)",
        unit(args -> new SystemdUserUnit.Systemctl.Result(127, "systemctl is not installed"))
            .status()
            .how());
    assertEquals(
        "systemd user unit unknot.service: not installed",
        unit(args ->
                new SystemdUserUnit.Systemctl.Result(
                    1,
                    "Failed to get unit file state for unknot.service: No such file or"
                        + " directory\n"))
            .status()
            .how());
    assertEquals(
        "systemd user unit unknot.service: disabled",
        unit(args -> new SystemdUserUnit.Systemctl.Result(1, "disabled\n")).status().how());
  }
}
