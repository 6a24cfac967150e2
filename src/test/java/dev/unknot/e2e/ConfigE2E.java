package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.toml on a real daemon: first run, live reload, and every config command. */
class ConfigE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path userConfig;

  ConfigE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
    this.userConfig = home.resolve("config/unknot/config.toml");
  }

  @Test
  void firstRunWritesTheCommentedDefaultsWhereConfigPathSays() throws Exception {
    assertEquals(
        userConfig
            + " (the default location; it does not exist yet, and Unknot writes the commented"
            + " defaults there at its next start)\n",
        ok("config", "path").out());
    unknot.startWithoutConfig();
    assertEquals(Files.readString(Path.of("config.toml")), Files.readString(userConfig));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(userConfig)));
    assertEquals(userConfig + " (the default location)\n", ok("config", "path").out());
    Path other = unknot.home().resolve("elsewhere.toml");
    assertEquals(
        other + " (from $UNKNOT_CONFIG; it does not exist)\n",
        unknot.cli(Map.of("UNKNOT_CONFIG", other.toString()), "config", "path").out());
  }

  @Test
  void aValidChangeAppliesLiveAndKeepsTheActiveTime() throws Exception {
    Files.createDirectories(userConfig.getParent());
    Files.writeString(userConfig, "[knots]\ncheckin = false\n");
    unknot.startWithoutConfig();
    for (int i = 0; i < 30; i++) {
      desktop.moveMouse(300 + i * 5, 300);
      Desktop.pause(Duration.ofMillis(200));
    }
    long activeBefore = micro().get("active_seconds").asLong();
    assertTrue(activeBefore >= 5, "active seconds counted: " + activeBefore);

    // Saved the way vim and VS Code save: write elsewhere, then rename over the file.
    Path swap = userConfig.resolveSibling(".config.toml.swp");
    Files.writeString(swap, "[knots]\ncheckin = false\n[breaks.micro]\ninterval = \"10m\"\n");
    long saved = System.nanoTime();
    Files.move(
        swap, userConfig, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    long askedAt;
    do {
      askedAt = System.nanoTime();
    } while (micro().get("until_due_seconds").asLong() > 600
        && System.nanoTime() - saved < Duration.ofSeconds(10).toNanos());
    double appliedWithin = (askedAt - saved) / 1e9;
    JsonNode micro = micro();
    assertTrue(micro.get("until_due_seconds").asLong() <= 600, micro.toString());
    assertTrue(appliedWithin <= 2.0, "applied within " + appliedWithin + " s");
    assertTrue(micro.get("active_seconds").asLong() >= activeBefore, "active time was kept");
    assertEquals(
        600 - micro.get("active_seconds").asLong(), micro.get("until_due_seconds").asLong(), 2);

    // A broken save keeps the daemon up on the values in use, and says why once.
    Files.writeString(swap, "[breaks.micro]\ninterval = 5 minutes\n");
    Files.move(
        swap, userConfig, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> desktop.window("Unknot: config problem").isPresent()));
    assertTrue(unknot.isAlive());
    assertTrue(micro().get("until_due_seconds").asLong() <= 600);
    assertTrue(unknot.logContains("config not applied: " + userConfig + ":2:14: "));

    Files.delete(userConfig);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> unknot.logContains("is gone; keeping the settings in use")));
    assertTrue(unknot.isAlive());
    assertTrue(
        micro().get("until_due_seconds").asLong() <= 600, "the deleted file changed nothing");
  }

  @Test
  void anInvalidConfigAtStartStopsWithEveryProblemAndExit78() throws Exception {
    Path bad = unknot.home().resolve("bad.toml");
    Files.writeString(bad, "[breaks.micro]\nintervall = \"5m\"\nduration = \"1s\"\n");
    Desktop.Result run = unknot.cli("run", "--config", bad.toString());
    assertEquals(78, run.exitCode());
    assertEquals(
        bad
            + ":2:1: unknown key `breaks.micro.intervall`; did you mean `interval`?\n"
            + bad
            + ":3:1: duration must be at least 5s\n"
            + "unknot: the config has 2 problems; nothing was started\n",
        run.err());

    Desktop.Result check = unknot.cli("config", "check", bad.toString());
    assertEquals(1, check.exitCode());
    assertEquals(2, check.err().lines().count());
    assertEquals(
        "ok\n", ok("config", "check", Path.of("config.toml").toAbsolutePath().toString()).out());
    assertEquals("ok\n", ok("config", "check").out(), "no file yet: the defaults apply");
  }

  @Test
  void showPrintsTheEffectiveConfigWhichReadsBackTheSame() throws Exception {
    Files.createDirectories(userConfig.getParent());
    Files.writeString(
        userConfig,
        """
        [breaks.micro]
        interval = "12m"
        [[exercises.custom]]
        id = "doorway-stretch"
        title = "Doorway \\"corner\\" stretch"
        steps = ["Forearms on the frame.", "Step through."]
        hold = "20 seconds"
        targets = ["chest"]
        kind = "micro"
        """);
    String shown = ok("config", "show").out();
    assertTrue(shown.contains("interval = \"12m\""), shown);
    assertTrue(shown.contains("postpone = \"3m\""), "defaults are filled in: " + shown);
    assertTrue(shown.contains("id = \"doorway-stretch\""), shown);
    Path copy = unknot.home().resolve("shown.toml");
    Files.writeString(copy, shown);
    assertEquals("ok\n", ok("config", "check", copy.toString()).out());
    assertEquals(
        shown, unknot.cli(Map.of("UNKNOT_CONFIG", copy.toString()), "config", "show").out());
  }

  private JsonNode micro() {
    try {
      return JSON.readTree(ok("status", "--json").out()).get("micro");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Desktop.Result ok(String... args) {
    Desktop.Result result = unknot.cli(args);
    assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
    assertFalse(result.out().isEmpty());
    return result;
  }
}
