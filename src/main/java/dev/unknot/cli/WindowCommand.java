package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot window`: Unknot's own window, the way in where there is no tray. */
@Command(
    name = "window",
    mixinStandardHelpOptions = true,
    description = {WindowCommand.DESCRIPTION})
final class WindowCommand implements Callable<Integer> {

  // not translated: picocli's help text, translated with the other commands' help
  static final String DESCRIPTION = "Open the window of the running Unknot: status, Pause, Quit.";

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Optional<dev.unknot.ipc.ControlClient.Answer> answer =
        RunningDaemon.ask(parent.paths, "window");
    if (answer.isEmpty()) {
      spec.commandLine().getErr().println("unknot: " + Messages.get("window.command.not.running"));
      return 1;
    }
    if (!answer.get().ok()) {
      spec.commandLine().getErr().println("unknot: " + answer.get().error());
      return 1;
    }
    spec.commandLine().getOut().println(Messages.get("window.command.opened"));
    return 0;
  }
}
