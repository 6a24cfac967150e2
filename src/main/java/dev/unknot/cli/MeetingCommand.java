package dev.unknot.cli;

import dev.unknot.config.Durations;
import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot meeting [DURATION]` and `unknot meeting --end`: breaks wait while you are in a call. */
@Command(name = "meeting", mixinStandardHelpOptions = true)
final class MeetingCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DURATION", descriptionKey = "unknot.meeting.duration")
  String duration;

  @Option(names = "--end")
  boolean end;

  @Override
  public Integer call() {
    if (end) {
      if (duration != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), Messages.get("cli.meeting.error.both", "DURATION", "--end"));
      }
      return RunningDaemon.control(
          parent.paths,
          spec,
          "meeting-end",
          answer ->
              "false".equals(answer.get("was_in_meeting"))
                  ? Messages.get("cli.meeting.none")
                  : Messages.get("cli.meeting.ended"));
    }
    // not translated: a control request
    String request = "meeting until-ended";
    if (duration != null) {
      Duration length;
      try {
        length = Durations.within(duration, Duration.ofSeconds(1), Durations.LONGEST);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "meeting: " + e.getMessage());
      }
      request = "meeting " + length.toSeconds();
    }
    return RunningDaemon.control(
        parent.paths,
        spec,
        request,
        answer ->
            answer.getOrDefault("meeting_until", "").isEmpty()
                // not translated: a command
                ? Messages.get("cli.meeting.until.ended", "unknot meeting --end")
                : Messages.get(
                    "cli.meeting.until", PauseCommand.localTime(answer.get("meeting_until"))));
  }
}
