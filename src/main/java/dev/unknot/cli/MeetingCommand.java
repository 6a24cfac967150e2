package dev.unknot.cli;

import dev.unknot.config.Durations;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot meeting [DURATION]` and `unknot meeting --end`: breaks wait while you are in a call. */
@Command(
    name = "meeting",
    mixinStandardHelpOptions = true,
    description = {
      "Breaks wait while you are in a meeting: for DURATION, or until `unknot meeting --end`.",
      "A break that falls due meanwhile comes after the meeting; at the end of a timed meeting a"
          + " card asks whether to take the break now, in 5 minutes, or to extend by 15 minutes.",
      "The meeting lives in the running Unknot's memory: quitting or restarting Unknot ends it."
    })
final class MeetingCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DURATION",
      description = "How long: 30m, 1h, 1h30m (seconds too: 90s). Without it, until ended.")
  String duration;

  @Option(names = "--end", description = "End the meeting now; held breaks then come.")
  boolean end;

  @Override
  public Integer call() {
    if (end) {
      if (duration != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "meeting takes a DURATION or --end, not both");
      }
      return RunningDaemon.control(
          parent.paths,
          spec,
          "meeting-end",
          answer ->
              "false".equals(answer.get("was_in_meeting"))
                  ? "No meeting was on; nothing changed."
                  : "The meeting is over; breaks come again.");
    }
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
                ? "In a meeting until you end it with `unknot meeting --end`; breaks wait."
                : "In a meeting until "
                    + PauseCommand.localTime(answer.get("meeting_until"))
                    + "; breaks wait until then.");
  }
}
