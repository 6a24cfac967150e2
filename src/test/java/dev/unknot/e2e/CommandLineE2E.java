package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.core.ActivityMinute;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import dev.unknot.store.Database;
import dev.unknot.store.SixWeekDiary;
import dev.unknot.store.SqliteActivityLog;
import dev.unknot.store.SqliteBreakLog;
import dev.unknot.store.SqliteExerciseLog;
import dev.unknot.store.SqliteMouseHandLog;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command as a real process against a real diary file; no display needed. */
class CommandLineE2E {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final UnknotProcess unknot;
  private final LocalDate today = LocalDate.now(ZoneId.systemDefault());

  CommandLineE2E(@TempDir Path home) {
    this.unknot = new UnknotProcess(home, Map.of("DISPLAY", ""));
  }

  @Test
  void knotAddSavesAndListShowsIt() throws Exception {
    Desktop.Result added =
        ok(
            "knot",
            "add",
            "--area",
            "between-shoulder-blades",
            "--side",
            "right",
            "--severity",
            "3",
            "--cause",
            "mouse",
            "--cause",
            "lifting",
            "--note",
            "after rows, \"heavy\"");
    assertEquals(
        "Saved knot report 1: "
            + today
            + "  between-shoulder-blades (right), severity 3/5, suspected: mouse, lifting,"
            + " note: after rows, \"heavy\"\n",
        added.out());

    JsonNode listed = JSON.readTree(ok("knot", "list", "--json").out());
    assertEquals(1, listed.get("id").asLong());
    assertEquals("between-shoulder-blades", listed.get("area").asText());
    assertEquals("[\"mouse\",\"lifting\"]", listed.get("causes").toString());
    assertEquals("after rows, \"heavy\"", listed.get("note").asText());
    assertTrue(ok("knot", "list").out().contains("   1  " + today + "  between-shoulder-blades"));
  }

  @Test
  void badKnotInputNamesTheValueAndWhatIsAllowed() {
    assertUsageError(
        "severity must be 1–5, not 7",
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "left",
        "--severity",
        "7");
    assertUsageError(
        "area must be one of neck, upper-trap, between-shoulder-blades, shoulder, upper-back,"
            + " chest, lower-back, arm, other, not ‘elbow’",
        "knot",
        "add",
        "--area",
        "elbow",
        "--side",
        "left",
        "--severity",
        "2");
    assertUsageError(
        "side must be one of left, right, both, centre, not ‘up’",
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "up",
        "--severity",
        "2");
    assertUsageError(
        "\"2026-13-40\" is not a date; expected YYYY-MM-DD",
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "left",
        "--severity",
        "2",
        "--date",
        "2026-13-40");
    assertUsageError(
        "--date " + today.plusDays(1) + " is in the future",
        "knot",
        "none",
        "--date",
        today.plusDays(1).toString());
    assertUsageError("unknot: missing --area", "knot", "add", "--side", "left", "--severity", "2");
    assertUsageError(
        "cause must be one of long-sitting, mouse, lifting, sleep, stress, posture, other, not ‘gym’",
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "left",
        "--severity",
        "2",
        "--cause",
        "gym");
    assertEquals("No knots reported.\n", ok("knot", "list").out(), "nothing was saved");
  }

  @Test
  void knotFreeDaysAndRemoval() {
    assertEquals(
        "Recorded " + today.minusDays(1) + " as a knot-free day.\n",
        ok("knot", "none", "--date", today.minusDays(1).toString()).out());
    ok("knot", "add", "--area", "neck", "--side", "left", "--severity", "2");
    Desktop.Result conflict = unknot.cli("knot", "none");
    assertEquals(1, conflict.exitCode());
    assertTrue(
        conflict.err().startsWith("unknot: a knot is reported for " + today), conflict.err());

    assertEquals("Removed knot report 1.\n", ok("knot", "remove", "1").out());
    Desktop.Result missing = unknot.cli("knot", "remove", "1");
    assertEquals(1, missing.exitCode());
    assertEquals("unknot: there is no knot report with id 1\n", missing.err());
  }

