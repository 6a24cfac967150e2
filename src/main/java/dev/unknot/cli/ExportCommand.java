package dev.unknot.cli;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotReport;
import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.OwnerOnlyFiles;
import dev.unknot.store.DailyActivity;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteActivityLog;
import dev.unknot.store.SqliteBreakLog;
import dev.unknot.store.SqliteExerciseLog;
import dev.unknot.store.SqliteKnotDiary;
import dev.unknot.store.SqliteMouseHandLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `unknot export`: everything in the diary. JSON is one document with four arrays; CSV is a folder
 * with one file per table, each with a header row.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  enum Format {
    csv,
    json
  }

  static final String[] BREAK_COLUMNS = {"type", "outcome", "exercise", "started_at", "ended_at"};
  static final String[] KNOT_COLUMNS = {
    "id", "day", "area", "side", "severity", "causes", "note", "created_at"
  };
  static final String[] CHECKIN_COLUMNS = {"day", "had_knot", "recorded_at"};
  static final String[] ACTIVITY_COLUMNS = {
    "day", "active_seconds", "keyboard_events", "mouse_events"
  };

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", required = true)
  Format format;

  @Option(names = "--out", paramLabel = "FILE")
  Path out;

  @Option(names = "--since", converter = Dates.Converter.class, paramLabel = "YYYY-MM-DD")
  LocalDate since;

  @Override
  public Integer call() {
    Path parentFolder = out == null ? null : out.toAbsolutePath().getParent();
    if (parentFolder != null && !Files.isDirectory(parentFolder)) {
      // The user's folders are theirs to make: a typo in the path must not become a new folder.
      throw new CommandLine.ParameterException(
          spec.commandLine(), Messages.get("cli.export.no.folder", out, parentFolder));
    }
    return Diary.read(
        parent.paths,
        spec,
        db -> write(read(db)),
        () -> write(new Export(List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
  }

  private int write(Export data) {
    try {
      if (format == Format.json) {
        writeJson(data);
      } else {
        writeCsv(data);
      }
    } catch (IOException | UncheckedIOException e) {
      spec.commandLine()
          .getErr()
          .println("unknot: " + Messages.get("cli.export.cannot.write", e.getMessage()));
      return 1;
    }
    return 0;
  }

  private record Export(
      List<BreakRecord> breaks,
      List<KnotReport> knots,
      List<CheckIn> checkIns,
      List<DailyActivity> activity,
      List<SqliteExerciseLog.Done> exercises,
      List<SqliteMouseHandLog.Change> hands) {}

  private Export read(Database db) {
    var from = since == null ? null : since.atStartOfDay(ZoneId.systemDefault()).toInstant();
    SqliteKnotDiary diary = new SqliteKnotDiary(db);
    return new Export(
        new SqliteBreakLog(db).breaks(from, null, null),
        diary.reports(since),
        diary.checkIns(since),
        new SqliteActivityLog(db).daily(since),
        new SqliteExerciseLog(db).since(from),
        new SqliteMouseHandLog(db).since(from));
  }

  private void writeJson(Export data) throws IOException {
    String json =
        Json.object()
            .putRaw("breaks", array(data.breaks.stream().map(Json::breakRecord).toList()))
            .putRaw("knot_reports", array(data.knots.stream().map(Json::knotReport).toList()))
            .putRaw("checkins", array(data.checkIns.stream().map(Json::checkIn).toList()))
            .putRaw(
                "daily_activity",
                array(
                    data.activity.stream()
                        .map(
                            a ->
                                Json.object()
                                    .put("day", a.day().toString())
                                    .put("active_seconds", a.activeSeconds())
                                    .put("keyboard_events", a.keyboardEvents())
                                    .put("mouse_events", a.mouseEvents())
                                    .toString())
                        .toList()))
            .putRaw(
                "exercises_done",
                array(
                    data.exercises.stream()
                        .map(
                            e ->
                                Json.object()
                                    .put("exercise", e.exercise())
                                    .put("done_at", e.at().toString())
                                    .toString())
                        .toList()))
            .putRaw(
                "mouse_hand",
                array(
                    data.hands.stream()
                        .map(
                            h ->
                                Json.object()
                                    .put("hand", h.hand())
                                    .put("from", h.at().toString())
                                    .toString())
                        .toList()))
            .toString();
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(json);
    } else {
      OwnerOnlyFiles.chosenFile(out);
      Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
      spec.commandLine().getOut().println(Messages.get("cli.export.done", out));
    }
  }

  private static String array(List<String> items) {
    StringJoiner array = new StringJoiner(",\n  ", "[\n  ", "\n]");
    array.setEmptyValue("[]");
    items.forEach(array::add);
    return array.toString();
  }

  private void writeCsv(Export data) throws IOException {
    Path dir = out != null ? out : Path.of("unknot-export-" + LocalDate.now());
    OwnerOnlyFiles.chosenDirectory(dir);
    csv(
        dir.resolve("breaks.csv"),
        BREAK_COLUMNS,
        data.breaks.stream()
            .map(
                b ->
                    List.<Object>of(
                        b.type().id(),
                        b.outcome().id(),
                        b.exerciseId() == null ? "" : b.exerciseId(),
                        b.startedAt(),
                        b.endedAt()))
            .toList());
    csv(
        dir.resolve("knot_reports.csv"),
        KNOT_COLUMNS,
        data.knots.stream()
            .map(
                r ->
                    List.<Object>of(
                        r.id(),
                        r.day(),
                        r.area().id(),
                        r.side().id(),
                        r.severity(),
                        r.causes().stream()
                            .sorted()
                            .map(Cause::id)
                            .collect(Collectors.joining(";")),
                        r.note() == null ? "" : r.note(),
                        r.createdAt()))
            .toList());
    csv(
        dir.resolve("checkins.csv"),
        CHECKIN_COLUMNS,
        data.checkIns.stream()
            .map(c -> List.<Object>of(c.day(), c.hadKnot(), c.recordedAt()))
            .toList());
    csv(
        dir.resolve("daily_activity.csv"),
        ACTIVITY_COLUMNS,
        data.activity.stream()
            .map(
                a ->
                    List.<Object>of(
                        a.day(), a.activeSeconds(), a.keyboardEvents(), a.mouseEvents()))
            .toList());
    csv(
        dir.resolve("exercises_done.csv"),
        new String[] {"exercise", "done_at"},
        data.exercises.stream().map(e -> List.<Object>of(e.exercise(), e.at())).toList());
    csv(
        dir.resolve("mouse_hand.csv"),
        new String[] {"hand", "from"},
        data.hands.stream().map(h -> List.<Object>of(h.hand(), h.at())).toList());
    spec.commandLine().getOut().println(Messages.get("cli.export.done", dir));
  }

  /**
   * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
   * first) gets a leading ', as OWASP advises for CSV injection; the README says so.
   */
  static Object notAFormula(Object cell) {
    if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return cell;
  }

  private static void csv(Path file, String[] header, List<List<Object>> rows) throws IOException {
    OwnerOnlyFiles.chosenFile(file);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).build())) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(ExportCommand::notAFormula).toList());
      }
    }
  }
}
