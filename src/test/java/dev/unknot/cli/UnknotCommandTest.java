package dev.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class UnknotCommandTest {

  private static final List<String> ALL =
      List.of(
          "run",
          "log",
          "knot",
          "export",
          "summary",
          "status",
          "break-now",
          "pause",
          "resume",
          "quit",
          "config",
          "autostart",
          "mouse",
          "generate-completion",
          "help");

  private static List<String> names(String... args) {
    return UnknotCommand.subcommandsFor(args).stream()
        .map(c -> c.getAnnotation(Command.class).name())
        .toList();
  }

  @Test
  void onlyTheNamedSubcommandIsBuilt() {
    assertEquals(List.of("summary"), names("summary", "--week", "2026-W47"));
    assertEquals(List.of("knot"), names("knot", "add", "--note", "run", "--cause", "mouse"));
    assertEquals(List.of("status"), names("--config", "summary", "status"));
    assertEquals(List.of("status"), names("--config=x.toml", "status"));
  }

  @Test
  void helpCompletionAndNoSubcommandGetThemAll() {
    assertEquals(ALL, names());
    assertEquals(ALL, names("--help"));
    assertEquals(ALL, names("help", "knot"));
    assertEquals(ALL, names("generate-completion"));
    assertEquals(ALL, names("--config", "run"));
    assertEquals(ALL, names("no-such-command"));
  }
}
