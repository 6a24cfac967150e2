package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GNOME 48's own break reminders. Debian 12's GNOME 43 has no org.gnome.desktop.break-reminders
 * schema, so the test installs one (its selected-breaks key) into a private GSETTINGS_SCHEMA_DIR.
 */
class BreakRemindersOnGnome extends DaemonOnGnome {

  private static final String SCHEMA =
      """
      <schemalist>
        <schema id="org.gnome.desktop.break-reminders" path="/org/gnome/desktop/break-reminders/">
          <key name="selected-breaks" type="as"><default>[]</default></key>
        </schema>
      </schemalist>
      """;
  private static final String SAID = "GNOME's own break reminders are on";

  private final Path home;

  BreakRemindersOnGnome(GnomeSession gnome, @TempDir Path home) {
    super(gnome, home);
    this.home = home;
  }

  @Test
  void remindersOnAreSaidOnceInTheLogAndInStatus() throws Exception {
    installSchema("['movement', 'eyesight']");
    unknot.start(QUIET);
    String log = Files.readString(unknot.logFile());
    assertEquals(1, log.split(SAID, -1).length - 1, "said once: " + log);
    assertTrue(log.contains(SAID + " (movement, eyesight)"), log);
    JsonNode status = status();
    assertEquals(
        List.of("movement", "eyesight"),
        JSON.convertValue(status.get("gnome_break_reminders"), List.class));
    assertTrue(
        // The log line is English for the log; the status line is words for a person, with ’.
        unknot
            .cli("status")
            .out()
            .contains(SAID.replace("'", "’") + " as well (movement, eyesight)."),
        unknot.cli("status").out());
  }

  @Test
  void remindersOffOrNoSchemaSayNothing() throws Exception {
    installSchema("@as []");
    unknot.start(QUIET);
    assertFalse(unknot.logContains(SAID));
    JsonNode status = status();
    assertEquals(0, status.get("gnome_break_reminders").size());
    unknot.close();

    // GNOME 43 as installed: no schema at all.
    unknot.setEnv("GSETTINGS_SCHEMA_DIR", "");
    unknot.start(QUIET);
    assertFalse(unknot.logContains(SAID));
    status = status();
    assertEquals(0, status.get("gnome_break_reminders").size());
  }

  /** The schema, compiled into a folder of the test's own, and the user's value for the key. */
  private void installSchema(String selected) throws Exception {
    Path schemas = Files.createDirectories(home.resolve("schemas"));
    Files.writeString(schemas.resolve("org.gnome.desktop.break-reminders.gschema.xml"), SCHEMA);
    Desktop.Result compiled =
        Desktop.run(List.of("glib-compile-schemas", schemas.toString()), java.util.Map.of());
    assertEquals(0, compiled.exitCode(), compiled.err());
    unknot.setEnv("GSETTINGS_SCHEMA_DIR", schemas.toString());
    // The session's keyfile backend, in the XDG_CONFIG_HOME UnknotProcess gives the daemon.
    Path keyfile = home.resolve("config/glib-2.0/settings/keyfile");
    Files.createDirectories(keyfile.getParent());
    Files.writeString(
        keyfile, "[org/gnome/desktop/break-reminders]\nselected-breaks=" + selected + "\n");
  }
}
