package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line speaks the language of LANG, or of [ui] language: the words of the
 * `cli` and `config` bundles and the locale's times. The daemon's own summary line comes from the
 * `core` bundle and is checked where that is translated.
 */
class LanguageE2E extends DaemonOnDesktop {

  private static final Map<String, String> GERMAN = Map.of("LANG", "de_DE.UTF-8");
  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";

  LanguageE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void statusInGermanWithNoDaemonAndWithOne() throws Exception {
    Desktop.Result idle = unknot.cli(GERMAN, "status");
    assertEquals(0, idle.exitCode(), idle.err());
    assertTrue(idle.out().startsWith("Unknot läuft nicht.\nHeute: 0 gemacht, "), idle.out());
    assertTrue(idle.out().contains("Check-in heute: noch keiner"), idle.out());
    assertEquals(
        "unknot: Unknot läuft nicht; starten Sie es mit `unknot run`\n",
        unknot.cli(GERMAN, "pause", "30m").err());

    unknot.setEnv("LANG", "de_DE.UTF-8");
    unknot.start(CONFIG);
    Desktop.Result running = unknot.cli(GERMAN, "status");
    assertEquals(0, running.exitCode(), running.err());
    assertTrue(
        running.out().startsWith("Unknot läuft (PID " + unknot.daemon().pid() + ").\n"),
        running.out());
    assertTrue(running.out().contains("\nHeute: 0 gemacht, 0 verschoben, "), running.out());

    // The time as German writes it, with the daemon's answer in between.
    Desktop.Result paused = unknot.cli(GERMAN, "pause", "30m");
    assertEquals(0, paused.exitCode(), paused.err());
    assertTrue(
        paused.out().matches("Pausen sind bis \\d{2}:\\d{2} Uhr ausgesetzt\\.\n"), paused.out());
    assertEquals("Pausen sind wieder eingeschaltet.\n", unknot.cli(GERMAN, "resume").out());
  }

  @Test
  void configCheckInFrenchKeepsThePlace() throws Exception {
    Path bad = unknot.home().resolve("bad.toml");
    Files.writeString(bad, "[breaks.micro]\ninterval = \"bientôt\"\n");
    Desktop.Result check =
        unknot.cli(Map.of("LANG", "fr_FR.UTF-8"), "config", "check", bad.toString());
    assertEquals(1, check.exitCode());
    assertEquals(
        bad
            + ":2:1: durée incorrecte « bientôt » ; attendu une durée comme « 30s », « 15m » ou"
            + " « 1h30m »\n",
        check.err());
  }

  @Test
  void helpInGermanAndTheConfigsLanguageOverLang() throws Exception {
    Desktop.Result help = unknot.cli(GERMAN, "--help");
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().startsWith("Aufruf: unknot "), help.out());
    assertTrue(help.out().contains("Mikropausen und Haltungsübungen gegen Muskelknoten."));
    assertTrue(help.out().contains("\nBefehle:\n"), help.out());
    assertTrue(help.out().contains("Diese Hilfe anzeigen und beenden."), help.out());

    Path config = unknot.home().resolve("config/unknot/config.toml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "[ui]\nlanguage = \"es\"\n");
    assertTrue(unknot.cli(GERMAN, "status").out().startsWith("Unknot no está en marcha.\n"));
  }
}
