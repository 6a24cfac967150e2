package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.CheckInSettings;
import dev.unknot.core.EngineSettings;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TomlConfigLoaderTest {

  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());

  @Test
  void shippedConfigHoldsTheDocumentedDefaults() {
    assertEquals(EngineSettings.defaults(), loader.defaults().engine());
    assertEquals(CheckInSettings.DEFAULTS, loader.defaults().checkIn());
    assertEquals(new UnknotConfig.Focus(true, true, 0.75, true, 3), loader.defaults().focus());
  }

  @Test
  void focusKeysAreReadAndAWholeOneIsAFactor() throws Exception {
    UnknotConfig config =
        loader.parse(
            "[knots]\ntighten_breaks = false\ntighten_factor = 1\nmassage_reminders = 0\n"
                + "[exercises]\nfocus_on_knots = false\n[mouse]\nswitch_nudge = false\n",
            "f.toml");
    assertEquals(new UnknotConfig.Focus(false, false, 1.0, false, 0), config.focus());
  }

  @Test
  void customExercisesJoinTheRotationOfTheirKind() throws Exception {
    UnknotConfig config =
        loader.parse(
            """
            [exercises]
            micro = ["chin-tuck"]
            [[exercises.custom]]
            id = "doorway-stretch"
            title = "Doorway stretch"
            steps = ["Forearms on the door frame.", "Step through until the chest stretches."]
            hold = "Hold 20 seconds"
            targets = ["chest", "shoulder"]
            kind = "micro"
            """,
            "x.toml");
    assertEquals(
        List.of(
            "chin-tuck",
            "doorway-stretch",
            "ball-massage-back",
            "ball-massage-chest",
            "walk-and-stretch"),
        config.exercises().stream().map(e -> e.id()).toList());
  }

  @Test
  void summaryAndPrivacyKeysAreRead() throws Exception {
    UnknotConfig config =
        loader.parse(
            "[summary]\nday = \"Monday\"\ntime = \"09:15\"\n[privacy]\nrecord_activity_counts = false\n",
            "s.toml");
    assertEquals(java.time.DayOfWeek.MONDAY, config.summary().day());
    assertEquals(java.time.LocalTime.of(9, 15), config.summary().time());
    assertEquals(false, config.recordActivityCounts());
  }

  @Test
  void badTimeOfDayIsReportedWithTheExpectedForm() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[knots]\ncheckin_time = \"5:30pm\"\n", "k.toml"));
    assertEquals(
        List.of("k.toml:2:1: bad time of day \"5:30pm\"; expected HH:MM, for example \"17:30\""),
        e.problems());
  }

  @Test
  void shippedConfigHasACommentAboveEveryKey() {
    List<String> lines = TomlConfigLoader.defaultsText().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("[a-z_]+ = .*")) {
        assertTrue(lines.get(i - 1).startsWith("#"), "no comment above: " + lines.get(i));
      }
    }
    for (String key : ConfigSchema.KEYS.keySet()) {
      String leaf = key.substring(key.lastIndexOf('.') + 1);
      String shown =
          key.equals(ConfigSchema.EXERCISES_CUSTOM) ? "# [[exercises.custom]]" : leaf + " = ";
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(shown)), key + " is not documented");
    }
  }

  @Test
  void userFileOverridesOnlyTheKeysItSets() throws Exception {
    UnknotConfig config =
        loader.parse(
            """
            [activity]
            idle_threshold = "2s"
            [breaks.micro]
            interval = "20s"
            duration = "8s"
            [breaks.rest]
            enabled = false
            """,
            "test.toml");
    EngineSettings engine = config.engine();
    assertEquals(Duration.ofSeconds(2), engine.idleThreshold());
    assertEquals(Duration.ofSeconds(20), engine.micro().interval());
    assertEquals(Duration.ofSeconds(8), engine.micro().duration());
    assertEquals(Duration.ofMinutes(3), engine.micro().postpone());
    assertEquals(false, engine.rest().enabled());
    assertEquals(Duration.ofMinutes(50), engine.rest().interval());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPlace() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    """
                    [breaks.micro]
                    intervall = "15m"
                    duration = "30 seconds"
                    max_postpones = "two"
                    """,
                    "c.toml"));
    assertEquals(
        List.of(
            "c.toml:2:1: unknown key `breaks.micro.intervall`; did you mean `interval`?",
            "c.toml:3:1: bad duration \"30 seconds\"; expected " + Durations.EXPECTED_FORM,
            "c.toml:4:1: `breaks.micro.max_postpones` must be a whole number, not the text \"two\""),
        e.problems());
  }

  /** Found by ConfigPropertiesTest: a quoted key that is no valid bare key crashed the loader. */
  @Test
  void quotedKeysThatAreNoBareKeysAreReportedNotCrashedOn() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[activity]\n\"[x\" = 1\n\"breaks.micro\" = 2\n", "q.toml"));
    assertEquals(
        List.of(
            "q.toml:2:1: unknown key `activity.\"[x\"`",
            "q.toml:3:1: unknown key `activity.\"breaks.micro\"`"),
        e.problems());
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[activity]\nidle_threshold = 5s\n", "s.toml"));
    assertTrue(e.problems().get(0).startsWith("s.toml:2:19: "), e.problems().toString());
  }

  @Test
  void intervalMustBeLongerThanDuration() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[breaks.rest]\ninterval = \"4m\"\n", "r.toml"));
    assertEquals(
        List.of("r.toml:2:1: interval (4m) must be longer than the duration (5m)"), e.problems());
  }

  @Test
  void clashIsReportedAtTheKeyTheUserWrote() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[breaks.micro]\n\nduration = \"20m\"\n", "d.toml"));
    assertEquals(
        List.of("d.toml:3:1: interval (15m) must be longer than the duration (20m)"), e.problems());
  }

  @Test
  void idleThresholdLongerThanMicroDurationIsRefused() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[activity]\nidle_threshold = \"1m\"\n", "i.toml"));
    assertEquals(
        List.of(
            "i.toml:2:1: idle_threshold (1m) must not be longer than the micro-break duration (30s)"),
        e.problems());
  }

  @Test
  void missingFileIsOneClearLine(@TempDir Path dir) {
    Path missing = dir.resolve("nope.toml");
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(missing));
    assertEquals(List.of(missing + ": no such file"), e.problems());
  }

  @Test
  void loadsAFileFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[breaks.micro]\nmax_postpones = 0\n");
    assertEquals(0, loader.load(file).engine().micro().maxPostpones());
  }
}
