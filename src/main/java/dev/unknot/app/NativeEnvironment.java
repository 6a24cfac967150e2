package dev.unknot.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.unknot.platform.OperatingSystem;
import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Variables that the native libraries under AWT and the tray read from the process environment, set
 * before either starts. A value the user set is left alone. Also where those libraries keep their
 * files: in Unknot's state folder, not in /tmp or the passwd home's ~/.cache.
 */
final class NativeEnvironment {

  private static final Logger LOG = LoggerFactory.getLogger(NativeEnvironment.class);

  private NativeEnvironment() {}

  /** libc, through JNA, which the tray library loads anyway. */
  interface LibC extends Library {
    int setenv(String name, String value, int overwrite);

    int umask(int mask);
  }

  /** JNA's unpacked library (else ~/.cache/JNA of the passwd home, whatever $HOME says). */
  static final String JNA_TMPDIR = "jna.tmpdir";

  /**
   * Points the libraries' caches into {@code stateDir}, owner-only. dorkbox keeps its check marks
   * and resized icons in java.io.tmpdir (/tmp/SystemTrayCheckMarks_$USER, /tmp/unknotCache_$USER,
   * shared and left behind), read once when its OS class loads; so the daemon's temporary files go
   * into its own folder too. Must run before JNA or dorkbox is first used.
   */
  static void keepCachesIn(Path stateDir) throws IOException {
    Path nativeDir = stateDir.resolve("native");
    if (System.getProperty(JNA_TMPDIR) == null) {
      OwnerOnlyFiles.directory(nativeDir);
      System.setProperty(JNA_TMPDIR, OwnerOnlyFiles.directory(nativeDir.resolve("jna")).toString());
    }
    Path tmp = OwnerOnlyFiles.directory(stateDir.resolve("tmp"));
    System.setProperty("java.io.tmpdir", tmp.toString());
    ownTmp = tmp;
    // ImageIO would buffer the tray's icons in temporary files, in /tmp where the JDK looked the
    // temporary folder up before this.
    ImageIO.setUseCache(false);
  }

  // Set by keepCachesIn; package-private for tests that must not change their JVM's umask.
  static volatile Path ownTmp;

  static void prepareForTheDesktop() {
    if (!OperatingSystem.current().followsXdg()) {
      return;
    }
    try {
      LibC libc = Native.load("c", LibC.class);
      // GTK opens the OpenGL driver at start, though the tray draws nothing with it: on a machine
      // without a GPU driver that is Mesa's llvmpipe, about 45 MB.
      libc.setenv("GDK_GL", "disable", 0);
      // AWT's event thread wakes every 0.5 s when nothing happens, about 15 ms of CPU a minute.
      // Posted work still wakes it at once; this is only how long it naps with nothing to do.
      // Longer naps (10 min) delayed the tray icon and the prompt by seconds (TrayE2E,
      // BreakPromptE2E): some of AWT's work waits for the nap to end.
      libc.setenv("_AWT_MAX_POLL_TIMEOUT", "5000", 0);
      Path tmp = ownTmp;
      if (tmp != null) {
        // What the libraries create in there (dorkbox makes its cache folders 0755) is private.
        libc.umask(0077);
        // libffi (in JNA) writes its callback trampolines to a file in /tmp otherwise.
        libc.setenv("LIBFFI_TMPDIR", tmp.toString(), 0);
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("could not set the desktop libraries' variables: {}", e.toString());
    }
  }
}
