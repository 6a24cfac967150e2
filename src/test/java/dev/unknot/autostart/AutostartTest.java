package dev.unknot.autostart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autostart entries and units written into real folders; systemctl is a recording stand-in. */
class AutostartTest {

  private static final List<String> COMMAND =
      List.of("/usr/lib/jvm/java 17/bin/java", "-jar", "/home/ann/unknot.jar");

  @TempDir Path home;

  private XdgAutostart xdg() {
    return new XdgAutostart(home.resolve("config"), List.of(home.resolve("etc-xdg")), COMMAND);
  }

  private void packageInstalledEntry() throws IOException {
    Path system = home.resolve("etc-xdg/autostart/unknot.desktop");
    Files.createDirectories(system.getParent());
    Files.writeString(system, "[Desktop Entry]\nType=Application\nExec=/opt/unknot/bin/Unknot\n");
  }

  @Test
  void enableWritesAnEntryThatStartsThisUnknot() throws Exception {
    XdgAutostart xdg = xdg();
    assertEquals(new Autostart.Status(false, "no autostart entry"), xdg.status());

    xdg.enable();

    Path entry = home.resolve("config/autostart/unknot.desktop");
    String text = Files.readString(entry);
    assertTrue(
        text.contains("\nExec=\"/usr/lib/jvm/java 17/bin/java\" -jar /home/ann/unknot.jar\n"),
        text);
    assertFalse(text.contains("Hidden"));
    assertEquals(new Autostart.Status(true, "by " + entry), xdg.status());
  }

  @Test
  void disableOutlastsThePackagesEntryForEverybody() throws Exception {
    packageInstalledEntry();
    XdgAutostart xdg = xdg();
    assertTrue(xdg.status().enabled(), "the package turns it on for everyone");

    xdg.disable();
    assertFalse(xdg.status().enabled());
    // A package upgrade writes the system entry again: the user's choice stands.
    packageInstalledEntry();
    assertFalse(xdg.status().enabled());
    assertTrue(xdg.status().how().startsWith("turned off by "), xdg.status().how());

    xdg.enable();
    assertTrue(xdg.status().enabled());
  }

  @Test
  void systemdEnableWritesTheUnitReloadsEnablesAndRetiresTheDesktopEntry() throws Exception {
    List<List<String>> calls = new ArrayList<>();
    List<String> states = new ArrayList<>(List.of("disabled"));
    SystemdUserUnit unit =
        new SystemdUserUnit(
            home.resolve("config"),
            List.of(home.resolve("usr-lib-systemd-user")),
            COMMAND,
            args -> {
              calls.add(args);
              if (args.get(0).equals("enable")) {
                states.set(0, "enabled");
              }
              if (args.get(0).equals("disable")) {
                states.set(0, "disabled");
              }
              return new SystemdUserUnit.Systemctl.Result(
                  args.get(0).equals("is-enabled") && !states.get(0).equals("enabled") ? 1 : 0,
                  args.get(0).equals("is-enabled") ? states.get(0) + "\n" : "");
            },
            xdg());

    unit.enable();

    String text = Files.readString(home.resolve("config/systemd/user/unknot.service"));
    assertTrue(text.contains("PartOf=graphical-session.target"), text);
    assertTrue(text.contains("Restart=on-failure"), text);
    assertTrue(text.contains("ExecStart=\"/usr/lib/jvm/java 17/bin/java\" -jar"), text);
    assertEquals(
        List.of(List.of("daemon-reload"), List.of("enable", "unknot.service"), List.of()),
        List.of(calls.get(0), calls.get(1), List.of()));
    assertTrue(unit.status().enabled());
    assertFalse(xdg().status().enabled(), "no second start from the desktop entry");

    unit.disable();
    assertFalse(unit.status().enabled());
    assertTrue(calls.contains(List.of("disable", "unknot.service")));
  }

  @Test
  void commandsAreQuotedForExecLines() {
    assertEquals(
        "/usr/bin/java -jar \"/home/ann/my jars/100%% \\\"unknot\\\".jar\"",
        LaunchCommand.quoted(
            List.of("/usr/bin/java", "-jar", "/home/ann/my jars/100% \"unknot\".jar")));
  }

  @Test
  void aFailingSystemctlIsReportedInOneLine() {
    SystemdUserUnit unit =
        new SystemdUserUnit(
            home.resolve("config"),
            List.of(),
            COMMAND,
            args ->
                new SystemdUserUnit.Systemctl.Result(
                    1, "Failed to connect to bus: No medium found\nmore\n"),
            xdg());

    IOException e = assertThrows(IOException.class, unit::enable);
    assertEquals(
        "systemctl --user daemon-reload failed: Failed to connect to bus: No medium found",
        e.getMessage());
  }
}
