package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void aCommandUnpackingBesideTheDaemonLeavesItsHalfWrittenCopyAlone(@TempDir Path dir)
      throws Exception {
    // Seen in CI: `unknot status`, polled while the daemon unpacked, deleted the daemon's partial
    // file, so the daemon's copy failed and it unpacked into /tmp. Here eight unpack at once.
    String resource =
        "/org/sqlite/native/"
            + SqliteNativeLibrary.folder(
                    System.getProperty("os.name"), System.getProperty("os.arch"))
                .orElseThrow()
            + "/"
            + System.mapLibraryName("sqlitejdbc");
    byte[] shipped;
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      shipped = in.readAllBytes();
    }
    Path library = Files.createDirectory(dir.resolve("sqlite")).resolve("lib.so");
    int processes = 8;
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(processes);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(processes);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < processes; i++) {
        results.add(
            pool.submit(
                () -> {
                  together.await();
                  return SqliteNativeLibrary.unpack(resource, library);
                }));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertTrue(result.get(60, java.util.concurrent.TimeUnit.SECONDS)); // none threw
      }
    } finally {
      pool.shutdownNow();
    }
    assertArrayEquals(shipped, Files.readAllBytes(library));
    try (java.util.stream.Stream<Path> left = Files.list(library.getParent())) {
      assertEquals(List.of(library), left.toList(), "no partial file left behind");
    }
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(library)));
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
