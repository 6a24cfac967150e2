package dev.unknot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The [ui] language read without the TOML parser, as the short commands read it. */
class ConfigLanguageTest {

  @Test
  void readsTheLanguageOfTheUiTable() {
    assertEquals("de", ConfigLanguage.in("[ui]\ntheme = \"dark\"\nlanguage = \"de\"\n"));
    assertEquals("pt-BR", ConfigLanguage.in("[ ui ]  # look\n  language='pt-BR' # mine\n"));
    assertEquals("fr", ConfigLanguage.in("ui.language = \"fr\"\n[breaks]\n"));
  }

  @Test
  void aLanguageKeyElsewhereHasNoSay() {
    assertNull(ConfigLanguage.in("[breaks]\nlanguage = \"de\"\n"));
    assertNull(ConfigLanguage.in("[ui]\n# language = \"de\"\n"));
    assertNull(
        ConfigLanguage.in("[ui]\ntheme = \"dark\"\n[[exercises.custom]]\nlanguage = \"de\"\n"));
    assertNull(ConfigLanguage.in("language = \"de\"\n"));
  }

  @Test
  void aFileThatCannotBeReadHasNoSay(@TempDir Path dir) throws Exception {
    assertNull(ConfigLanguage.peek(dir.resolve("missing.toml")));
    assertNull(ConfigLanguage.peek(dir)); // a folder
    Path fifo = dir.resolve("fifo");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      assertNull(ConfigLanguage.peek(fifo)); // would block a reader
    }
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[ui]\nlanguage = \"it\"\n");
    assertEquals("it", ConfigLanguage.peek(file));
  }
}
