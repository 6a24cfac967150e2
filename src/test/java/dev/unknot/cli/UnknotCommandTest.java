package dev.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.platform.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The command line in this JVM, against a real diary file in a temporary folder. */
class UnknotCommandTest {

  private static final List<String> ALL =
      List.of(
          "run",
          "log",
          "knot",
          "export",
          "summary",
          "status",
          "break-now",
          "pause",
          "resume",
          "meeting",
          "quit",
          "window",
          "settings",
          "config",
          "autostart",
          "mouse",
          "generate-completion",
          "help");

  @TempDir Path home;

  private record Run(int code, String out, String err) {
    String firstErrorLine() {
      return err.lines().findFirst().orElse("");
    }
  }

  private Run unknot(String... args) {
    AppPaths paths =
        new AppPaths(
            home.resolve("data"),
            home.resolve("state"),
            home.resolve("config"),
            home.resolve("run"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        UnknotCommand.execute(
            paths,
            Map.of("HOME", home.toString()),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  private void assertUsageError(String expectedFirstLine, String... args) {
    Run run = unknot(args);
    assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
    assertEquals(expectedFirstLine, run.firstErrorLine(), String.join(" ", args));
    assertEquals("", run.out());
  }

  private static List<String> names(String... args) {
    return UnknotCommand.subcommandsFor(args).stream()
        .map(c -> c.getAnnotation(Command.class).name())
        .toList();
  }

  private static String[] knotAdd(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("knot", "add", "--area", "neck", "--side", "left", "--severity", "2"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void onlyTheNamedSubcommandIsBuilt() {
    assertEquals(List.of("summary"), names("summary", "--week", "2026-W47"));
    assertEquals(List.of("knot"), names("knot", "add", "--note", "run", "--cause", "mouse"));
    assertEquals(List.of("status"), names("--config", "summary", "status"));
    assertEquals(List.of("status"), names("--config=x.toml", "status"));
  }

  @Test
  void helpCompletionAndNoSubcommandGetThemAll() {
    assertEquals(ALL, names());
    assertEquals(ALL, names("--help"));
    assertEquals(ALL, names("help", "knot"));
    assertEquals(ALL, names("generate-completion"));
    assertEquals(ALL, names("--config", "run"));
    assertEquals(ALL, names("no-such-command"));
  }

  @Test
  void anUnknownCommandWithHelpIsAUsageErrorNotTheTopLevelHelp() {
    Run run = unknot("nosuchcmd", "--help");
    assertEquals(2, run.code());
    assertTrue(
        run.firstErrorLine()
            .startsWith("unknot: there is no command \"nosuchcmd\"; the commands are"),
        run.err());
    assertEquals("", run.out());
    assertEquals(0, unknot("--help").code());
  }

  @Test
  void parserJargonIsPutInPlainWords() {
    assertUsageError("unknot: ID: \"abc\" is not a whole number", "knot", "remove", "abc");
    assertUsageError(
        "unknot: --cause: cause must be one of long-sitting, mouse, lifting, sleep, stress,"
            + " posture, other, not ‘gym’",
        knotAdd("--cause", "gym"));
    assertUsageError(
        "unknot: --severity: \"x\" is not a whole number from 1 to 5",
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "left",
        "--severity",
        "x");
  }

  @Test
  void missingAndUnexpectedArgumentsAreNamedWithoutParserJargon() {
    assertUsageError("unknot: missing --area", "knot", "add", "--side", "left", "--severity", "2");
    assertUsageError("unknot: missing ID", "knot", "remove");
    assertUsageError("unknot: unexpected argument \"extra\"", "status", "extra");
    assertTrue(unknot("knot").firstErrorLine().contains("Missing required subcommand"));
  }

  @Test
  void anArabicIndicDigitIsNotASeverity() {
    assertUsageError(
        "unknot: --severity: \"\u0663\" is not a whole number from 1 to 5",
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "left",
        "--severity",
        "\u0663");
    assertUsageError("unknot: ID: \"\u0661\" is not a whole number", "knot", "remove", "\u0661");
  }

  @Test
  void datesOutsideTheDiarysRangeAreUsageErrors() {
    String tomorrow = LocalDate.now().plusDays(1).toString();
    assertUsageError(
        "unknot: --date: \"1900-01-01\" is out of range; give a day from 2000-01-01 to " + tomorrow,
        knotAdd("--date", "1900-01-01"));
    assertUsageError(
        "unknot: --date: \"0000-01-01\" is out of range; give a day from 2000-01-01 to " + tomorrow,
        knotAdd("--date", "0000-01-01"));
    assertUsageError(
        "unknot: --date: \"-0001-01-01\" is not a date; expected YYYY-MM-DD, for example 2026-11-16",
        knotAdd("--date=-0001-01-01"));
    assertUsageError(
        "unknot: --date: \"-0001-01-01\" is not a date; expected YYYY-MM-DD, for example 2026-11-16",
        knotAdd("--date", "-0001-01-01"));
    assertUsageError(
        "unknot: --since: \"+12026-01-01\" is not a date; expected YYYY-MM-DD, for example"
            + " 2026-11-16",
        "log",
        "--since",
        "+12026-01-01");
    assertFalse(Files.exists(home.resolve("data")), "nothing was written");
  }

  @Test
  void aNoteOfAHundredThousandCharactersIsRefused() {
    assertUsageError(
        "unknot: --note is 100,000 characters long; at most 1,000",
        knotAdd("--note", "x".repeat(100_000)));
    Run fits = unknot(knotAdd("--note", "x".repeat(1000)));
    assertEquals(0, fits.code(), fits.err());
  }

  @Test
  void knotAddDoesNotSilentlyTurnAKnotFreeDayIntoAKnotDay() {
    String yesterday = LocalDate.now().minusDays(1).toString();
    assertEquals(0, unknot("knot", "none", "--date", yesterday).code());

    Run refused = unknot(knotAdd("--date", yesterday));
    assertEquals(1, refused.code());
    assertEquals(
        "unknot: "
            + yesterday
            + " is recorded as a knot-free day; add --replace to report a knot for it instead",
        refused.firstErrorLine());
    assertEquals("No knots reported.\n", unknot("knot", "list").out());

    Run replaced = unknot(knotAdd("--date", yesterday, "--replace"));
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(unknot("knot", "list").out().contains(yesterday + "  neck (left)"));
  }

  @Test
  void controlCharactersInANoteArePrintedEscaped() {
    Run added = unknot(knotAdd("--note", "red \u001b[31mtext\u0007 and \u001b]0;title\u0007"));
    assertEquals(0, added.code(), added.err());
    assertFalse(added.out().contains("\u001b"), added.out());
    assertTrue(
        added.out().contains("note: red \\u001b[31mtext\\u0007 and \\u001b]0;title\\u0007"),
        added.out());
    String listed = unknot("knot", "list").out();
    assertFalse(listed.contains("\u001b") || listed.contains("\u0007"), listed);
  }

  @Test
  void configCheckShowsAnEscapeInAConfigValueEscaped() throws Exception {
    Path config = home.resolve("bad.toml");
    // The TOML escape \\u001b puts a real ESC into the value, which the message quotes.
    Files.writeString(config, "[summary]\nday = \"fri\\u001b[2Jday\"\n");
    Run check = unknot("config", "check", config.toString());
    assertEquals(1, check.code());
    assertFalse(check.err().contains("\u001b"), check.err());
    assertTrue(check.err().contains("\\u001b[2J"), check.err());
  }

  /** Issue 17: a custom exercise's image that is missing, and holds too long for the break. */
  @Test
  void configCheckReportsAMissingImageAndHoldsLongerThanTheBreakWithTheirPlaces() throws Exception {
    Path config = home.resolve("custom.toml");
    Files.writeString(
        config,
        """
        [[exercises.custom]]
        id = "long-hold"
        title = "Long hold"
        steps = ["One.", "Two."]
        hold = "Hold 40 seconds"
        targets = ["neck"]
        kind = "micro"
        hold_seconds = 40
        image = "nowhere.svg"
        """);
    Run check = unknot("config", "check", config.toString());
    assertEquals(1, check.code());
    assertTrue(
        check.err().contains(config + ":8:1: the holds of `long-hold` add up to 40s"), check.err());
    assertTrue(
        check.err().contains(config + ":9:1: image " + home.resolve("nowhere.svg") + " does not"),
        check.err());
  }

  @Test
  void readOnlyCommandsAreKnownSoTheLauncherWritesNothingForThem() {
    for (String[] args :
        new String[][] {
          {"status"},
          {"status", "--json"},
          {"log"},
          {"knot", "list"},
          {"config", "show"},
          {"config", "check"},
          {"mouse"},
          {"autostart", "status"},
          {"summary"},
          {"export", "--format", "json"},
          {"--version"},
          {"knot", "add", "--help"}
        }) {
      assertTrue(UnknotCommand.readOnly(args), String.join(" ", args));
    }
    for (String[] args :
        new String[][] {
          {}, {"run"}, {"knot", "add"}, {"mouse", "left"}, {"export", "--out", "x"}, {"quit"}
        }) {
      assertFalse(UnknotCommand.readOnly(args), String.join(" ", args));
    }
  }
}
