package dev.unknot.cli;

import dev.unknot.app.AppPaths;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `unknot`: with no subcommand it runs the daemon, like `unknot run`. */
@Command(
    name = "unknot",
    mixinStandardHelpOptions = true,
    versionProvider = UnknotCommand.Version.class,
    description = "Micro-breaks and posture exercises against muscle knots.",
    subcommands = {
      RunCommand.class,
      LogCommand.class,
      KnotCommand.class,
      ExportCommand.class,
      SummaryCommand.class,
      StatusCommand.class,
      BreakNowCommand.class,
      PauseCommand.class,
      ResumeCommand.class,
      ConfigCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    })
public final class UnknotCommand implements Callable<Integer> {

  final AppPaths paths;
  final Map<String, String> env;

  @Option(names = "--config", paramLabel = "FILE", description = "Read settings from FILE.")
  Path config;

  UnknotCommand(AppPaths paths, Map<String, String> env) {
    this.paths = paths;
    this.env = env;
  }

  public static int execute(AppPaths paths, Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new UnknotCommand(paths, env));
    // UTF-8 whatever the locale: messages such as "severity must be 1–5" use it.
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setParameterExceptionHandler(UnknotCommand::usageError);
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    return RunCommand.run(paths, env, config);
  }

  /** One line naming the problem, then where to look; exit 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("unknot: " + e.getMessage());
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    return CommandLine.ExitCode.USAGE;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = UnknotCommand.class.getPackage().getImplementationVersion();
      return new String[] {"unknot " + (version == null ? "(development build)" : version)};
    }
  }
}
