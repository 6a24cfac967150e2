package dev.unknot.platform;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Unknot's folders and files are readable by their owner only, and Unknot changes no folder it did
 * not create. On Windows the AppData folders they live in already are private, by their inherited
 * access list.
 */
public final class OwnerOnlyFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /** A folder or file that Unknot will not use: a symbolic link, another user's, or shared. */
  public static final class NotOwnFolderException extends IOException {
    NotOwnFolderException(String message) {
      super(message);
    }
  }

  /**
   * One of Unknot's own folders (state, runtime, native libraries): creates it and missing parents
   * private to their owner, or checks the one that is there as OpenSSH checks its own: no symbolic
   * link, owned by this user, writable by nobody else. A folder that passes is made owner-only.
   *
   * @throws NotOwnFolderException if the folder is there but is not one Unknot can call its own
   */
  public static Path directory(Path dir) throws IOException {
    createMissing(dir);
    if (POSIX) {
      PosixFileAttributes attributes = ownAttributes(dir);
      if (!attributes.isDirectory()) {
        throw new NotOwnFolderException(dir + " is not a folder");
      }
      Set<PosixFilePermission> mode = attributes.permissions();
      if (mode.contains(PosixFilePermission.GROUP_WRITE)
          || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
        throw new NotOwnFolderException(
            dir
                + " can be written by other users (mode "
                + PosixFilePermissions.toString(mode)
                + "); Unknot uses it only when it is private (chmod 700)");
      }
      if (!mode.equals(DIRECTORY)) {
        Files.setPosixFilePermissions(dir, DIRECTORY);
      }
    }
    return dir;
  }

  /**
   * One of Unknot's own files: creates it private to its owner, with any missing folders above it
   * (each new one private too; folders that are there are left as they are). An existing file is
   * made owner-only; a symbolic link or another user's file there is refused.
   */
  public static Path file(Path file) throws IOException {
    createMissing(file.toAbsolutePath().getParent());
    if (!POSIX) {
      if (Files.notExists(file)) {
        Files.createFile(file);
      }
      return file;
    }
    try {
      // O_CREAT|O_EXCL: a symbolic link in its place fails here rather than being followed.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    } catch (FileAlreadyExistsException e) {
      // Checked below.
    }
    PosixFileAttributes attributes = ownAttributes(file);
    if (!attributes.isRegularFile()) {
      throw new NotOwnFolderException(file + " is not a regular file");
    }
    if (!attributes.permissions().equals(FILE)) {
      Files.setPosixFilePermissions(file, FILE);
    }
    return file;
  }

  /**
   * A file the user named (an export, a report): it goes exactly there. A new file is private to
   * its owner; an existing one keeps its mode, and the folder it is in is never created or changed.
   *
   * @throws NoSuchFileException if its folder does not exist
   */
  public static Path chosenFile(Path file) throws IOException {
    requireFolder(file.toAbsolutePath().getParent(), file);
    if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
      try {
        if (POSIX) {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
          Files.createFile(file);
        }
      } catch (FileAlreadyExistsException e) {
        // Someone made it meanwhile; it is written as it is.
      }
    }
    return file;
  }

  /**
   * A folder the user named for files Unknot writes into it: a new one is created private to its
   * owner, in a folder that must exist; an existing one is used as it is.
   */
  public static Path chosenDirectory(Path dir) throws IOException {
    requireFolder(dir.toAbsolutePath().getParent(), dir);
    if (Files.notExists(dir)) {
      try {
        if (POSIX) {
          Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } else {
          Files.createDirectory(dir);
        }
      } catch (FileAlreadyExistsException e) {
        // Made meanwhile; checked below.
      }
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a folder");
    }
    return dir;
  }

  private static void requireFolder(Path folder, Path wanted) throws IOException {
    if (folder != null && !Files.isDirectory(folder)) {
      throw new NoSuchFileException(
          wanted.toString(), null, "there is no folder " + folder + " to put it in");
    }
  }

  /** Creates the missing folders of {@code dir} private to their owner, top down. */
  private static void createMissing(Path dir) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir.toAbsolutePath();
        p != null && Files.notExists(p, LinkOption.NOFOLLOW_LINKS);
        p = p.getParent()) {
      missing.push(p);
    }
    for (Path p : missing) {
      try {
        if (POSIX) {
          Files.createDirectory(p, PosixFilePermissions.asFileAttribute(DIRECTORY));
          // A umask can take more than group and other bits away; this folder is Unknot's own.
          Files.setPosixFilePermissions(p, DIRECTORY);
        } else {
          Files.createDirectory(p);
        }
      } catch (FileAlreadyExistsException e) {
        // Made meanwhile by another Unknot; the caller checks it.
      }
    }
  }

  /** Its attributes, read without following a link, if it is no link and belongs to this user. */
  private static PosixFileAttributes ownAttributes(Path path) throws IOException {
    PosixFileAttributes attributes =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      throw new NotOwnFolderException(
          path + " is a symbolic link; Unknot does not follow links in its own folders");
    }
    UserPrincipal me = currentUser();
    if (me != null && !attributes.owner().equals(me)) {
      throw new NotOwnFolderException(
          path + " belongs to " + attributes.owner().getName() + ", not to " + me.getName());
    }
    return attributes;
  }

  private static volatile UserPrincipal currentUser;

  /** The user this process runs as; the JVM took user.name from the password entry of its uid. */
  private static UserPrincipal currentUser() {
    UserPrincipal user = currentUser;
    if (user == null) {
      try {
        user =
            FileSystems.getDefault()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        currentUser = user;
      } catch (IOException | UnsupportedOperationException e) {
        return null; // A uid with no password entry: the link and mode checks still apply.
      }
    }
    return user;
  }
}
