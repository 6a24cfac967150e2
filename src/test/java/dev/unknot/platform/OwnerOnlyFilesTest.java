package dev.unknot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

  @TempDir Path dir;

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  private static Path folder(Path p, String mode) throws IOException {
    Files.createDirectory(p);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    return p;
  }

  @Test
  void exportIntoAUsersFolderKeepsTheFoldersMode() throws IOException {
    Path users = folder(dir.resolve("D"), "rwxr-xr-x");

    Path out = OwnerOnlyFiles.chosenFile(users.resolve("x.json"));

    assertEquals("rwxr-xr-x", mode(users));
    assertEquals("rw-------", mode(out));
  }

  @Test
  void exportIntoTmpLeavesTmpAsItIs() throws IOException {
    Path tmp = Path.of("/tmp");
    assumeTrue(Files.isDirectory(tmp));
    String before = mode(tmp);
    Path out = tmp.resolve("unknot-owner-only-test-" + ProcessHandle.current().pid() + ".json");
    try {
      OwnerOnlyFiles.chosenFile(out);
      assertEquals(before, mode(tmp));
      assertTrue(Files.isRegularFile(out));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void exportWithAMissingFolderIsAnErrorAndCreatesNothing() {
    Path missing = dir.resolve("no/such/x.json");

    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> OwnerOnlyFiles.chosenFile(missing));

    assertTrue(
        e.getMessage().contains("there is no folder " + dir.resolve("no/such")), e.getMessage());
    assertFalse(Files.exists(dir.resolve("no")));
  }

  @Test
  void exportOverAnExistingFileKeepsItsMode() throws IOException {
    Path existing = Files.writeString(dir.resolve("old.json"), "{}");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));

    OwnerOnlyFiles.chosenFile(existing);

    assertEquals("rw-r--r--", mode(existing));
  }

  @Test
  void csvExportFolderIsCreatedPrivateButAnExistingOneKeepsItsMode() throws IOException {
    Path existing = folder(dir.resolve("exports"), "rwxr-xr-x");
    OwnerOnlyFiles.chosenDirectory(existing);
    assertEquals("rwxr-xr-x", mode(existing));

    Path fresh = OwnerOnlyFiles.chosenDirectory(existing.resolve("today"));
    assertEquals("rwx------", mode(fresh));
    assertThrows(
        NoSuchFileException.class, () -> OwnerOnlyFiles.chosenDirectory(dir.resolve("a/b")));
  }

  @Test
  void ownFileLeavesTheFoldersAboveItAsTheyAre() throws IOException {
    Path autostart = folder(dir.resolve("autostart"), "rwxr-xr-x");

    OwnerOnlyFiles.file(autostart.resolve("unknot.desktop"));
    OwnerOnlyFiles.file(dir.resolve("new/deeper/file"));

    assertEquals("rwxr-xr-x", mode(autostart));
    assertEquals("rw-------", mode(autostart.resolve("unknot.desktop")));
    assertEquals("rwx------", mode(dir.resolve("new")));
    assertEquals("rwx------", mode(dir.resolve("new/deeper")));
  }

  @Test
  void ownFolderThatIsASymlinkIsRefusedAndItsTargetLeftAlone() throws IOException {
    Path target = folder(dir.resolve("elsewhere"), "rwxr-xr-x");
    Path link = Files.createSymbolicLink(dir.resolve("unknot"), target);

    IOException e = assertThrows(IOException.class, () -> OwnerOnlyFiles.directory(link));

    assertEquals(
        link + " is a symbolic link; Unknot does not follow links in its own folders",
        e.getMessage());
    assertEquals("rwxr-xr-x", mode(target));
  }

  @Test
  void ownFileThatIsASymlinkIsRefusedAndItsTargetLeftAlone() throws IOException {
    Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(dir.resolve("unknot.db"), target);

    assertThrows(OwnerOnlyFiles.NotOwnFolderException.class, () -> OwnerOnlyFiles.file(link));

    assertEquals("keep me", Files.readString(target));
    assertEquals("rw-r--r--", mode(target));
  }

  @Test
  void ownFolderThatAnotherUserOwnsIsRefusedAndNotChanged() throws IOException {
    UserPrincipal nobody = nobodyIfRoot();
    Path foreign = folder(dir.resolve("unknot"), "rwxr-xr-x");
    Files.setOwner(foreign, nobody);

    IOException e = assertThrows(IOException.class, () -> OwnerOnlyFiles.directory(foreign));

    assertEquals(
        foreign + " belongs to nobody, not to " + System.getProperty("user.name"), e.getMessage());
    assertEquals("rwxr-xr-x", mode(foreign));
  }

  @Test
  void ownFolderThatOthersCanWriteIsRefused() throws IOException {
    Path shared = folder(dir.resolve("unknot"), "rwxrwxrwx");

    IOException e = assertThrows(IOException.class, () -> OwnerOnlyFiles.directory(shared));

    assertTrue(
        e.getMessage().startsWith(shared + " can be written by other users"), e.getMessage());
    assertEquals("rwxrwxrwx", mode(shared));
  }

  @Test
  void ownFolderIsCreatedPrivateWithItsMissingParents() throws IOException {
    Path state = OwnerOnlyFiles.directory(dir.resolve("local/state/unknot"));

    assertEquals("rwx------", mode(state));
    assertEquals("rwx------", mode(dir.resolve("local")));
    // Its own, created earlier with a looser mode: made private again.
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
    OwnerOnlyFiles.directory(state);
    assertEquals("rwx------", mode(state));
  }

  /** Another user to own a folder; only root can give one away. */
  static UserPrincipal nobodyIfRoot() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs root to chown");
    return Path.of("/")
        .getFileSystem()
        .getUserPrincipalLookupService()
        .lookupPrincipalByName("nobody");
  }
}
