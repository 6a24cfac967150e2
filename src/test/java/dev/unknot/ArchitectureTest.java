package dev.unknot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the codebase that the compiler does not check. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/dev/unknot");
  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void coreImportsOnlyTheJdkAndItself() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles(MAIN.resolve("core"))) {
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        if (!m.group(2).startsWith("java.") && !m.group(2).startsWith("dev.unknot.core.")) {
          offences.add(file.getFileName() + " imports " + m.group(2));
        }
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void noCodeReadsWhichKeyWasPressed() throws IOException {
    Pattern keyIdentity =
        Pattern.compile("getKeyChar|getKeyText|getRawCode|getKeyCode|getKeyLocation");
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles(MAIN)) {
      if (keyIdentity.matcher(Files.readString(file)).find()) {
        offences.add(file.toString());
      }
    }
    assertEquals(List.of(), offences);
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }
}
