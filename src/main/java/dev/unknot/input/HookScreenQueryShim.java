package dev.unknot.input;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Unknot's stand-in for jnativehook's per-event screen query (src/main/c), so that a mouse
 * event costs no X round trips. It must be in the global symbol scope before the hook's library
 * binds its calls. Where the build had no C compiler, or on another platform, there is none and the
 * hook works as it always did, at a higher cost per mouse event.
 */
final class HookScreenQueryShim {

  static final String FILE_NAME = "libunknot-hook-screen-info.so";
  private static final Logger LOG = LoggerFactory.getLogger(HookScreenQueryShim.class);
  private static final int RTLD_NOW = 0x2;
  private static final int RTLD_GLOBAL = 0x100;
  private static volatile NativeLibrary loaded;

  private HookScreenQueryShim() {}

  /** The resource built for this JVM's platform, e.g. linux-amd64, if the build made one. */
  static String resource() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    return "/dev/unknot/input/"
        + (os.contains("linux") ? "linux" : os)
        + "-"
        + arch
        + "/"
        + FILE_NAME;
  }

  /** Unpacks the stand-in into {@code dir} (Unknot's own, owner-only) and loads it; once. */
  static synchronized boolean load(Path dir) {
    if (loaded != null) {
      return true;
    }
    if (Boolean.getBoolean("unknot.hook.keepScreenQuery")) {
      return false; // for tests that compare against the library as it comes
    }
    try (InputStream in = HookScreenQueryShim.class.getResourceAsStream(resource())) {
      if (in == null) {
        LOG.info(
            "input: no stand-in for the hook's screen query on this platform; each mouse event"
                + " asks the X server about its screens");
        return false;
      }
      Path file = dir.resolve(FILE_NAME);
      Path part = Files.createTempFile(dir, FILE_NAME, ".part");
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rwx------"));
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      loaded =
          NativeLibrary.getInstance(
              file.toString(), Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW | RTLD_GLOBAL));
      return true;
    } catch (IOException | UnsatisfiedLinkError e) {
      LOG.warn("input: cannot load the stand-in for the hook's screen query: {}", e.getMessage());
      return false;
    }
  }

  /** How many screen queries the stand-in answered, if it is loaded: for tests. */
  static Optional<Long> queriesAnswered() {
    NativeLibrary library = loaded;
    return library == null
        ? Optional.empty()
        : Optional.of(library.getFunction("unknot_screen_queries").invokeLong(new Object[0]));
  }
}
