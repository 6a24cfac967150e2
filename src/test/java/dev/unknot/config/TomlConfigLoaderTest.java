package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.unknot.core.CheckInSettings;
import dev.unknot.core.EngineSettings;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
  void lookKeysDefaultToTheSystemThemeACardAndNoSound() throws Exception {
    assertEquals(
        new UnknotConfig.Ui(
            UnknotConfig.Theme.SYSTEM,
            UnknotConfig.RestStyle.CARD,
            false,
            UnknotConfig.Language.SYSTEM),
        loader.defaults().ui());
    UnknotConfig c =
        loader.parse(
            "[ui]\ntheme = \"dark\"\n[breaks]\nsound = true\n[breaks.rest]\nstyle = \"dim\"\n",
            "u.toml");
    assertEquals(
        new UnknotConfig.Ui(
            UnknotConfig.Theme.DARK,
            UnknotConfig.RestStyle.DIM,
            true,
            UnknotConfig.Language.SYSTEM),
        c.ui());
  }

  @Test
  void badThemeAndRestStyleAreReportedWithTheirPlaceAndTheChoices() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    "[breaks.rest]\nstyle = \"blur\"\n[ui]\ntheme = \"Dark\"\n", "t.toml"));
    assertEquals(
        List.of(
            "t.toml:2:1: `breaks.rest.style` must be \"card\" or \"dim\", not the text \"blur\"",
            "t.toml:4:1: `ui.theme` must be \"system\", \"light\" or \"dark\", not the text"
                + " \"Dark\""),
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
    assertEquals(Duration.ofSeconds(20), engine.micro().postpone(), "capped at the interval");
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
            "c.toml:3:1: bad duration \"30 seconds\"; expected " + Durations.expectedForm(),
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

  @Test
  void aTenMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "# " + "x".repeat(10 * 1024 * 1024) + "\n");
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertEquals(List.of(file + ": is 10.0 MB; a config file may be at most 1 MB"), e.problems());
  }

  @Test
  void aFileOfExactlyOneMegabyteIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    String head = "[knots]\ncheckin = false\n# ";
    Files.writeString(file, head + "x".repeat(1024 * 1024 - head.length() - 1) + "\n");
    assertEquals(1024 * 1024, Files.size(file));
    assertEquals(false, loader.load(file).checkIn().enabled());
  }

  // A guard, not a timing check: before the fix, opening the FIFO waited for a writer for ever.
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoInPlaceOfTheConfigIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("config.toml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor());
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(fifo));
    assertEquals(
        List.of(fifo + ": is not a regular file (a pipe, socket or device); write a file there"),
        e.problems());
  }

  @Test
  void aFolderInPlaceOfTheConfigSaysSo(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("config.toml"));
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(folder));
    assertEquals(List.of(folder + ": is a folder, not a config file"), e.problems());
  }

  @Test
  void anUnreadableFileSaysPermissionDenied(@TempDir Path dir) throws Exception {
    // Root reads any file; ConfigE2E checks this case as nobody through setpriv.
    assumeFalse("root".equals(System.getProperty("user.name")), "root can read a 0000 file");
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[knots]\n");
    Files.setPosixFilePermissions(file, Set.of());
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertEquals(List.of(file + ": cannot read: permission denied"), e.problems());
  }

  @Test
  void nestingFiveHundredDeepIsAProblemNotAStackOverflow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[quiet]\napps = " + "[".repeat(500) + "]".repeat(500) + "\n");
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertEquals(
        List.of(
            file
                + ":2:24: lists and tables are nested more than 16 deep here; Unknot reads no"
                + " deeper"),
        e.problems());
  }

  @Test
  void bracketsInStringsAndCommentsAreNoNesting() throws Exception {
    String brackets = "[".repeat(40);
    UnknotConfig config =
        loader.parse(
            "# "
                + brackets
                + "\n[quiet]\napps = [\"a"
                + brackets
                + "\", 'b"
                + brackets
                + "', \"\"\"c\\\"\"\"\"]\n",
            "b.toml");
    assertEquals(List.of("a" + brackets, "b" + brackets, "c\""), config.quiet().apps());
  }

  @Test
  void aUtf8ByteOrderMarkAtTheStartIsAccepted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    Files.write(
        file,
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "[knots]\ncheckin = false\n"));
    assertEquals(false, loader.load(file).checkIn().enabled());
  }

  @Test
  void aBadByteAfterAByteOrderMarkIsPlacedAsEditorsShowIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.toml");
    Files.write(
        file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "ab\u00ff".getBytes(ISO)));
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertEquals(
        List.of(file + ":1:3: not UTF-8 text (byte 0xFF); save the file as UTF-8"), e.problems());
  }

  @Test
  void idleThresholdOfZeroIsAConfigProblemNotAStackTrace() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[activity]\nidle_threshold = \"0s\"\n", "z.toml"));
    assertEquals(List.of("z.toml:2:1: idle_threshold must be at least 1s"), e.problems());
  }

  @Test
  void tightenFactorNanIsRefused() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> loader.parse("[knots]\ntighten_factor = nan\n", "n.toml"));
    assertEquals(
        List.of(
            "n.toml:2:1: `knots.tighten_factor` must be a number from 0.5 to 1.0, like 0.75, not"
                + " nan"),
        e.problems());
  }

  @Test
  void postponeLongerThanTheIntervalIsRefused() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> loader.parse("[breaks.micro]\npostpone = \"16m\"\n", "p.toml"));
    assertEquals(
        List.of("p.toml:2:1: postpone (16m) must not be longer than the interval (15m)"),
        e.problems());
  }

  @Test
  void aShorterIntervalCapsTheDefaultPostpone() throws Exception {
    assertEquals(
        Duration.ofSeconds(40),
        loader
            .parse("[breaks.micro]\ninterval = \"40s\"\nduration = \"10s\"\n", "p.toml")
            .engine()
            .micro()
            .postpone());
  }

  @Test
  void postponeAsLongAsTheIntervalIsAccepted() throws Exception {
    assertEquals(
        Duration.ofMinutes(15),
        loader.parse("[breaks.micro]\npostpone = \"15m\"\n", "p.toml").engine().micro().postpone());
  }

  private static final java.nio.charset.Charset ISO = java.nio.charset.StandardCharsets.ISO_8859_1;

  private static byte[] concat(byte[] head, String tail) {
    return concat(head, tail.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void breakFlowKeysAreRead() throws Exception {
    UnknotConfig c =
        loader.parse(
            "[breaks]\nheads_up = \"10s\"\nstart_on_pause = \"0s\"\nmax_wait = \"0s\"\n"
                + "[breaks.micro]\npostpone_cost = 50\nskips_per_day = 0\n",
            "f.toml");
    assertEquals(Duration.ofSeconds(10), c.engine().headsUp());
    assertEquals(Duration.ZERO, c.engine().startOnPause());
    assertEquals(50, c.engine().micro().postponeCost());
    assertEquals(0, c.engine().micro().skipsPerDay());
    assertEquals(20, c.engine().rest().postponeCost());
    assertEquals(5, c.engine().rest().skipsPerDay());
  }

  @Test
  void badBreakFlowValuesAreReportedWithTheirPlaces() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    "[breaks]\nstart_on_pause = \"10s\"\nmax_wait = \"5s\"\n"
                        + "[breaks.micro]\npostpone_cost = 60\nskips_per_day = -1\n",
                    "b.toml"));
    assertEquals(
        List.of(
            "b.toml:5:1: postpone_cost must be from 0 to 50 (percent of the duration), not 60",
            "b.toml:6:1: skips_per_day must be from 0 to 100, not -1"),
        e.problems());
    ConfigException wait =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse("[breaks]\nstart_on_pause = \"10s\"\nmax_wait = \"5s\"\n", "w.toml"));
    assertEquals(
        List.of("w.toml:3:1: max_wait (5s) must not be shorter than start_on_pause (10s)"),
        wait.problems());
  }

  @Test
  void aHeadsUpAsLongAsAnIntervalIsRefusedOnlyWhenWritten() throws Exception {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                loader.parse(
                    "[breaks]\nheads_up = \"1m\"\n[breaks.micro]\ninterval = \"1m\"\n", "h.toml"));
    assertEquals(
        List.of(
            "h.toml:2:1: heads_up (1m) must be shorter than the interval (1m), or \"0s\" for none"),
        e.problems());
    // Left at its default, a heads-up longer than a short test interval just stays off.
    assertEquals(
        Duration.ofSeconds(20),
        loader
            .parse("[breaks.micro]\ninterval = \"20s\"\nduration = \"8s\"\n", "s.toml")
            .engine()
            .micro()
            .interval());
  }
}
