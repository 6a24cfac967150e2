package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

  @Test
  void systemsMapToSqliteJdbcsFolders() {
    assertEquals(Optional.of("Linux/x86_64"), SqliteNativeLibrary.folder("Linux", "amd64"));
    assertEquals(Optional.of("Mac/aarch64"), SqliteNativeLibrary.folder("Mac OS X", "aarch64"));
    assertEquals(Optional.of("Windows/x86_64"), SqliteNativeLibrary.folder("Windows 11", "amd64"));
    assertEquals(Optional.empty(), SqliteNativeLibrary.folder("Linux", "riscv64"));
    assertEquals(Optional.empty(), SqliteNativeLibrary.folder("FreeBSD", "amd64"));
  }

  @Test
  void theLibraryIsUnpackedOnceIntoThePrivateFolderAndSqliteJdbcIsPointedThere(@TempDir Path dir)
      throws Exception {
    String path = System.getProperty("org.sqlite.lib.path");
    String name = System.getProperty("org.sqlite.lib.name");
    String tmpdir = System.getProperty("org.sqlite.tmpdir");
    System.clearProperty("org.sqlite.lib.path");
    System.clearProperty("org.sqlite.lib.name");
    System.clearProperty("org.sqlite.tmpdir");
    try {
      Path library = SqliteNativeLibrary.useCachedCopy(dir.resolve("native")).orElseThrow();

      // Should the copy fail to load, sqlite-jdbc unpacks into this folder, not /tmp.
      Path unpacked = dir.resolve("native/unpacked");
      assertEquals(unpacked.toString(), System.getProperty("org.sqlite.tmpdir"));
      assertEquals(
          "rwx------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(unpacked)));

      assertEquals(library.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
      assertEquals(library.getFileName().toString(), System.getProperty("org.sqlite.lib.name"));
      try (InputStream shipped =
          getClass()
              .getResourceAsStream(
                  "/org/sqlite/native/"
                      + SqliteNativeLibrary.folder(
                              System.getProperty("os.name"), System.getProperty("os.arch"))
                          .orElseThrow()
                      + "/"
                      + library.getFileName())) {
        assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(library));
      }
      assertEquals(
          "rwx------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(dir.resolve("native"))));
      long written = Files.getLastModifiedTime(library).toMillis();
      System.clearProperty("org.sqlite.lib.path");
      SqliteNativeLibrary.useCachedCopy(dir.resolve("native"));
      assertEquals(written, Files.getLastModifiedTime(library).toMillis(), "not unpacked again");
      assertTrue(library.getParent().getFileName().toString().startsWith("sqlite-"));
    } finally {
      restore("org.sqlite.lib.path", path);
      restore("org.sqlite.lib.name", name);
      restore("org.sqlite.tmpdir", tmpdir);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