  @Test
  void logFiltersByTypeAndDate() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneId.systemDefault()).withNano(0);
    try (Database db = Database.open(unknot.database())) {
      SqliteBreakLog log = new SqliteBreakLog(db);
      log.record(
          new BreakRecord(
              BreakType.MICRO,
              Outcome.TAKEN,
              "chin-tuck",
              now.minusDays(3),
              now.minusDays(3).plusSeconds(30)));
      log.record(
          new BreakRecord(
              BreakType.REST,
              Outcome.SKIPPED,
              "walk-and-stretch",
              now.minusMinutes(10),
              now.minusMinutes(9)));
    }
    assertEquals(2, ok("log", "--json").out().lines().count());
    List<String> rest = ok("log", "--json", "--type", "rest").out().lines().toList();
    assertEquals(1, rest.size());
    assertTrue(rest.get(0).contains("\"outcome\":\"skipped\""), rest.get(0));
    assertEquals(1, ok("log", "--json", "--since", today.toString()).out().lines().count());
    String table = ok("log").out();
    assertTrue(table.startsWith("STARTED"), table);
    assertTrue(table.contains("chin-tuck"), table);
    assertUsageError(
        "--until (" + today.minusDays(1) + ") is before --since (" + today + ")",
        "log",
        "--since",
        today.toString(),
        "--until",
        today.minusDays(1).toString());
  }

  @Test
  void exportRoundTripsInJsonAndCsv() throws Exception {
    OffsetDateTime start = OffsetDateTime.now(ZoneId.systemDefault()).minusHours(2).withNano(0);
    BreakRecord natural =
        new BreakRecord(BreakType.REST, Outcome.NATURAL, null, start, start.plusMinutes(6));
    long minute = start.toEpochSecond() / 60;
    int offset = start.getOffset().getTotalSeconds();
    try (Database db = Database.open(unknot.database())) {
      new SqliteBreakLog(db).record(natural);
      new SqliteActivityLog(db)
          .record(
              List.of(
                  new ActivityMinute(minute, 60, 40, 100, offset),
                  new ActivityMinute(minute + 1, 20, 5, 7, offset)));
      new SqliteExerciseLog(db).record("ball-massage-chest", start.plusMinutes(30));
      new SqliteMouseHandLog(db).record("left", start.plusMinutes(40));
    }
    ok(
        "knot",
        "add",
        "--area",
        "chest",
        "--side",
        "both",
        "--severity",
        "4",
        "--note",
        "line one\nline, two");
    ok("knot", "none", "--date", today.minusDays(2).toString());
    String activityDay = start.toLocalDate().toString();

    JsonNode json = JSON.readTree(ok("export", "--format", "json").out());
    assertEquals(1, json.get("breaks").size());
    assertEquals("natural", json.get("breaks").get(0).get("outcome").asText());
    assertTrue(json.get("breaks").get(0).get("exercise").isNull());
    assertEquals(
        natural.startedAt(),
        OffsetDateTime.parse(json.get("breaks").get(0).get("started_at").asText()));
    assertEquals("line one\nline, two", json.get("knot_reports").get(0).get("note").asText());
    assertEquals(2, json.get("checkins").size());
    JsonNode day = json.get("daily_activity").get(0);
    assertEquals(activityDay, day.get("day").asText());
    assertEquals(80, day.get("active_seconds").asLong());
    assertEquals(45, day.get("keyboard_events").asLong());
    assertEquals(107, day.get("mouse_events").asLong());
    JsonNode massage = json.get("exercises_done").get(0);
    assertEquals("ball-massage-chest", massage.get("exercise").asText());
    assertEquals(start.plusMinutes(30), OffsetDateTime.parse(massage.get("done_at").asText()));
    assertEquals("left", json.get("mouse_hand").get(0).get("hand").asText());

    Path dir = unknot.home().resolve("export");
    assertEquals(
        "Exported to " + dir + "\n",
        ok("export", "--format", "csv", "--out", dir.toString()).out());
    List<CSVRecord> breaks = csv(dir.resolve("breaks.csv"));
    assertEquals(natural.startedAt(), OffsetDateTime.parse(breaks.get(0).get("started_at")));
    assertEquals(natural.endedAt(), OffsetDateTime.parse(breaks.get(0).get("ended_at")));
    assertEquals("natural", breaks.get(0).get("outcome"));
    List<CSVRecord> knots = csv(dir.resolve("knot_reports.csv"));
    assertEquals("line one\nline, two", knots.get(0).get("note"));
    assertEquals("chest", knots.get(0).get("area"));
    assertEquals("4", knots.get(0).get("severity"));
    List<CSVRecord> checkins = csv(dir.resolve("checkins.csv"));
    assertEquals(
        List.of(today.minusDays(2).toString(), today.toString()),
        checkins.stream().map(r -> r.get("day")).toList());
    assertEquals(List.of("false", "true"), checkins.stream().map(r -> r.get("had_knot")).toList());
    CSVRecord activity = csv(dir.resolve("daily_activity.csv")).get(0);
    assertEquals(List.of(activityDay, "80", "45", "107"), activity.toList());
    CSVRecord done = csv(dir.resolve("exercises_done.csv")).get(0);
    assertEquals(List.of("ball-massage-chest", start.plusMinutes(30).toString()), done.toList());
  }

  @Test
  void summaryPrintsAnyWeekAsTextOrJsonAndWritesHtmlAndPngWithoutADisplay() throws Exception {
    try (Database db = Database.open(unknot.database())) {
      SixWeekDiary.write(db);
    }

    String text = ok("summary", "--week", "2026-W47").out();
    assertTrue(text.startsWith("Your week 2026-W47: Mon 16 Nov – Sun 22 Nov 2026\n"), text);
    text.lines().forEach(line -> assertTrue(line.length() <= 80, "too wide: " + line));

    Path png = unknot.home().resolve("w47.png");
    Path html = unknot.home().resolve("w47.html");
    JsonNode json =
        JSON.readTree(
            ok(
                    "summary",
                    "--week",
                    "2026-W47",
                    "--json",
                    "--png",
                    png.toString(),
                    "--html",
                    html.toString())
                .out());
    assertEquals(52200, json.get("active_seconds").asLong());
    assertEquals(0.75, json.get("breaks").get("adherence").asDouble());
    assertEquals(4, json.get("comparison").get("knot_days").asInt());
    assertEquals("shorter-micro-interval", json.get("suggestions").get(0).get("id").asText());
    byte[] image = Files.readAllBytes(png);
    assertEquals("\u0089PNG", new String(image, 0, 4, StandardCharsets.ISO_8859_1));
    assertTrue(Files.readString(html).contains("<img src=\"data:image/png;base64,"));
    for (Path written : List.of(png, html)) {
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(written)));
    }

    JsonNode empty = JSON.readTree(ok("summary", "--week", "2025-W30", "--json").out());
    assertFalse(empty.get("has_data").asBoolean());
    assertFalse(empty.get("comparison").get("enough").asBoolean());
    assertUsageError("2025 has ISO weeks 1 to 52, not week 53", "summary", "--week", "2025-W53");
    assertUsageError("‘47’ is not an ISO week; write it like 2026-W47", "summary", "--week", "47");
    Desktop.Result unwritable = unknot.cli("summary", "--png", png.resolve("x.png").toString());
    assertEquals(1, unwritable.exitCode());
    assertTrue(unwritable.err().startsWith("unknot: cannot write the report: "), unwritable.err());
    assertEquals(1, unwritable.err().lines().count(), unwritable.err());
  }

  @Test
  void autostartIsTurnedOnAndOffForThisUserOnly() throws Exception {
    Path etc = unknot.home().resolve("etc-xdg");
    Files.createDirectories(etc.resolve("autostart"));
    Files.writeString(
        etc.resolve("autostart/unknot.desktop"), "[Desktop Entry]\nExec=/opt/unknot/bin/Unknot\n");
    Map<String, String> env = Map.of("XDG_CONFIG_DIRS", etc.toString());
    Path entry = unknot.home().resolve("config/autostart/unknot.desktop");

    Desktop.Result status = unknot.cli(env, "autostart", "status");
    assertEquals(0, status.exitCode(), status.err());
    assertTrue(status.out().startsWith("enabled\n  desktop autostart: by " + etc), status.out());

    Desktop.Result off = unknot.cli(env, "autostart", "disable");
    assertEquals(0, off.exitCode(), off.err());
    assertEquals("Unknot no longer starts at login (turned off by " + entry + ").\n", off.out());
    assertTrue(unknot.cli(env, "autostart", "status").out().startsWith("disabled\n"));

    Desktop.Result on = unknot.cli(env, "autostart", "enable");
    assertEquals(0, on.exitCode(), on.err());
    assertTrue(
        Files.readString(entry).contains(" -jar " + UnknotProcess.JAR.toAbsolutePath()),
        Files.readString(entry));
    assertTrue(unknot.cli(env, "autostart", "status").out().startsWith("enabled\n"));
  }

  @Test
  void theMouseHandIsSetFromTheCommandLineAndKept() throws Exception {
    assertEquals(
        "No mouse hand set yet; `unknot mouse left` or `right` sets it.\n",
        unknot.cli("mouse").out());
    assertEquals("Mouse hand: left, from now on.\n", unknot.cli("mouse", "LEFT").out());
    assertEquals("Mouse hand: left\n", unknot.cli("mouse").out());
    Desktop.Result bad = unknot.cli("mouse", "middle");
    assertEquals(2, bad.exitCode());
    assertTrue(
        bad.err().startsWith("unknot: the hand must be left or right, not \"middle\""), bad.err());
  }

  @Test
  void everyCommandHasHelpAndShellCompletionCanBeGenerated() {
    for (String command :
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
            "autostart",
            "mouse")) {
      Desktop.Result help = ok(command, "--help");
      assertTrue(help.out().startsWith("Usage: unknot " + command), help.out());
    }
    assertTrue(ok("knot", "add", "--help").out().contains("--severity"));
    assertUsageError("Missing required subcommand", "knot");
    assertUsageError("Missing required subcommand", "config");
    String completion = ok("generate-completion").out();
    assertTrue(completion.contains("complete -F"), completion.substring(0, 200));
    assertTrue(completion.contains("break-now"));
  }

  @Test
  void readOnlyCommandsLeaveAFreshHomeEmpty() throws Exception {
    for (String[] command :
        new String[][] {
          {"status"},
          {"status", "--json"},
          {"log"},
          {"log", "--json"},
          {"knot", "list"},
          {"knot", "list", "--json"},
          {"mouse"},
          {"config", "show"},
          {"config", "check"},
          {"config", "path"},
          {"export", "--format", "json"},
          {"summary"},
          {"summary", "--json"},
          {"autostart", "status"},
          {"--version"},
          {"status", "--help"}
        }) {
      Desktop.Result result = unknot.cli(command);
      assertTrue(
          result.exitCode() == 0 || command[0].equals("autostart"),
          String.join(" ", command) + ": " + result.err());
      try (var files = Files.walk(unknot.home())) {
        assertEquals(
            List.of(unknot.home()),
            files.toList(),
            "`unknot " + String.join(" ", command) + "` wrote into a fresh HOME");
      }
    }
    assertTrue(unknot.cli("status").out().startsWith("Unknot is not running.\nToday: 0 taken"));
    assertEquals("No breaks logged yet.\n", unknot.cli("log").out());
  }

  @Test
  void anUnknownCommandWithHelpIsAUsageError() {
    assertUsageError("unknot: there is no command \"nosuchcmd\"", "nosuchcmd", "--help");
  }

  @Test
  void outOfRangePausesSayTheAllowedRange() {
    assertUsageError("pause: \"10000h\" is out of range; give from 1m to 24h", "pause", "10000h");
    assertUsageError("pause: \"0s\" is out of range; give from 1m to 24h", "pause", "0s");
    assertUsageError("pause: \"soon\" is not a duration", "pause", "soon");
  }

  @Test
  void quitWithNoDaemonSaysSoAndExitsZero() {
    assertEquals("Unknot is not running; nothing to stop.\n", ok("quit").out());
  }

  @Test
  void csvCellsThatSpreadsheetsWouldRunAsFormulasGetALeadingQuote() throws Exception {
    ok(
        "knot",
        "add",
        "--area",
        "neck",
        "--side",
        "left",
        "--severity",
        "2",
        "--note",
        "=HYPERLINK(\"http://x\")");
    Path dir = unknot.home().resolve("export");
    ok("export", "--format", "csv", "--out", dir.toString());
    assertEquals(
        "'=HYPERLINK(\"http://x\")", csv(dir.resolve("knot_reports.csv")).get(0).get("note"));
    // JSON is data, not a spreadsheet: kept as written.
    assertEquals(
        "=HYPERLINK(\"http://x\")",
        JSON.readTree(ok("export", "--format", "json").out())
            .get("knot_reports")
            .get(0)
            .get("note")
            .asText());
  }

  @Test
  void exportToAMissingFolderIsRefusedNotCreated() {
    Path missing = unknot.home().resolve("no-such-folder");
    assertUsageError(
        "--out " + missing.resolve("x.json") + ": the folder " + missing + " does not exist",
        "export",
        "--format",
        "json",
        "--out",
        missing.resolve("x.json").toString());
    assertFalse(Files.exists(missing));
  }

  private static List<CSVRecord> csv(Path file) throws Exception {
    try (Reader reader = Files.newBufferedReader(file)) {
      return new ArrayList<>(
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(reader)
              .getRecords());
    }
  }

  private Desktop.Result ok(String... args) {
    Desktop.Result result = unknot.cli(args);
    assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
    return result;
  }

  private void assertUsageError(String expected, String... args) {
    Desktop.Result result = unknot.cli(args);
    assertEquals(2, result.exitCode(), String.join(" ", args));
    String firstLine = result.err().lines().findFirst().orElse("");
    assertTrue(firstLine.contains(expected), "expected «" + expected + "» in «" + firstLine + "»");
    assertEquals("", result.out());
  }
}
