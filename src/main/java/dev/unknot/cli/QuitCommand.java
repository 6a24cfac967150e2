package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import dev.unknot.ipc.ControlClient;
import dev.unknot.ipc.InstanceLock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot quit`: the way to stop Unknot where there is no tray menu to do it. */
@Command(name = "quit", mixinStandardHelpOptions = true)
final class QuitCommand implements Callable<Integer> {

  /** A clean stop saves the last records and closes the tray: a few seconds at most. */
  static final Duration WAIT = Duration.ofSeconds(30);

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Read before asking: the daemon may be gone before its answer is read.
    OptionalLong holder = InstanceLock.holder(parent.paths.instanceLock());
    Optional<ControlClient.Answer> answer = RunningDaemon.ask(parent.paths, "quit");
    if (answer.isEmpty()) {
      out.println(Messages.get("cli.quit.not.running"));
      return 0;
    }
    String pid = answer.get().ok() ? answer.get().values().get("pid") : null;
    // No answer at all means it went away while answering; a refusal is said in words.
    boolean unanswered = !answer.get().ok() && ControlClient.isNoAnswer(answer.get());
    if (pid == null && (!unanswered || holder.isEmpty())) {
      err.println("unknot: " + answer.get().error());
      return 1;
    }
    long id = pid != null ? Long.parseLong(pid) : holder.getAsLong();
    Optional<ProcessHandle> daemon = ProcessHandle.of(id);
    if (daemon.isPresent()) {
      try {
        daemon.get().onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        err.println(
            "unknot: " + Messages.get("cli.quit.still.runs", String.valueOf(id), WAIT.toSeconds()));
        return 1;
      } catch (ExecutionException e) {
        // onExit never completes exceptionally; the process is gone either way.
      }
    }
    out.println(Messages.get("cli.quit.done", String.valueOf(id)));
    return 0;
  }
}
