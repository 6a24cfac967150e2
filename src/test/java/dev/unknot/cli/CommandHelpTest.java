package dev.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.i18n.Languages;
import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The help of every command, option and parameter comes from the `cli` bundle in every language:
 * the annotations carry no words, so a key picocli does not find would leave a blank line.
 */
class CommandHelpTest {

  @TempDir Path home;

  @AfterEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void everyCommandOptionAndParameterHasWordsInEveryLanguage() {
    List<String> blank = new ArrayList<>();
    for (Locale language : Languages.SHIPPED) {
      Messages.use(language);
      CommandLine cli = new CommandLine(new UnknotCommand(paths(), Map.of()));
      UnknotCommand.subcommandsFor().forEach(cli::addSubcommand);
      cli.setResourceBundle(UnknotCommand.helpBundle());
      walk(cli, language, blank);
    }
    assertEquals(List.of(), blank);
  }

  private static void walk(CommandLine cli, Locale language, List<String> blank) {
    CommandLine.Model.CommandSpec spec = cli.getCommandSpec();
    String where = language + " " + spec.qualifiedName();
    if (String.join("", spec.usageMessage().description()).isBlank()) {
      blank.add(where);
    }
    for (CommandLine.Model.OptionSpec option : spec.options()) {
      if (String.join("", option.description()).isBlank()) {
        blank.add(where + " " + option.longestName());
      }
    }
    for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
      if (String.join("", parameter.description()).isBlank()) {
        blank.add(where + " " + parameter.paramLabel());
      }
    }
    cli.getSubcommands().values().forEach(sub -> walk(sub, language, blank));
  }

  @Test
  void helpIsInTheEnvironmentsLanguage() {
    String help = run(Map.of("LANG", "de_DE.UTF-8"), "--help");
    assertTrue(help.contains("Aufruf: unknot"), help);
    assertTrue(help.contains("Mikropausen und Haltungsübungen gegen Muskelknoten."), help);
    assertTrue(help.contains("Diese Hilfe anzeigen und beenden."), help);
    String status = run(Map.of("LANG", "fr_FR.UTF-8"), "status", "--help");
    assertTrue(status.contains("Utilisation : unknot status"), status);
    assertTrue(status.contains("Un objet JSON."), status);
  }

  @Test
  void theConfigsLanguageWinsOverTheEnvironment() throws Exception {
    Path config = home.resolve("config/config.toml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "[ui]\ntheme = \"dark\"\nlanguage = \"it\"  # mine\n");
    assertTrue(
        run(Map.of("LANG", "de_DE.UTF-8"), "status").startsWith("Unknot non è in esecuzione."));
    Files.writeString(config, "[ui]\nlanguage = \"system\"\n");
    assertTrue(run(Map.of("LANG", "de_DE.UTF-8"), "status").startsWith("Unknot läuft nicht."));
    Path other = home.resolve("other.toml");
    Files.writeString(other, "ui.language = \"es\"\n");
    assertTrue(
        run(Map.of("LANG", "de_DE.UTF-8"), "--config", other.toString(), "status")
            .startsWith("Unknot no está en marcha."));
  }

  private String run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    UnknotCommand.execute(
        paths(), env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return out + err.toString();
  }

  private AppPaths paths() {
    return new AppPaths(
        home.resolve("data"), home.resolve("state"), home.resolve("config"), home.resolve("run"));
  }
}
