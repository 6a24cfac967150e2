package dev.unknot.cli;

import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import dev.unknot.core.i18n.Messages;
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

  /** One report on one line; the ids are the ones the options take, so they stay as they are. */
  static String describe(KnotReport r) {
    String causes =
        r.causes().isEmpty()
            ? ""
            : Messages.get(
                "cli.knot.describe.causes",
                r.causes().stream().sorted().map(Cause::id).collect(Collectors.joining(", ")));
    String note =
        r.note() == null ? "" : Messages.get("cli.knot.describe.note", Printable.escaped(r.note()));
    return Messages.get(
        "cli.knot.describe",
        Dates.shown(r.day()),
        r.area().id(),
        r.side().id(),
        r.severity(),
        KnotReport.MAX_SEVERITY,
        causes,
        note);
  }

  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--area", required = true, converter = IdConverters.Area.class)
    KnotArea area;

    @Option(names = "--side", required = true, converter = IdConverters.SideId.class)
    Side side;

    @Option(names = "--severity", required = true, converter = IdConverters.Severity.class)
    int severity;

    @Option(names = "--cause", converter = IdConverters.CauseId.class)
    List<Cause> causes = List.of();

    @Option(names = "--note")
    String note;

    @Option(names = "--replace")
    boolean replace;

    @Option(names = "--date", converter = Dates.Converter.class, paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Override
    public Integer call() {
      Clock clock = Clock.systemDefaultZone();
      LocalDate day = Dates.notInFuture(spec, date, clock);
      int noteLength = note == null ? 0 : note.codePointCount(0, note.length());
      if (noteLength > LONGEST_NOTE) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            Messages.get("cli.knot.error.note.length", noteLength, LONGEST_NOTE));
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
                          + Messages.get(
                              "cli.knot.error.knot.free", Dates.shown(day), "--replace"));
              return 1;
            }
            KnotReport saved = diary.add(report);
            spec.commandLine()
                .getOut()
                .println(
                    Messages.get("cli.knot.saved", String.valueOf(saved.id()), describe(saved)));
            RunningDaemon.tell(knot.parent.paths, "diary-changed");
            return 0;
          });
    }
  }

  @Command(name = "none", mixinStandardHelpOptions = true)
  static final class None implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", converter = Dates.Converter.class, paramLabel = "YYYY-MM-DD")
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
            spec.commandLine()
                .getOut()
                .println(Messages.get("cli.knot.recorded.knot.free", Dates.shown(day)));
            RunningDaemon.tell(knot.parent.paths, "diary-changed");
            return 0;
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListReports implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", converter = Dates.Converter.class, paramLabel = "YYYY-MM-DD")
    LocalDate since;

    @Option(names = "--json")
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
        out.println(
            since == null
                ? Messages.get("cli.knot.list.none")
                : Messages.get("cli.knot.list.none.since", Dates.shown(since)));
      } else {
        reports.forEach(r -> out.printf("%4d  %s%n", r.id(), describe(r)));
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true)
  static final class Remove implements Callable<Integer> {
    @ParentCommand KnotCommand knot;
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "ID",
        converter = IdConverters.ReportId.class,
        descriptionKey = "unknot.knot.remove.id")
    long id;

    @Override
    public Integer call() {
      return Diary.with(
          knot.parent.paths,
          spec,
          db -> {
            if (new SqliteKnotDiary(db).remove(id)) {
              spec.commandLine()
                  .getOut()
                  .println(Messages.get("cli.knot.removed", String.valueOf(id)));
              return 0;
            }
            spec.commandLine()
                .getErr()
                .println("unknot: " + Messages.get("cli.knot.error.no.such", String.valueOf(id)));
            return 1;
          });
    }
  }
}
