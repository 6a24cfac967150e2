package dev.unknot.input;

import com.sun.jna.FunctionMapper;
import com.sun.jna.Library;
import com.sun.jna.Native;
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
 * Loads Unknot's stand-ins for two functions jnativehook's native library calls (src/main/c): its
 * per-event screen query, and the X call through which it receives events, which Unknot wraps to
 * count events natively. They must be in the global symbol scope before the hook's library binds
 * its calls. Where the build had no C compiler, or on another platform, there are none and the hook
 * works as it always did, at a higher cost per event.
 */
final class HookStandIns {

  static final String FILE_NAME = "libunknot-hook.so";

  /** For tests that compare against the library as it comes. */
  static final String OFF_PROPERTY = "unknot.hook.plain";

  private static final Logger LOG = LoggerFactory.getLogger(HookStandIns.class);
  private static final int RTLD_NOW = 0x2;
  private static final int RTLD_GLOBAL = 0x100;
  private static volatile NativeLibrary loaded;

  /**
   * Called every second or two while input goes on: bound directly, which costs a JNI call and not
   * JNA's argument handling.
   */
  private static final class Counts {
    static native long take();

    static native long lastMillis();

    static final FunctionMapper NAMES =
        (library, method) ->
            switch (method.getName()) {
              case "take" -> "unknot_input_take";
              case "lastMillis" -> "unknot_input_last_millis";
              default -> method.getName();
            };
  }

  private HookStandIns() {}

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

  /** Unpacks the stand-ins into {@code dir} (Unknot's own, owner-only) and loads them; once. */
  static synchronized boolean load(Path dir) {
    if (loaded != null) {
      return true;
    }
    if (Boolean.getBoolean(OFF_PROPERTY)) {
      return false;
    }
    try (InputStream in = HookStandIns.class.getResourceAsStream(resource())) {
      if (in == null) {
        LOG.info(
            "input: no native stand-ins for the hook on this platform; each event costs a Java"
                + " call, each mouse event a question to the X server about its screens");
        return false;
      }
      Path file = dir.resolve(FILE_NAME);
      Path part = Files.createTempFile(dir, FILE_NAME, ".part");
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rwx------"));
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      NativeLibrary library =
          NativeLibrary.getInstance(
              file.toString(),
              Map.of(
                  Library.OPTION_OPEN_FLAGS,
                  RTLD_NOW | RTLD_GLOBAL,
                  Library.OPTION_FUNCTION_MAPPER,
                  Counts.NAMES));
      Native.register(Counts.class, library);
      loaded = library;
      return true;
    } catch (IOException | UnsatisfiedLinkError e) {
      LOG.warn("input: cannot load the native stand-ins for the hook: {}", e.getMessage());
      return false;
    }
  }

  /**
   * Whether the hook receives its events through Unknot's counting stand-in: true once a started
   * hook's X call bound to it, which another library loaded first could prevent.
   */
  static boolean countsInput() {
    NativeLibrary library = loaded;
    return library != null
        && library.getFunction("unknot_input_contexts_wrapped").invokeLong(new Object[0]) > 0;
  }

  /** Keys (high 32 bits) and pointer events (low 32) counted since the last take. */
  static long take() {
    return Counts.take();
  }

  /** Epoch milliseconds of the last event counted natively. */
  static long lastInputMillis() {
    return Counts.lastMillis();
  }

  /** How many screen queries the stand-in answered, if it is loaded: for tests. */
  static Optional<Long> queriesAnswered() {
    return count("unknot_screen_queries");
  }

  /** How many events the counting stand-in handed on to the hook library, if loaded: for tests. */
  static Optional<Long> eventsHandedOn() {
    return count("unknot_input_handed_on");
  }

  /** How many times the hook thread napped while input flowed, if loaded: for tests. */
  static Optional<Long> naps() {
    return count("unknot_input_naps");
  }

  private static Optional<Long> count(String function) {
    NativeLibrary library = loaded;
    return library == null
        ? Optional.empty()
        : Optional.of(library.getFunction(function).invokeLong(new Object[0]));
  }
}
