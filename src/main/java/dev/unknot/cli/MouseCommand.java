package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import dev.unknot.store.SqliteMouseHandLog;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `unknot mouse [left|right]`: the hand you mouse with, as the tray's radio sets it. */
@Command(name = "mouse", mixinStandardHelpOptions = true)
final class MouseCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "left|right", descriptionKey = "unknot.mouse.hand")
  String hand;

  @Override
  public Integer call() {
    String chosen = hand == null ? null : hand.toLowerCase(Locale.ROOT);
    if (chosen != null && !chosen.equals("left") && !chosen.equals("right")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), Messages.get("cli.mouse.error.hand", hand));
    }
    // not translated: a command
    String none = Messages.get("cli.mouse.none", "unknot mouse left", "right");
    if (chosen == null) {
      return Diary.read(
          parent.paths,
          spec,
          db -> {
            spec.commandLine()
                .getOut()
                .println(
                    new SqliteMouseHandLog(db)
                        .current()
                        .map(h -> Messages.get("cli.mouse.current", hand(h)))
                        .orElse(none));
            return 0;
          },
          () -> {
            spec.commandLine().getOut().println(none);
            return 0;
          });
    }
    return Diary.with(
        parent.paths,
        spec,
        db -> {
          new SqliteMouseHandLog(db).record(chosen, OffsetDateTime.now());
          RunningDaemon.tell(parent.paths, "mouse-hand " + chosen);
          spec.commandLine().getOut().println(Messages.get("cli.mouse.set", hand(chosen)));
          return 0;
        });
  }

  /** The hand in words; the diary and the command line say left or right. */
  private static String hand(String id) {
    return id.equals("left") ? Messages.get("cli.mouse.left") : Messages.get("cli.mouse.right");
  }
}
