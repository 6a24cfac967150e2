package dev.unknot.cli;

import dev.unknot.app.AppPaths;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
    description = "Micro-breaks and posture exercises against muscle knots.")
public final class UnknotCommand implements Callable<Integer> {

  /** In the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          RunCommand.class,
          LogCommand.class,
          KnotCommand.class,
          ExportCommand.class,
          SummaryCommand.class,
          StatusCommand.class,
          BreakNowCommand.class,
          PauseCommand.class,
          ResumeCommand.class,
          QuitCommand.class,
          ConfigCommand.class,
          AutostartCommand.class,
          MouseCommand.class,
          AutoComplete.GenerateCompletion.class,
          CommandLine.HelpCommand.class);

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
    for (Class<?> subcommand : subcommandsFor(args)) {
      cli.addSubcommand(subcommand);
    }
    // UTF-8 whatever the locale: messages such as "severity must be 1–5" use it.
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setParameterExceptionHandler(UnknotCommand::usageError);
    return cli.execute(args);
  }

  /**
   * picocli builds the model of every subcommand it is given, which took about 200 ms, most of a
   * short command's time. So only the subcommand named on the command line is added; help, shell
   * completion and a command line naming none get all of them.
   */
  static List<Class<?>> subcommandsFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config")) {
        i++; // its value
      } else if (!args[i].startsWith("-")) {
        String first = args[i];
        return first.equals("help") || first.equals("generate-completion")
            ? SUBCOMMANDS
            : SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .findFirst()
                .map(List::<Class<?>>of)
                .orElse(SUBCOMMANDS);
      }
    }
    return SUBCOMMANDS;
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
