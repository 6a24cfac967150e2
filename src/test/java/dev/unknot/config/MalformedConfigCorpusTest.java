package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.exercise.TomlExerciseCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken config files, each starting with "# expect: LINE:COLUMN: message": the loader must report
 * that problem at that place. For syntax errors the message is the TOML parser's own, so only its
 * place is given.
 */
class MalformedConfigCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/dev/unknot/config/corpus");
  private final TomlConfigLoader loader = new TomlConfigLoader(TomlExerciseCatalog.shipped());

  static Stream<Path> corpus() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
    }
    assertTrue(files.size() >= 30, "the corpus has only " + files.size() + " files");
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reportsTheExpectedProblemAtItsPlace(Path file) throws IOException {
    String expect = Files.readAllLines(file).get(0).replaceFirst("^# expect: ", "");
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    String wanted = file + ":" + expect;
    assertTrue(
        e.problems().stream().anyMatch(p -> p.startsWith(wanted)),
        "wanted «" + wanted + "» in " + e.problems());
    for (String problem : e.problems()) {
      assertTrue(problem.startsWith(file + ":"), problem);
      assertFalse(problem.contains("\n"), "one line per problem: " + problem);
    }
  }

  @Test
  void theShippedConfigIsValid() throws Exception {
    Path shipped = Path.of("config.toml");
    loader.load(shipped);
  }
}
