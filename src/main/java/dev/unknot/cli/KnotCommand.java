package dev.unknot.cli;

import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import dev.unknot.store.SqliteKnotDiary;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "knot",
    mixinStandardHelpOptions = true,
    description = "Report knots and knot-free days, and review them.",
    subcommands = {
      KnotCommand.Add.class,
      KnotCommand.None.class,
      KnotCommand.ListReports.class,
      KnotCommand.Remove.class
    })
final class KnotCommand {

  /** A note is a reminder, not a document; a longer one is most likely a pasting mistake. */
  static final int LONGEST_NOTE = 1000;

  @ParentCommand UnknotCommand parent;

  static String describe(KnotReport r) {
    String causes =
        r.causes().isEmpty()
            ? ""
            : ", suspected: "
                + r.causes().stream().sorted().map(Cause::id).collect(Collectors.joining(", "));
    return r.day()
        + "  "
        + r.area().id()
        + " ("
        + r.side().id()
        + "), severity "
        + r.severity()
        + "/5"
        + causes
        + (r.note() == null ? "" : ", note: " + Printable.escaped(r.note()));
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Report a knot.")
  static final class Add implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--area",
        required = true,
        converter = IdConverters.Area.class,
        description =
            "neck, upper-trap, between-shoulder-blades, shoulder, upper-back, chest,"
                + " lower-back, arm or other.")
    KnotArea area;

    @Option(
        names = "--side",
        required = true,
        converter = IdConverters.SideId.class,
        description = "left, right, both or centre.")
    Side side;

    @Option(
        names = "--severity",
        required = true,
        converter = IdConverters.Severity.class,
        description = "1 (barely noticeable) to 5.")
    int severity;

    @Option(
        names = "--cause",
        converter = IdConverters.CauseId.class,
        description =
            "Suspected cause, repeatable: long-sitting, mouse, lifting, sleep, stress,"
                + " posture or other.")
    List<Cause> causes = List.of();

    @Option(
        names = "--note",
        description = "Anything worth remembering about it, up to " + LONGEST_NOTE + " characters.")
    String note;

    @Option(
        names = "--replace",
        description = "Report a knot for a day recorded as knot-free, which it then is not.")
    boolean replace;

    @Option(
        names = "--date",
        converter = Dates.Converter.class,
        paramLabel = "YYYY-MM-DD",
        description = "The day of the knot, from 2000-01-01 to today; today if left out.")
    LocalDate date;

    @Override
    public Integer call() {
      Clock clock = Clock.systemDefaultZone();
      LocalDate day = Dates.notInFuture(spec, date, clock);
      int noteLength = note == null ? 0 : note.codePointCount(0, note.length());
      if (noteLength > LONGEST_NOTE) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--note is " + noteLength + " characters long; at most " + LONGEST_NOTE);
      }
      Set<Cause> causeSet = causes.isEmpty() ? Set.of() : EnumSet.copyOf(causes);
      KnotReport report =
          new KnotReport(0, day, area, side, severity, causeSet, note, OffsetDateTime.now(clock));
      return Diary.with(
          knot.parent.paths,
          spec,
          db -> {
            SqliteKnotDiary diary = new SqliteKnotDiary(db);
            boolean knotFree = diary.checkIn(day).filter(c -> !c.hadKnot()).isPresent();
            if (knotFree && !replace) {
              // A knot-free day is a finding too; it is not overwritten without a word.
              spec.commandLine()
                  .getErr()
                  .println(
                      "unknot: "
                          + day
                          + " is recorded as a knot-free day; add --replace to report a knot for"
                          + " it instead");
              return 1;
            }
            KnotReport saved = diary.add(report);
            spec.commandLine()
                .getOut()
                .println("Saved knot report " + saved.id() + ": " + describe(saved));
            RunningDaemon.tell(knot.parent.paths, "diary-changed");
            return 0;
          });
    }
  }

  @Command(name = "none", mixinStandardHelpOptions = true, description = "Record a knot-free day.")
  static final class None implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--date",
        converter = Dates.Converter.class,
        paramLabel = "YYYY-MM-DD",
        description = "The knot-free day; today if left out.")
    LocalDate date;

    @Override
    public Integer call() {
      Clock clock = Clock.systemDefaultZone();
      LocalDate day = Dates.notInFuture(spec, date, clock);
      return Diary.with(
          knot.parent.paths,
          spec,
          db -> {
            new SqliteKnotDiary(db)
                .recordKnotFree(new CheckIn(day, false, OffsetDateTime.now(clock)));
            spec.commandLine().getOut().println("Recorded " + day + " as a knot-free day.");
            RunningDaemon.tell(knot.parent.paths, "diary-changed");
            return 0;
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List reported knots.")
  static final class ListReports implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--since",
        converter = Dates.Converter.class,
        paramLabel = "YYYY-MM-DD",
        description = "Only knots on or after this day.")
    LocalDate since;

    @Option(names = "--json", description = "One JSON object per report and line.")
    boolean json;

    @Override
    public Integer call() {
      return Diary.read(
          knot.parent.paths,
          spec,
          db -> show(new SqliteKnotDiary(db).reports(since)),
          () -> show(List.of()));
    }

    private int show(List<KnotReport> reports) {
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        reports.forEach(r -> out.println(Json.knotReport(r)));
      } else if (reports.isEmpty()) {
        out.println("No knots reported" + (since == null ? "." : " since " + since + "."));
      } else {
        reports.forEach(r -> out.printf("%4d  %s%n", r.id(), describe(r)));
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a knot report.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "ID",
        converter = IdConverters.ReportId.class,
        description = "The id `unknot knot list` shows.")
    long id;

    @Override
    public Integer call() {
      return Diary.with(
          knot.parent.paths,
          spec,
          db -> {
            if (new SqliteKnotDiary(db).remove(id)) {
              spec.commandLine().getOut().println("Removed knot report " + id + ".");
              return 0;
            }
            spec.commandLine().getErr().println("unknot: there is no knot report with id " + id);
            return 1;
          });
    }
  }
}
