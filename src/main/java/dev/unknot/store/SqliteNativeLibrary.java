package dev.unknot.store;

import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * SQLite's native library, unpacked once into Unknot's own folder. Left to itself, sqlite-jdbc
 * unpacks it into /tmp at every start and runs `uname` to tell the system apart, which costs a
 * short command a good part of its time.
 */
public final class SqliteNativeLibrary {

  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static final String TEMP_PROPERTY = "org.sqlite.tmpdir";

  private SqliteNativeLibrary() {}

  /**
   * Points sqlite-jdbc at a copy in {@code dir}, unpacking it there first if needed. Where that
   * cannot be done (an unknown system, an unwritable folder), or the copy fails to load,
   * sqlite-jdbc unpacks the library at each start as it always does, but into {@code dir/unpacked}:
   * never into /tmp, which is not Unknot's.
   *
   * @return the library used, if it is the cached copy
   */
  public static Optional<Path> useCachedCopy(Path dir) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return Optional.empty(); // The user's own choice.
    }
    keepUnpackingIn(dir.resolve("unpacked"));
    Optional<String> folder =
        folder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    Optional<String> version = version();
    if (folder.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    String name = System.mapLibraryName("sqlitejdbc");
    Path library = dir.resolve("sqlite-" + version.get()).resolve(name);
    try {
      OwnerOnlyFiles.directory(dir);
      OwnerOnlyFiles.directory(library.getParent());
      if (Files.exists(library, LinkOption.NOFOLLOW_LINKS)) {
        OwnerOnlyFiles.file(
            library); // Owner-only, and no link; copies of older versions were 0644.
      } else {
        String resource = "/org/sqlite/native/" + folder.get() + "/" + name;
        if (!unpack(resource, library)) {
          return Optional.empty();
        }
      }
    } catch (OwnerOnlyFiles.NotOwnFolderException e) {
      System.err.println("unknot: not using " + library + ": " + e.getMessage());
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      System.err.println("unknot: cannot keep SQLite's library in " + library + ": " + e);
      return Optional.empty();
    }
    System.setProperty(PATH_PROPERTY, library.getParent().toString());
    System.setProperty(NAME_PROPERTY, name);
    return Optional.of(library);
  }

  /**
   * Copies {@code resource} to {@code library} through a partial file of this process's own: a
   * command started while the daemon unpacks (`unknot status` polled at start-up) must not delete
   * or rename the daemon's half-written copy, as it did with one partial name shared by all.
   *
   * @return false if there is no such resource
   */
  static boolean unpack(String resource, Path library) throws IOException {
    try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      // Created new and owner-only; Files.copy would make a 0644 file.
      Path partial =
          Files.createTempFile(library.getParent(), library.getFileName() + ".", ".partial");
      try {
        try (OutputStream copy =
            Files.newOutputStream(partial, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
          in.transferTo(copy);
        }
        Files.move(
            partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
    return true;
  }

  /**
   * sqlite-jdbc's fallback, and its clean-up of older unpacked copies, stay in a folder of
   * Unknot's. It is a folder of its own: the clean-up deletes whatever is named like an unpacked
   * library, as the cached copy's folder is.
   */
  private static void keepUnpackingIn(Path unpacked) {
    if (System.getProperty(TEMP_PROPERTY) != null) {
      return; // The user's own choice.
    }
    try {
      OwnerOnlyFiles.directory(unpacked.getParent());
      OwnerOnlyFiles.directory(unpacked);
      System.setProperty(TEMP_PROPERTY, unpacked.toString());
    } catch (IOException | RuntimeException e) {
      System.err.println("unknot: cannot use " + unpacked + ": " + e.getMessage());
    }
  }

  /** sqlite-jdbc's folder for this system; empty where its own detection must decide (musl). */
  static Optional<String> folder(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch =
        switch (osArch.toLowerCase(Locale.ROOT)) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default -> null;
        };
    if (arch == null) {
      return Optional.empty();
    }
    if (os.contains("linux")) {
      boolean musl = Files.exists(Path.of("/lib/ld-musl-" + osArch + ".so.1"));
      return musl ? Optional.empty() : Optional.of("Linux/" + arch);
    }
    if (os.contains("mac")) {
      return Optional.of("Mac/" + arch);
    }
    if (os.contains("windows") && arch.equals("x86_64")) {
      return Optional.of("Windows/x86_64");
    }
    return Optional.empty();
  }

  private static Optional<String> version() {
    try (InputStream in =
        SqliteNativeLibrary.class.getResourceAsStream("/sqlite-jdbc.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(in);
      return Optional.ofNullable(p.getProperty("version")).filter(v -> v.matches("[0-9.]+"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
