package dev.unknot.cli;

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
@Command(
    name = "mouse",
    mixinStandardHelpOptions = true,
    description = {
      "Which hand you use the mouse with, from now on; without a hand, the one in use. The"
          + " weekly summary compares the side of your knots with your mouse hand."
    })
final class MouseCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "left|right", description = "The hand.")
  String hand;

  @Override
  public Integer call() {
    String chosen = hand == null ? null : hand.toLowerCase(Locale.ROOT);
    if (chosen != null && !chosen.equals("left") && !chosen.equals("right")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "the hand must be left or right, not '" + hand + "'");
    }
    String none = "No mouse hand set yet; `unknot mouse left` or `right` sets it.";
    if (chosen == null) {
      return Diary.read(
          parent.paths,
          spec,
          db -> {
            spec.commandLine()
                .getOut()
                .println(
                    new SqliteMouseHandLog(db).current().map(h -> "Mouse hand: " + h).orElse(none));
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
          spec.commandLine().getOut().println("Mouse hand: " + chosen + ", from now on.");
          return 0;
        });
  }
}
