package dev.unknot.cli;

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
@Command(
    name = "quit",
    mixinStandardHelpOptions = true,
    description = {
      "Stop the running Unknot cleanly and wait until it has exited. Exits 0 when none runs."
    })
final class QuitCommand implements Callable<Integer> {

  /** A clean stop saves the last records and closes the tray: a few seconds at most. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private static final String NO_ANSWER = "the daemon gave an answer Unknot does not understand";

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
      out.println("Unknot is not running; nothing to stop.");
      return 0;
    }
    String pid = answer.get().ok() ? answer.get().values().get("pid") : null;
    // No answer at all means it went away while answering; a refusal is said in words.
    boolean unanswered = !answer.get().ok() && answer.get().error().startsWith(NO_ANSWER);
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
            "unknot: Unknot (pid "
                + id
                + ") was asked to stop but still runs after "
                + WAIT.toSeconds()
                + " s");
        return 1;
      } catch (ExecutionException e) {
        // onExit never completes exceptionally; the process is gone either way.
      }
    }
    out.println("Unknot (pid " + id + ") has stopped.");
    return 0;
  }
}
