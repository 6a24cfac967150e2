package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.exercise.TomlExerciseCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings window's edits of config.toml: only values change, everything else stays. */
class TomlConfigEditorTest {

  private static final String USERS_FILE =
      """
      # My Unknot settings, tuned with my physio.

      [breaks]
      sound = true # keep the chime

      # Micro-breaks, shorter than the defaults.
      [breaks.micro]
      duration = "20s"
      interval = "12m"   # was 15m until March
      skips_per_day = 3

      # Rest breaks stay as shipped.
      [breaks.rest]
      style = "dim"

      [quiet]
      apps = [
        "zoom", # calls
        "obs",
      ]
      """;

  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());

  @Test
  void commentsOrderAndOtherKeysSurviveAndTheResultReadsAsEdited() throws ConfigException {
    Map<String, String> edits = new LinkedHashMap<>();
    edits.put("breaks.micro.interval", "\"25m\"");
    edits.put("breaks.micro.max_postpones", "4"); // not in the file: after its table's last key
    edits.put("breaks.heads_up", "\"45s\"");
    edits.put("quiet.apps", TomlConfigEditor.list(List.of("zoom", "teams")));
    edits.put("privacy.record_activity_counts", "false"); // no such table: a new one at the end
    String edited = ConfigDraft.apply(USERS_FILE, edits);

    assertEquals(
        """
        # My Unknot settings, tuned with my physio.

        [breaks]
        sound = true # keep the chime
        heads_up = "45s"

        # Micro-breaks, shorter than the defaults.
        [breaks.micro]
        duration = "20s"
        interval = "25m"   # was 15m until March
        skips_per_day = 3
        max_postpones = 4

        # Rest breaks stay as shipped.
        [breaks.rest]
        style = "dim"

        [quiet]
        apps = ["zoom", "teams"]

        [privacy]
        record_activity_counts = false
        """,
        edited);
    UnknotConfig config = loader.parse(edited, "config.toml");
    assertEquals(Duration.ofMinutes(25), config.engine().micro().interval());
    assertEquals(4, config.engine().micro().maxPostpones());
    assertEquals(Duration.ofSeconds(20), config.engine().micro().duration());
    assertEquals(3, config.engine().micro().skipsPerDay());
    assertEquals(Duration.ofSeconds(45), config.engine().headsUp());
    assertEquals(List.of("zoom", "teams"), config.quiet().apps());
    assertFalse(config.recordActivityCounts());
    assertTrue(config.ui().sound(), "a key the window does not show is kept");
    assertEquals(UnknotConfig.RestStyle.DIM, config.ui().restStyle());
  }

  @Test
  void keysUnknownToUnknotAndOddFormsAreLeftAlone() {
    String text =
        "\uFEFF[breaks]\r\n"
            + "micro.interval = '10m' # dotted, literal string\r\n"
            + "\"odd key\" = \"\"\"a [ tricky\r\n"
            + "# not a comment\"\"\"\r\n"
            + "[[exercises.custom]]\r\n"
            + "id = \"wall-angel\"\r\n";
    String edited = TomlConfigEditor.set(text, "breaks.micro.interval", "\"30m\"");
    assertEquals(text.replace("'10m'", "\"30m\""), edited);
    String inserted = TomlConfigEditor.set(edited, "breaks.micro.duration", "\"40s\"");
    assertEquals(
        edited.replace(
            "# dotted, literal string\r\n",
            "# dotted, literal string\r\nmicro.duration = \"40s\"\r\n"),
        inserted,
        "a key of a table written as dotted keys joins them, in the file's line endings");
    String exercises = TomlConfigEditor.set(inserted, "exercises.micro", "[\"chin-tuck\"]");
    assertTrue(
        exercises.endsWith("id = \"wall-angel\"\r\n\r\n[exercises]\r\nmicro = [\"chin-tuck\"]\r\n"),
        "never into an [[exercises.custom]] table: " + exercises);
  }

  @Test
  void aTableWrittenInlineIsNotRewritten() {
    String text = "[breaks]\nmicro = { interval = \"10m\" }\n";
    assertThrows(
        IllegalArgumentException.class,
        () -> TomlConfigEditor.set(text, "breaks.micro.interval", "\"5m\""));
  }

  @Test
  void aProblemIsShownAtTheFieldWhoseLineItIsOn(@TempDir Path dir) throws Exception {
    ConfigDraft draft = new ConfigDraft(loader, dir.resolve("config.toml"));
    List<String> shown = List.of("breaks.micro.interval", "breaks.micro.duration");
    ConfigDraft.Check check =
        draft.check(USERS_FILE, Map.of("breaks.micro.interval", "\"ten minutes\""), shown);
    assertFalse(check.ok());
    assertEquals(
        Map.of(
            "breaks.micro.interval",
            "bad duration \"ten minutes\"; expected " + Durations.expectedForm()),
        check.byKey());
    ConfigDraft.Check clash =
        draft.check(USERS_FILE, Map.of("breaks.micro.duration", "\"20m\""), shown);
    assertEquals(
        Map.of("breaks.micro.interval", "interval (12m) must be longer than the duration (20m)"),
        clash.byKey(),
        "the clash is at the key the user wrote first, as `config check` says");
    assertTrue(draft.check(USERS_FILE, Map.of(), shown).ok());
  }

  @Test
  void savingCreatesAMissingFileFromTheCommentedDefaultsOwnerOnly(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("unknot/config.toml");
    ConfigDraft draft = new ConfigDraft(loader, file);
    assertTrue(draft.save(Map.of("breaks.micro.interval", "\"20m\""), List.of()).ok());
    String saved = Files.readString(file);
    assertEquals(
        TomlConfigLoader.defaultsText().replace("interval = \"15m\"", "interval = \"20m\""), saved);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var left = Files.list(file.getParent())) {
      assertEquals(List.of(file), left.toList(), "no partial file is left behind");
    }
  }

  @Test
  void anInvalidEditIsNotSaved(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, USERS_FILE);
    ConfigDraft draft = new ConfigDraft(loader, file);
    assertFalse(draft.save(Map.of("breaks.micro.interval", "\"0s\""), List.of()).ok());
    assertEquals(USERS_FILE, Files.readString(file));
  }

  @Test
  void aSymbolicLinkIsNeitherFollowedNorReplaced(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("dotfiles.toml");
    Files.writeString(target, USERS_FILE);
    Path link = Files.createSymbolicLink(dir.resolve("config.toml"), target);
    ConfigDraft draft = new ConfigDraft(loader, link);
    IOException refused =
        assertThrows(
            IOException.class,
            () -> draft.save(Map.of("breaks.micro.interval", "\"20m\""), List.of()));
    assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
    assertEquals(USERS_FILE, Files.readString(target));
    assertTrue(Files.isSymbolicLink(link));
  }
}
