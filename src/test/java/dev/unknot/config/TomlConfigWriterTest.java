package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.Exercise;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class TomlConfigWriterTest {

  /** Every key of the schema set to a value that is not its default; ConfigE2E uses it too. */
  static final String EVERY_KEY_CHANGED = everyKeyChanged();

  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());
  private final Set<String> builtIn =
      TomlExerciseCatalog.shipped().stream().map(Exercise::id).collect(Collectors.toSet());

  @Test
  void theFixtureChangesEveryKeyOfTheSchema() throws Exception {
    UnknotConfig changed = loader.parse(EVERY_KEY_CHANGED, "changed.toml");
    UnknotConfig defaults = loader.defaults();
    for (ConfigSchema.Key key : ConfigSchema.ORDERED) {
      assertNotEquals(
          key.value().apply(defaults),
          key.value().apply(changed),
          key.name() + " keeps its default in the fixture");
    }
  }

  @Test
  void configShowLeavesOutNoSchemaKey() throws Exception {
    String shown = TomlConfigWriter.write(loader.parse(EVERY_KEY_CHANGED, "c.toml"), builtIn);
    TomlParseResult parsed = Toml.parse(shown);
    assertFalse(parsed.hasErrors(), parsed.errors() + "\n" + shown);
    for (String key : ConfigSchema.KEYS.keySet()) {
      assertTrue(parsed.contains(key), key + " is missing from:\n" + shown);
    }
  }

  @Test
  void configShowOfTheDefaultsReadsBackEqual() throws Exception {
    UnknotConfig defaults = loader.defaults();
    assertEquals(defaults, loader.parse(TomlConfigWriter.write(defaults, builtIn), "shown.toml"));
  }

  @Test
  void configShowWithEveryKeyChangedReadsBackEqual() throws Exception {
    UnknotConfig changed = loader.parse(EVERY_KEY_CHANGED, "changed.toml");
    String shown = TomlConfigWriter.write(changed, builtIn);
    assertEquals(changed, loader.parse(shown, "shown.toml"), shown);
  }

  @Test
  void writesOneTableAfterAnotherWithCustomExercisesLast() throws Exception {
    String shown = TomlConfigWriter.write(loader.parse(EVERY_KEY_CHANGED, "c.toml"), builtIn);
    List<String> headers = shown.lines().filter(l -> l.startsWith("[")).toList();
    assertEquals(
        List.of(
            "[activity]",
            "[breaks]",
            "[breaks.micro]",
            "[breaks.rest]",
            "[breaks.daily_limit]",
            "[knots]",
            "[exercises]",
            "[mouse]",
            "[quiet]",
            "[summary]",
            "[privacy]",
            "[ui]",
            "[[exercises.custom]]",
            "[[exercises.custom]]"),
        headers);
    assertTrue(shown.contains("title = \"Doorway \\\"corner\\\" stretch\"\n"), shown);
    assertTrue(shown.contains("apps = [\"zoom\", \"Microsoft Teams\"]\n"), shown);
    assertTrue(shown.contains("tighten_factor = 0.6\n"), shown);
    assertTrue(shown.contains("postpone = \"2m30s\"\n"), shown);
  }

  @Test
  void writesNoCustomTableForBuiltInExercises() {
    String shown = TomlConfigWriter.write(loader.defaults(), builtIn);
    assertFalse(shown.contains("[[exercises.custom]]"), shown);
    assertTrue(shown.contains("apps = []\n"), shown);
  }

  private static String everyKeyChanged() {
    try {
      return Files.readString(
          Path.of("src/test/resources/dev/unknot/config/every-key-changed.toml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
