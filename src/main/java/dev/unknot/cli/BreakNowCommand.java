package dev.unknot.cli;

import dev.unknot.core.BreakType;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "break-now",
    mixinStandardHelpOptions = true,
    description = "Ask the running Unknot for a break now; a break already on screen stays.")
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
        parent.paths, spec, "break-now " + type.id(), answer -> shown(type, answer));
  }

  /** What the daemon says is on screen, which is not always the type asked for. */
  static String shown(BreakType asked, Map<String, String> answer) {
    String onScreen = answer.getOrDefault("break", "");
    if (onScreen.isEmpty()) {
      return "No break is on screen: " + answer.getOrDefault("summary", "") + ".";
    }
    String name = name(BreakType.fromId(onScreen));
    String held = answer.getOrDefault("held", "");
    if (!held.isEmpty()) {
      return name + " is due, " + held + "; it shows when that ends.";
    }
    if (!onScreen.equals(asked.id())) {
      return name + " is already on screen, so no " + name(asked).substring(2) + " was started.";
    }
    return name + " is on screen.";
  }

  private static String name(BreakType type) {
    return type == BreakType.MICRO ? "A micro-break" : "A rest break";
  }
}
