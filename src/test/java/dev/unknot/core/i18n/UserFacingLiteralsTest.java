package dev.unknot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words for a person are left as string literals in the code that shows them: they come from the
 * bundles. Log lines stay English and are not checked. A literal that only looks like words (a
 * D-Bus member, a font name) is marked with a comment {@code // not translated: why} on its line or
 * the line before.
 */
class UserFacingLiteralsTest {

  private static final Path MAIN = Path.of("src/main/java/dev/unknot");

  /** The code whose strings reach a person: windows, tray, notifications, CLI and reports. */
  private static final List<String> CHECKED =
      List.of(
          "app", "cli", "config", "core", "exercise", "ipc", "notify", "prompt", "report", "tray");

  /** Files whose words are still being moved into the bundles; this list only shrinks. */
  private static final Set<String> NOT_YET = Set.of();

  private static final Pattern WORDS =
      Pattern.compile(
          "\\p{L}+[ \\t]+\\p{L}{2,}|\\p{L}{2,}[ \\t]+\\p{L}+|^\\p{Lu}\\p{Ll}{2,}[.…:!?]*$");
  private static final Pattern LOGGING =
      Pattern.compile("\\b(LOG|log|logger|LOGGER)\\s*\\.|@Suppress(FB)?Warnings|assert ");

  @Test
  void noWordsForAPersonAreLeftInTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (String dir : CHECKED) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          String name = MAIN.relativize(f).toString();
          if (!NOT_YET.contains(name)) {
            for (Literal l : literals(Files.readString(f))) {
              found.add(name + ":" + l.line + ": \"" + l.text + "\"");
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "words to move into src/main/resources/dev/unknot/i18n");
  }

  record Literal(int line, String text) {}

  /** The literals in Java source that look like words and are neither logged nor marked. */
  static List<Literal> literals(String source) {
    List<Literal> found = new ArrayList<>();
    List<Integer> markedLines = new ArrayList<>();
    int line = 1;
    int statementStart = 0;
    StringBuilder code = new StringBuilder(); // the source with comments and literals blanked
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        code.append(c);
        i++;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
        if (source.substring(i, end).contains("not translated:")) {
          markedLines.add(line);
        }
        i = end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (int k = i; k < end; k++) {
          if (source.charAt(k) == '\n') {
            line++;
            code.append('\n');
          }
        }
        i = end;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != '\'') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        code.append("' '");
        i = end + 1;
      } else if (c == '"') {
        boolean block = source.startsWith("\"\"\"", i);
        int startLine = line;
        int end;
        StringBuilder text = new StringBuilder();
        if (block) {
          end = source.indexOf("\"\"\"", i + 3);
          text.append(source, i + 3, end);
          end += 3;
        } else {
          end = i + 1;
          while (end < n && source.charAt(end) != '"') {
            if (source.charAt(end) == '\\') {
              text.append(source, end, end + 2);
              end += 2;
            } else {
              text.append(source.charAt(end));
              end++;
            }
          }
          end++;
        }
        for (int k = i; k < end; k++) {
          if (source.charAt(k) == '\n') {
            line++;
          }
        }
        String statement = code.substring(statementStart);
        String words = text.toString();
        if (WORDS.matcher(words.strip()).find()
            && !LOGGING.matcher(statement).find()
            && !markedLines.contains(startLine)
            && !markedLines.contains(startLine - 1)) {
          found.add(
              new Literal(startLine, words.length() > 60 ? words.substring(0, 60) + "…" : words));
        }
        code.append("\"\"");
        i = end;
      } else {
        if (c == ';' || c == '{' || c == '}') {
          statementStart = code.length() + 1;
        }
        code.append(c);
        i++;
      }
    }
    return found;
  }
}
