package dev.unknot.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Unknot's folders and files are readable by their owner only. On Windows the AppData folders they
 * live in already are, by their inherited access list.
 */
public final class OwnerOnlyFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /** Creates the folder (and missing parents) and makes it private to its owner. */
  public static Path directory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (POSIX) {
      Files.setPosixFilePermissions(dir, DIRECTORY);
    }
    return dir;
  }

  /** Creates the file if it is missing, and makes it private to its owner. */
  public static Path file(Path file) throws IOException {
    directory(file.toAbsolutePath().getParent());
    if (POSIX) {
      if (Files.notExists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      }
      Files.setPosixFilePermissions(file, FILE);
    } else if (Files.notExists(file)) {
      Files.createFile(file);
    }
    return file;
  }
}
