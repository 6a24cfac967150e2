package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "resume", mixinStandardHelpOptions = true)
final class ResumeCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return RunningDaemon.control(
        parent.paths,
        spec,
        "resume",
        answer ->
            "false".equals(answer.get("was_paused"))
                ? Messages.get("cli.resume.not.paused")
                : Messages.get("cli.resume.done"));
  }
}
