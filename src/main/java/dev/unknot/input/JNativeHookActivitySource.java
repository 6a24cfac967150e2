package dev.unknot.input;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.dispatcher.VoidDispatchService;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseInputListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelListener;
import dev.unknot.core.ActivitySource;
import dev.unknot.core.ActivityTracker;
import dev.unknot.platform.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Global keyboard and mouse input through jnativehook. The listeners ignore the event objects they
 * are handed: which key or button it was never leaves the callback.
 */
public final class JNativeHookActivitySource implements ActivitySource {

  // Held in a field: java.util.logging keeps loggers weakly, and would forget the OFF level.
  private static final Logger HOOK_LOGGER = Logger.getLogger("com.github.kwhat.jnativehook");

  static {
    // At FINE it logs every event; nothing of it belongs in Unknot's logs.
    HOOK_LOGGER.setLevel(Level.OFF);
    HOOK_LOGGER.setUseParentHandlers(false);
  }

  private final Path libraryDir;
  private Listener listener;

  /**
   * @param libraryDir where the hook's native library is unpacked: by default jnativehook writes it
   *     beside the jar, which an installed package does not let a user write to
   */
  public JNativeHookActivitySource(Path libraryDir) {
    this.libraryDir = libraryDir;
  }

  @Override
  public synchronized void start(ActivityTracker tracker) {
    if (listener != null) {
      throw new IllegalStateException("the input hook is already running");
    }
    try {
      if (System.getProperty("jnativehook.lib.path") == null) {
        System.setProperty("jnativehook.lib.path", OwnerOnlyFiles.directory(libraryDir).toString());
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot create " + libraryDir + " for the input hook's library: " + e.getMessage(), e);
    }
    HookScreenQueryShim.load(libraryDir);
    QuietHookLibrary.install();
    try {
      // Events are counted on the hook's own thread: the listener only updates atomics, and a
      // dispatcher thread cost a wake-up per event. A fresh one each time, as after an unregister
      // the old one delivers nothing.
      GlobalScreen.setEventDispatcher(new VoidDispatchService());
      QuietHookLibrary.silence();
      GlobalScreen.registerNativeHook();
    } catch (NativeHookException | UnsatisfiedLinkError e) {
      throw new IllegalStateException(
          "cannot watch the keyboard and mouse: " + firstLine(e.getMessage()), e);
    }
    listener = new Listener(tracker);
    GlobalScreen.addNativeKeyListener(listener);
    GlobalScreen.addNativeMouseListener(listener);
    GlobalScreen.addNativeMouseMotionListener(listener);
    GlobalScreen.addNativeMouseWheelListener(listener);
  }

  @Override
  public synchronized void close() {
    if (listener == null) {
      return;
    }
    GlobalScreen.removeNativeKeyListener(listener);
    GlobalScreen.removeNativeMouseListener(listener);
    GlobalScreen.removeNativeMouseMotionListener(listener);
    GlobalScreen.removeNativeMouseWheelListener(listener);
    listener = null;
    try {
      GlobalScreen.unregisterNativeHook();
    } catch (NativeHookException e) {
      // Exiting anyway; the hook dies with the process.
    }
  }

  /**
   * How many of the hook's screen queries Unknot's stand-in answered, if it is loaded: each mouse
   * event makes one, which then costs no trip to the X server.
   */
  public static java.util.Optional<Long> screenQueriesAnswered() {
    return HookScreenQueryShim.queriesAnswered();
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
  }

  /** Counts presses, moves and wheel turns; releases would count each key twice. */
  private static final class Listener
      implements NativeKeyListener, NativeMouseInputListener, NativeMouseWheelListener {

    private final ActivityTracker tracker;

    Listener(ActivityTracker tracker) {
      this.tracker = tracker;
    }

    @Override
    public void nativeKeyPressed(NativeKeyEvent ignored) {
      tracker.onKeyboardEvent();
    }

    @Override
    public void nativeMousePressed(NativeMouseEvent ignored) {
      tracker.onMouseEvent();
    }

    @Override
    public void nativeMouseMoved(NativeMouseEvent ignored) {
      tracker.onMouseEvent();
    }

    @Override
    public void nativeMouseDragged(NativeMouseEvent ignored) {
      tracker.onMouseEvent();
    }

    @Override
    public void nativeMouseWheelMoved(NativeMouseWheelEvent ignored) {
      tracker.onMouseEvent();
    }
  }
}
