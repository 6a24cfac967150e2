package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings window in German, light and then dark, every tab photographed to be looked at. No
 * tray host, as on GNOME without extensions: the windows use FlatLaf, which follows [ui] theme.
 */
class SettingsLookE2E extends DaemonOnDesktop {

  SettingsLookE2E(BareDesktop bare, @TempDir Path home) {
    super(bare.desktop(), home);
  }

  @Test
  void inGermanEveryTabShowsAndTheOpenWindowTurnsDark() throws Exception {
    String ui = "\n[ui]\nlanguage = \"de\"\ntheme = \"%s\"\n";
    unknot.start(SettingsE2E.CONFIG + ui.formatted("light"));
    assertEquals(0, unknot.cli("settings").exitCode());
    String window = SettingsE2E.awaitWindow(desktop, "Unknot: Einstellungen");
    SettingsE2E.shootEveryTab(desktop, window, "de");
    Rectangle frame = desktop.geometry(window);
    assertTrue(SettingsE2E.brightness(desktop, unknot.home(), frame) > 150);
    // Saved whole, as an editor that saves by renaming does: a file written in place can be read
    // half-written.
    Path edited = unknot.home().resolve("test-config.toml.new");
    Files.writeString(edited, SettingsE2E.CONFIG + ui.formatted("dark"));
    Files.move(
        edited,
        unknot.home().resolve("test-config.toml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    boolean turnedDark =
        Desktop.await(
            SettingsE2E.DEADLINE,
            () -> SettingsE2E.brightness(desktop, unknot.home(), frame) < 100);
    if (!turnedDark) {
      desktop.screenshot(SettingsE2E.SCREENSHOTS.resolve("de-not-dark.png"));
    }
    assertTrue(
        turnedDark,
        () ->
            "the open window turns dark on live reload (see de-not-dark.png); the daemon logged:\n"
                + unknot.logLinesWith("look", "config", "WARN", "ERROR")
                + "\n"
                + unknot.output());
    SettingsE2E.shootEveryTab(desktop, window, "de-dark");
  }
}
