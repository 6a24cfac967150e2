package dev.unknot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  private SqliteNativeLibrary() {}

  /**
   * Points sqlite-jdbc at a copy in {@code dir}, unpacking it there first if needed. Where that
   * cannot be done (an unknown system, an unwritable folder) sqlite-jdbc does as it always does.
   *
   * @return the library used, if it is the cached copy
   */
  public static Optional<Path> useCachedCopy(Path dir) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return Optional.empty(); // The user's own choice.
    }
    Optional<String> folder =
        folder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    Optional<String> version = version();
    if (folder.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    String name = System.mapLibraryName("sqlitejdbc");
    Path library = dir.resolve("sqlite-" + version.get()).resolve(name);
    try {
      if (!Files.isRegularFile(library)) {
        String resource = "/org/sqlite/native/" + folder.get() + "/" + name;
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
          if (in == null) {
            return Optional.empty();
          }
          OwnerOnlyFiles.directory(dir);
          OwnerOnlyFiles.directory(library.getParent());
          Path partial = library.resolveSibling(name + ".partial");
          Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
          Files.move(
              partial,
              library,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    System.setProperty(PATH_PROPERTY, library.getParent().toString());
    System.setProperty(NAME_PROPERTY, name);
    return Optional.of(library);
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
