package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import dev.unknot.ipc.ControlClient;
import dev.unknot.platform.AppPaths;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/** Sends one request to the running daemon, for the commands that control it. */
final class RunningDaemon {

  private RunningDaemon() {}

  /** The answer, or empty when no daemon is running; failures are reported as one line. */
  static Optional<ControlClient.Answer> ask(AppPaths paths, String request) {
    try {
      return ControlClient.send(paths.controlSocket(), request);
    } catch (IOException e) {
      return Optional.of(new ControlClient.Answer(false, e.getMessage(), Map.of()));
    }
  }

  /** For commands that need the daemon: 0 when it did it, 1 with a message when not. */
  static int control(
      AppPaths paths,
      CommandLine.Model.CommandSpec spec,
      String request,
      Function<Map<String, String>, String> done) {
    Optional<ControlClient.Answer> answer = ask(paths, request);
    if (answer.isEmpty()) {
      spec.commandLine()
          .getErr()
          // not translated: a command
          .println("unknot: " + Messages.get("cli.daemon.not.running", "unknot run"));
      return 1;
    }
    if (!answer.get().ok()) {
      spec.commandLine().getErr().println("unknot: " + answer.get().error());
      return 1;
    }
    spec.commandLine().getOut().println(done.apply(answer.get().values()));
    return 0;
  }

  /** Lets a running daemon know of a change; nothing happens when none runs. */
  static void tell(AppPaths paths, String request) {
    ask(paths, request);
  }
}
