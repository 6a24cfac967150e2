package dev.unknot.cli;

import dev.unknot.config.ConfigException;
import dev.unknot.config.ConfigLocation;
import dev.unknot.config.TomlConfigLoader;
import dev.unknot.config.TomlConfigWriter;
import dev.unknot.config.UnknotConfig;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.TomlExerciseCatalog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    subcommands = {ConfigCommand.Check.class, ConfigCommand.PathOf.class, ConfigCommand.Show.class})
final class ConfigCommand {

  @ParentCommand UnknotCommand parent;

  ConfigLocation location() {
    return ConfigLocation.resolve(parent.config, parent.env, parent.paths);
  }

  static TomlConfigLoader loader() {
    return new TomlConfigLoader(TomlExerciseCatalog.shipped());
  }

  /** The file's config, or the defaults where the default location has no file yet. */
  static UnknotConfig load(ConfigLocation location) throws ConfigException {
    boolean missingDefault =
        location.source() == ConfigLocation.Source.DEFAULT && Files.notExists(location.file());
    return missingDefault ? loader().defaults() : loader().load(location.file());
  }

  @Command(name = "check", mixinStandardHelpOptions = true)
  static final class Check implements Callable<Integer> {
    @ParentCommand ConfigCommand config;
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "unknot.config.check.file")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        if (file != null) {
          loader().load(file);
        } else {
          load(config.location());
        }
        // not translated: scripts read it
        out.println("ok");
        return 0;
      } catch (ConfigException e) {
        e.problems().forEach(p -> spec.commandLine().getErr().println(Printable.escaped(p)));
        return 1;
      }
    }
  }

  @Command(name = "path", mixinStandardHelpOptions = true)
  static final class PathOf implements Callable<Integer> {
    @ParentCommand ConfigCommand config;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ConfigLocation location = config.location();
      String why =
          Files.exists(location.file())
              ? location.reason()
              : location.source() == ConfigLocation.Source.DEFAULT
                  ? Messages.get("cli.config.path.written.at.start", location.reason())
                  : Messages.get("cli.config.path.missing", location.reason());
      spec.commandLine()
          .getOut()
          .println(Printable.escaped(Messages.get("cli.config.path", location.file(), why)));
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    @ParentCommand ConfigCommand config;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try {
        UnknotConfig effective = load(config.location());
        List<Exercise> catalog = TomlExerciseCatalog.shipped();
        PrintWriter out = spec.commandLine().getOut();
        out.print(
            TomlConfigWriter.write(
                effective, catalog.stream().map(Exercise::id).collect(Collectors.toSet())));
        out.flush(); // print() does not flush, and the process ends next
        return 0;
      } catch (ConfigException e) {
        e.problems().forEach(p -> spec.commandLine().getErr().println(Printable.escaped(p)));
        return 1;
      }
    }
  }
}
