package dev.unknot.cli;

import dev.unknot.core.BreakType;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "break-now",
    mixinStandardHelpOptions = true,
    description = "Ask the running Unknot for a break now.")
final class BreakNowCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "TYPE",
      converter = IdConverters.Type.class,
      description = "micro (the default) or rest.")
  BreakType type = BreakType.MICRO;

  @Override
  public Integer call() {
    return RunningDaemon.control(
        parent.paths,
        spec,
        "break-now " + type.id(),
        answer -> (type == BreakType.MICRO ? "A micro-break" : "A rest break") + " is on screen.");
  }
}
