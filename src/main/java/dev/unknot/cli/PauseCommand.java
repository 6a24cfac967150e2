package dev.unknot.cli;

import dev.unknot.config.Durations;
import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "pause", mixinStandardHelpOptions = true)
final class PauseCommand implements Callable<Integer> {

  /** A pause shorter than a minute is a typo; a day is what --until-tomorrow is for. */
  static final Duration SHORTEST = Duration.ofMinutes(1);

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DURATION", descriptionKey = "unknot.pause.duration")
  String duration;

  @Option(names = "--until-tomorrow")
  boolean untilTomorrow;

  @Override
  public Integer call() {
    String request;
    if (untilTomorrow == (duration != null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), Messages.get("cli.pause.error.what", "30m", "--until-tomorrow"));
    }
    if (untilTomorrow) {
      request = "pause-until-tomorrow";
    } else {
      Duration length;
      try {
        length = Durations.within(duration, SHORTEST, Durations.LONGEST);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "pause: " + e.getMessage());
      }
      request = "pause " + length.toSeconds();
    }
    return RunningDaemon.control(
        parent.paths,
        spec,
        request,
        answer -> Messages.get("cli.pause.done", localTime(answer.get("paused_until"))));
  }

  /** "Paused until 14:30." reads better than an instant; used by the meeting command too. */
  static String localTime(String instant) {
    return Dates.shown(Instant.parse(instant));
  }
}
