package dev.unknot.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Unknot is Apache-2.0; the jar carries the same LICENSE and NOTICE as the project's root. */
class LicenceFilesTest {

  @Test
  void jarsLicenceAndNoticeAreTheProjectsOwn() throws IOException {
    for (String name : new String[] {"LICENSE", "NOTICE"}) {
      // The copy the jar gets; libraries bring files of the same name, so read it at its source.
      Path copy = Path.of("src/main/resources/META-INF", name);
      assertEquals(Files.readString(Path.of(name)), Files.readString(copy), copy + " differs");
    }
    assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License"));
  }

  @Test
  void noticeNamesEveryBundledLibraryFamily() throws IOException {
    String notice = Files.readString(Path.of("NOTICE"));
    for (String library :
        new String[] {
          "jnativehook", "SystemTray", "JNA", "Kotlin", "Javassist", "Quartz", "logback", "SLF4J",
          "sqlite-jdbc", "SQLite", "picocli", "tomlj", "ANTLR", "XChart", "dbus-java",
              "Commons CSV",
          "JSVG", "FlatLaf"
        }) {
      assertTrue(notice.contains(library), library + " is not in NOTICE");
    }
  }
}
