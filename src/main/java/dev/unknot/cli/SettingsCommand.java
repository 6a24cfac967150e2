package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `unknot settings`: opens the settings window in the running Unknot (the desktop entry's Settings
 * action runs it). The window lives in the daemon, so a save is applied by the one that reads the
 * config, and a second window is never opened beside the first; with no daemon it says so.
 */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    // not translated: picocli help, translated with the other commands' help in the cli bundle
    description = "Open the settings window of the running Unknot.")
final class SettingsCommand implements Callable<Integer> {

  @ParentCommand UnknotCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return RunningDaemon.control(
        parent.paths, spec, "settings", answer -> Messages.get("settings.cli.opened"));
  }
}
