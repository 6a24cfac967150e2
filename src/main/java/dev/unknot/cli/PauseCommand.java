package dev.unknot.cli;

import dev.unknot.config.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = "Pause breaks for a while, for a meeting or a presentation.")
final class PauseCommand implements Callable<Integer> {

  /** A pause shorter than a minute is a typo; a day is what --until-tomorrow is for. */
  static final Duration SHORTEST = Duration.ofMinutes(1);

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DURATION", description = "How long: 30m, 1h, 1h30m.")
  String duration;

  @Option(names = "--until-tomorrow", description = "Pause until midnight.")
  boolean untilTomorrow;

  @Override
  public Integer call() {
    String request;
    if (untilTomorrow == (duration != null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "pause takes a duration such as 30m, or --until-tomorrow");
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
        answer -> "Breaks are paused until " + localTime(answer.get("paused_until")) + ".");
  }

  /** "Paused until 14:30." reads better than an instant; used by the status command too. */
  static String localTime(String instant) {
    return DateTimeFormatter.ofPattern("HH:mm")
        .format(Instant.parse(instant).atZone(ZoneId.systemDefault()));
  }
}
