package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.exercise.TomlExerciseCatalog;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    String expect = firstLine(file).replaceFirst("^\uFEFF?# expect: ", "");
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

  /** The expectation, from files that are not UTF-8 on purpose too. */
  private static String firstLine(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean utf16 =
        bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || bytes[0] == (byte) 0xFF);
    boolean littleEndian = bytes[0] == (byte) 0xFF || bytes[1] == 0;
    Charset charset =
        !utf16
            ? StandardCharsets.ISO_8859_1
            : littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    String text = new String(bytes, charset);
    if (!utf16 && text.startsWith("\u00EF\u00BB\u00BF")) {
      text = "\uFEFF" + text.substring(3);
    }
    return text.lines().findFirst().orElse("");
  }

  @Test
  void theShippedConfigIsValid() throws Exception {
    Path shipped = Path.of("config.toml");
    loader.load(shipped);
  }
}
