package dev.unknot.cli;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.CheckIn;
import dev.unknot.core.Outcome;
import dev.unknot.core.i18n.Messages;
import dev.unknot.ipc.ControlClient;
import dev.unknot.store.SqliteBreakLog;
import dev.unknot.store.SqliteKnotDiary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot status`: the daemon's state if it runs, and today's diary either way. */
@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json")
  boolean json;

  @Override
  public Integer call() {
    Optional<ControlClient.Answer> daemon = RunningDaemon.ask(parent.paths, "status");
    Map<String, String> values =
        daemon.filter(ControlClient.Answer::ok).map(ControlClient.Answer::values).orElse(null);
    if (values != null && values.containsKey("today." + Outcome.TAKEN.id())) {
      // The daemon counts today in memory: no wait on a diary another process may hold locked.
      Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        counts.put(o, Long.parseLong(values.getOrDefault("today." + o.id(), "0")));
      }
      return show(values, counts, emptyToNull(values.get("checkin")));
    }
    ZoneId zone = ZoneId.systemDefault();
    LocalDate today = LocalDate.now(zone);
    return Diary.read(
        parent.paths,
        spec,
        db -> {
          List<BreakRecord> breaks =
              new SqliteBreakLog(db).breaks(today.atStartOfDay(zone).toInstant(), null, null);
          Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
          for (Outcome o : Outcome.values()) {
            counts.put(o, breaks.stream().filter(b -> b.outcome() == o).count());
          }
          return show(values, counts, checkInWord(new SqliteKnotDiary(db).checkIn(today)));
        },
        () -> {
          Map<Outcome, Long> none = new EnumMap<>(Outcome.class);
          for (Outcome o : Outcome.values()) {
            none.put(o, 0L);
          }
          return show(values, none, null);
        });
  }

  /**
   * @param checkIn "knot", "no-knot", or null when today has no check-in yet
   */
  private int show(Map<String, String> values, Map<Outcome, Long> counts, String checkIn) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(values, counts, checkIn));
    } else {
      text(out, values, counts, checkIn);
    }
    return 0;
  }

  private static String checkInWord(Optional<CheckIn> checkIn) {
    return checkIn.map(c -> c.hadKnot() ? "knot" : "no-knot").orElse(null);
  }

  private static String json(
      Map<String, String> daemon, Map<Outcome, Long> counts, String checkIn) {
    Json status = Json.object().put("running", daemon != null);
    if (daemon != null) {
      status
          .put("pid", Long.parseLong(daemon.get("pid")))
          .put("paused", !daemon.get("paused_until").isEmpty())
          .put("paused_until", emptyToNull(daemon.get("paused_until")))
          .put("break_on_screen", emptyToNull(daemon.get("break_on_screen")))
          .put("held", emptyToNull(daemon.getOrDefault("held", "")))
          .put("screen_locked", Boolean.parseBoolean(daemon.get("screen_locked")))
          .put("summary", daemon.get("summary"));
      String upcoming = daemon.getOrDefault("upcoming", "");
      // The break the heads-up announced, or one due and waiting for the user's pause.
      status.putRaw(
          "upcoming",
          upcoming.isEmpty()
              ? "null"
              : Json.object()
                  .put("type", upcoming)
                  .put("exercise", daemon.get("upcoming_exercise"))
                  .put("stage", daemon.get("upcoming_stage"))
                  .toString());
      String gnome = daemon.getOrDefault("gnome_break_reminders", "");
      status.putRaw("gnome_break_reminders", gnomeReminders(gnome));
      String meeting = daemon.getOrDefault("meeting", "");
      status.putRaw(
          "meeting",
          meeting.isEmpty()
              ? "null"
              : Json.object()
                  .put("time_up", meeting.equals("time-up"))
                  .put("until", emptyToNull(daemon.get("meeting_until")))
                  .put("text", daemon.get("meeting_text"))
                  .toString());
      for (BreakType type : BreakType.values()) {
        String t = type.id();
        status.putRaw(
            t,
            Json.object()
                .put("enabled", Boolean.parseBoolean(daemon.get(t + ".enabled")))
                .put("active_seconds", Long.parseLong(daemon.get(t + ".active_seconds")))
                .put("until_due_seconds", Long.parseLong(daemon.get(t + ".until_due_seconds")))
                .toString());
      }
    }
    Json today = Json.object();
    counts.forEach((o, n) -> today.put(o.id(), n));
    return status.putRaw("today", today.toString()).put("checkin", checkIn).toString();
  }

  private static void text(
      PrintWriter out, Map<String, String> daemon, Map<Outcome, Long> counts, String checkIn) {
    if (daemon == null) {
      out.println(Messages.get("cli.status.not.running"));
    } else {
      // The pid as digits: a number would be written with the locale's grouping, 12.345.
      out.println(Messages.get("cli.status.running", daemon.get("pid")));
      out.println(daemon.get("summary"));
      String meeting = daemon.getOrDefault("meeting_text", "");
      if (!meeting.isEmpty()) {
        out.println(
            Messages.get(
                "cli.status.meeting",
                meeting
                        .substring(0, meeting.offsetByCodePoints(0, 1))
                        .toUpperCase(Messages.locale())
                    + meeting.substring(meeting.offsetByCodePoints(0, 1))));
      }
      if (Boolean.parseBoolean(daemon.get("screen_locked"))) {
        out.println(Messages.get("cli.status.screen.locked"));
      }
      String gnome = daemon.getOrDefault("gnome_break_reminders", "");
      if (!gnome.isEmpty()) {
        out.println(Messages.get("cli.status.gnome.reminders", gnome.replace(",", ", ")));
      }
    }
    out.println(
        Messages.get(
            "cli.status.today",
            counts.entrySet().stream()
                .map(e -> outcome(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "))));
    out.println(
        Messages.get(
            checkIn == null
                ? "cli.status.checkin.none"
                : checkIn.equals("knot")
                    ? "cli.status.checkin.knot"
                    : "cli.status.checkin.no.knot"));
  }

  /** "3 taken", with the plural the language needs. */
  private static String outcome(Outcome outcome, long count) {
    return switch (outcome) {
      case TAKEN -> Messages.get("cli.status.outcome.taken", count);
      case POSTPONED -> Messages.get("cli.status.outcome.postponed", count);
      case SKIPPED -> Messages.get("cli.status.outcome.skipped", count);
      case UNANSWERED -> Messages.get("cli.status.outcome.unanswered", count);
      case NATURAL -> Messages.get("cli.status.outcome.natural", count);
      case HELD -> Messages.get("cli.status.outcome.held", count);
    };
  }

  /** A JSON array of GNOME's reminders that are on, such as ["movement","eyesight"]. */
  private static String gnomeReminders(String commaSeparated) {
    return commaSeparated.isEmpty()
        ? "[]"
        : "[\"" + String.join("\",\"", commaSeparated.split(",")) + "\"]";
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
