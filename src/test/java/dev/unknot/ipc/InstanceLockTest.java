package dev.unknot.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

  @TempDir Path dir;

  @Test
  void writesItsPidIntoAnOwnerOnlyFileAndASecondAcquireGetsNothing() throws IOException {
    Path file = dir.resolve("run/unknot/unknot.lock");
    try (InstanceLock lock = InstanceLock.acquire(file).orElseThrow()) {
      assertEquals(OptionalLong.of(ProcessHandle.current().pid()), InstanceLock.holder(file));
      assertEquals(Optional.empty(), InstanceLock.acquire(file));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }
  }

  @Test
  void lockFileThatIsASymlinkIsRefusedAndItsTargetNotTruncated() throws IOException {
    Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
    Path runtime = Files.createDirectories(dir.resolve("run/unknot"));
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    Path lock = Files.createSymbolicLink(runtime.resolve("unknot.lock"), precious);

    IOException e = assertThrows(IOException.class, () -> InstanceLock.acquire(lock));

    assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
    assertEquals("keep me\n", Files.readString(precious));
  }

  @Test
  void runtimeFolderThatIsASymlinkIsRefusedAndNotChmodded() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(dir.resolve("run"));
    Path runtime = Files.createSymbolicLink(dir.resolve("run/unknot"), elsewhere);

    IOException e =
        assertThrows(IOException.class, () -> InstanceLock.acquire(runtime.resolve("unknot.lock")));

    assertTrue(e.getMessage().contains(runtime + " is a symbolic link"), e.getMessage());
    assertEquals(
        "rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere)));
    assertTrue(Files.notExists(elsewhere.resolve("unknot.lock")));
  }

  @Test
  void runtimeFolderThatAnotherUserOwnsIsRefused() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs root to chown");
    Path runtime = Files.createDirectories(dir.resolve("run/unknot"));
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    Files.setOwner(
        runtime,
        runtime.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

    IOException e =
        assertThrows(IOException.class, () -> InstanceLock.acquire(runtime.resolve("unknot.lock")));

    assertEquals(runtime + " belongs to nobody, not to root", e.getMessage());
    assertTrue(Files.notExists(runtime.resolve("unknot.lock")));
  }
}
