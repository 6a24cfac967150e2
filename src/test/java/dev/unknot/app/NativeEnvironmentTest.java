package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.unknot.platform.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeEnvironmentTest {

  /** The process environment as native libraries read it; System.getenv is a copy from start. */
  interface LibC extends Library {
    String getenv(String name);

    int setenv(String name, String value, int overwrite);

    int unsetenv(String name);
  }

  private static final LibC LIBC = Native.load("c", LibC.class);

  @Test
  void setsAwtsPollTimeoutAndGtksGlSwitchForTheNativeLibraries() {
    assumeTrue(OperatingSystem.current().followsXdg(), "X11 and GTK only");
    LIBC.unsetenv("_AWT_MAX_POLL_TIMEOUT");
    LIBC.unsetenv("GDK_GL");

    NativeEnvironment.prepareForTheDesktop();

    assertEquals("5000", LIBC.getenv("_AWT_MAX_POLL_TIMEOUT"));
    assertEquals("disable", LIBC.getenv("GDK_GL"));
  }

  @Test
  void leavesAValueTheUserSetAlone() {
    assumeTrue(OperatingSystem.current().followsXdg(), "X11 and GTK only");
    LIBC.setenv("_AWT_MAX_POLL_TIMEOUT", "250", 1);
    LIBC.setenv("GDK_GL", "always", 1);

    NativeEnvironment.prepareForTheDesktop();

    assertEquals("250", LIBC.getenv("_AWT_MAX_POLL_TIMEOUT"));
    assertEquals("always", LIBC.getenv("GDK_GL"));
  }

  @Test
  void jnaAndTheTraysCachesGoIntoTheStateFolderOwnerOnly(@TempDir Path state) throws Exception {
    String jna = System.getProperty(NativeEnvironment.JNA_TMPDIR);
    String tmp = System.getProperty("java.io.tmpdir");
    try {
      System.clearProperty(NativeEnvironment.JNA_TMPDIR);

      NativeEnvironment.keepCachesIn(state);

      assertEquals(
          state.resolve("native/jna").toString(), System.getProperty(NativeEnvironment.JNA_TMPDIR));
      assertEquals(state.resolve("tmp").toString(), System.getProperty("java.io.tmpdir"));
      for (String dir : new String[] {"native", "native/jna", "tmp"}) {
        assertEquals(
            "rwx------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(dir))));
      }
    } finally {
      NativeEnvironment.ownTmp = null; // Else a later test here would set this JVM's umask.
      restore(NativeEnvironment.JNA_TMPDIR, jna);
      restore("java.io.tmpdir", tmp);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
