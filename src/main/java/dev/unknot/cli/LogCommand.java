package dev.unknot.cli;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.i18n.Messages;
import dev.unknot.store.SqliteBreakLog;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "log", mixinStandardHelpOptions = true)
final class LogCommand implements Callable<Integer> {

  private static final DateTimeFormatter TABLE_TIME =
      // not translated: a pattern; ISO times line up and sort in a table
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--since", paramLabel = "DATE", converter = Dates.Converter.class)
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", converter = Dates.Converter.class)
  LocalDate until;

  @Option(names = "--type", paramLabel = "TYPE", converter = IdConverters.Type.class)
  BreakType type;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ZoneId zone = ZoneId.systemDefault();
    if (since != null && until != null && until.isBefore(since)) {
      err.println(
          "unknot: "
              + Messages.get(
                  "cli.log.error.until.before.since", until.toString(), since.toString()));
      return CommandLine.ExitCode.USAGE;
    }
    Instant from = since == null ? null : since.atStartOfDay(zone).toInstant();
    Instant to = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
    return Diary.read(
        parent.paths,
        spec,
        db -> show(out, new SqliteBreakLog(db).breaks(from, to, type), zone),
        () -> show(out, List.of(), zone));
  }

  private int show(PrintWriter out, List<BreakRecord> breaks, ZoneId zone) {
    if (json) {
      breaks.forEach(b -> out.println(Json.breakRecord(b)));
    } else {
      table(out, breaks, zone);
    }
    return 0;
  }

  private static void table(PrintWriter out, List<BreakRecord> breaks, ZoneId zone) {
    if (breaks.isEmpty()) {
      out.println(Messages.get("cli.log.none"));
      return;
    }
    String format = "%-19s  %-5s  %-10s  %-24s  %8s%n";
    out.printf(
        format,
        Messages.get("cli.log.column.started"),
        Messages.get("cli.log.column.type"),
        Messages.get("cli.log.column.outcome"),
        Messages.get("cli.log.column.exercise"),
        Messages.get("cli.log.column.length"));
    for (BreakRecord b : breaks) {
      long seconds = Duration.between(b.startedAt(), b.endedAt()).toSeconds();
      out.printf(
          format,
          TABLE_TIME.format(b.startedAt().atZoneSameInstant(zone)),
          b.type().id(),
          b.outcome().id(),
          b.exerciseId() == null ? "-" : b.exerciseId(),
          String.format("%d:%02d", seconds / 60, seconds % 60));
    }
  }
}
