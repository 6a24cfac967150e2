package dev.unknot.cli;

import dev.unknot.config.ConfigLanguage;
import dev.unknot.config.ConfigLocation;
import dev.unknot.core.i18n.Languages;
import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.AppPaths;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `unknot`: with no subcommand it runs the daemon, like `unknot run`. */
@Command(
    name = "unknot",
    mixinStandardHelpOptions = true,
    versionProvider = UnknotCommand.Version.class)
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
          MeetingCommand.class,
          QuitCommand.class,
          WindowCommand.class,
          SettingsCommand.class,
          ConfigCommand.class,
          AutostartCommand.class,
          MouseCommand.class,
          AutoComplete.GenerateCompletion.class,
          CommandLine.HelpCommand.class);

  final AppPaths paths;
  final Map<String, String> env;

  @Option(names = "--config", paramLabel = "FILE")
  Path config;

  UnknotCommand(AppPaths paths, Map<String, String> env) {
    this.paths = paths;
    this.env = env;
  }

  public static int execute(AppPaths paths, Map<String, String> env, String... args) {
    // UTF-8 whatever the locale: messages such as "severity must be 1–5" use it.
    return execute(
        paths,
        env,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        args);
  }

  static int execute(
      AppPaths paths, Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    // The config's [ui] language, else the environment's; `run` reads the whole config later and
    // switches to what it says.
    Messages.use(Languages.choose(ConfigLanguage.peek(configFile(paths, env, args)), env));
    Optional<String> unknown = firstWord(args).filter(w -> !COMMAND_NAMES.contains(w));
    if (unknown.isPresent()) {
      // picocli would print the top-level help for `unknot nosuchcmd --help` and exit 0.
      err.println(
          "unknot: "
              + Messages.get(
                  "cli.error.no.such.command",
                  Printable.escaped(unknown.get()),
                  String.join(", ", COMMAND_NAMES)));
      err.println(Messages.get("cli.error.try.help", "unknot --help"));
      return CommandLine.ExitCode.USAGE;
    }
    CommandLine cli = new CommandLine(new UnknotCommand(paths, env));
    for (Class<?> subcommand : subcommandsFor(args)) {
      cli.addSubcommand(subcommand);
    }
    // After the subcommands are added: picocli gives the bundle to those it has then.
    cli.setResourceBundle(helpBundle());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(UnknotCommand::usageError);
    return cli.execute(args);
  }

  /** The words of the help, in the chosen language, laid out as picocli looks them up. */
  static ResourceBundle helpBundle() {
    return ResourceBundle.getBundle(
        "dev.unknot.i18n.cli",
        Messages.locale(),
        UnknotCommand.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The config file whose [ui] language the command speaks: --config, else the usual one. */
  static Path configFile(AppPaths paths, Map<String, String> env, String... args) {
    Path option = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--config")) {
        option = pathOrNull(args[i + 1]);
      }
    }
    for (String arg : args) {
      if (arg.startsWith("--config=")) {
        option = pathOrNull(arg.substring("--config=".length()));
      }
    }
    try {
      return ConfigLocation.resolve(option, env, paths).file();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Path pathOrNull(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null; // picocli says so once it parses the option
    }
  }

  private static final List<String> COMMAND_NAMES =
      SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();

  /** The first word that is not an option of `unknot` itself: the subcommand's name, if any. */
  static Optional<String> firstWord(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config")) {
        i++; // its value
      } else if (args[i].equals("--")) {
        return i + 1 < args.length ? Optional.of(args[i + 1]) : Optional.empty();
      } else if (!args[i].startsWith("-")) {
        return Optional.of(args[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Commands that only read: for a user who never ran Unknot they must leave no trace, so the
   * launcher then creates no state folder, no log and no unpacked SQLite library.
   */
  public static boolean readOnly(String... args) {
    List<String> words = new ArrayList<>();
    boolean sawCommand = false;
    for (int i = 0; i < args.length; i++) {
      if (!sawCommand && args[i].equals("--config")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        words.add(args[i]);
        sawCommand = true;
      } else if (args[i].equals("--help")
          || args[i].equals("-h")
          || args[i].equals("--version")
          || args[i].equals("-V")) {
        return true;
      }
    }
    if (words.isEmpty()) {
      return false; // `unknot` alone runs the daemon
    }
    String sub = words.size() > 1 ? words.get(1) : "";
    List<String> flags = List.of(args);
    return switch (words.get(0)) {
      case "status", "log", "help", "generate-completion", "config" -> true;
      case "knot" -> sub.equals("list");
      case "mouse" -> words.size() == 1;
      case "autostart" -> sub.equals("status");
      case "export" -> flags.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="));
      case "summary" ->
          flags.stream().noneMatch(a -> a.startsWith("--png") || a.startsWith("--html"));
      default -> false;
    };
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
    err.println("unknot: " + plain(e));
    err.println(
        Messages.get(
            "cli.error.try.help", e.getCommandLine().getCommandSpec().qualifiedName() + " --help"));
    return CommandLine.ExitCode.USAGE;
  }

  /**
   * picocli's message in plain words: "--severity: 'abc' is not a whole number" instead of "Invalid
   * value for option '--severity': 'abc' is not an int", and no "(<causes>)".
   */
  static String plain(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()) {
      // Instead of "Missing required option: '--area=<area>'".
      return Messages.get(
          "cli.error.missing",
          String.join(", ", missing.getMissing().stream().map(UnknotCommand::name).toList()));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      // Instead of "Unmatched argument at index 1: 'x'".
      return Messages.get(
          "cli.error.unexpected.argument", Printable.escaped(unmatched.getUnmatched().get(0)));
    }
    CommandLine.Model.ArgSpec arg = e.getArgSpec();
    if (!(e.getCause() instanceof CommandLine.TypeConversionException conversion) || arg == null) {
      return Printable.escaped(e.getMessage());
    }
    String what = name(arg);
    Class<?> type = arg.type();
    // picocli's own number converters say "'abc' is not an int"; ours say it in words already.
    boolean whole =
        arg.converters().length == 0
            && (type == int.class
                || type == long.class
                || type == Integer.class
                || type == Long.class);
    String problem;
    if (whole) {
      problem = Messages.get("cli.error.not.whole.number", e.getValue());
    } else if (type.isEnum() && arg.converters().length == 0) {
      // Instead of picocli's "expected one of [csv, json] (case-sensitive) but was 'x'".
      problem =
          Messages.get(
              "cli.error.not.one.of",
              e.getValue(),
              String.join(
                  ", ",
                  java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()));
    } else {
      problem = conversion.getMessage();
    }
    return what + ": " + Printable.escaped(problem);
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec option
        ? option.longestName()
        : arg.paramLabel();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = UnknotCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "unknot " + (version == null ? Messages.get("cli.version.development") : version)
      };
    }
  }
}
