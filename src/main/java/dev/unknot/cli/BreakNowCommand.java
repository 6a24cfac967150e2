package dev.unknot.cli;

import dev.unknot.core.BreakType;
import dev.unknot.core.i18n.Messages;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "break-now", mixinStandardHelpOptions = true)
final class BreakNowCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "TYPE",
      converter = IdConverters.Type.class,
      descriptionKey = "unknot.break-now.type")
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
      return Messages.get("cli.break.none.on.screen", answer.getOrDefault("summary", ""));
    }
    boolean micro = BreakType.fromId(onScreen) == BreakType.MICRO;
    String held = answer.getOrDefault("held", "");
    if (!held.isEmpty()) {
      return Messages.get(micro ? "cli.break.micro.held" : "cli.break.rest.held", held);
    }
    if (!onScreen.equals(asked.id())) {
      return Messages.get(micro ? "cli.break.micro.instead" : "cli.break.rest.instead");
    }
    return Messages.get(micro ? "cli.break.micro.on.screen" : "cli.break.rest.on.screen");
  }
}
