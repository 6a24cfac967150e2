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
import java.util.concurrent.locks.LockSupport;
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

  /**
   * How often counts are taken from the native side while input goes on, at most: each take wakes a
   * thread, and once a second was a fifth of the daemon's wake-ups while typing.
   */
  static final long TAKE_EVERY_MAX_MILLIS = 2_000;

  /** The hook thread's nap while input flows (src/main/c/hook_input_counter.c). */
  static final long HOOK_NAP_MILLIS = 1_000;

  private final Path libraryDir;
  private InputListener listener;
  private Thread taker;

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
    HookStandIns.load(libraryDir);
    QuietHookLibrary.install();
    try {
      // Events reach Java on the hook's own thread: a dispatcher thread cost a wake-up per event.
      // A fresh one each time, as after an unregister the old one delivers nothing.
      GlobalScreen.setEventDispatcher(new VoidDispatchService());
      QuietHookLibrary.silence();
      GlobalScreen.registerNativeHook();
    } catch (NativeHookException | UnsatisfiedLinkError e) {
      throw new IllegalStateException(
          "cannot watch the keyboard and mouse: " + firstLine(e.getMessage()), e);
    }
    if (HookStandIns.countsInput()) {
      // Counted natively; the hook hands Java only the first event after a quiet spell, which
      // wakes the taker.
      taker = new Thread(() -> takeCounts(tracker), "unknot-input-counts");
      taker.setDaemon(true);
      WakingListener waking = new WakingListener(taker);
      addListeners(waking);
      listener = waking;
      taker.start();
    } else {
      CountingListener counting = new CountingListener(tracker);
      addListeners(counting);
      listener = counting;
    }
  }

  private static void addListeners(InputListener listener) {
    GlobalScreen.addNativeKeyListener(listener);
    GlobalScreen.addNativeMouseListener(listener);
    GlobalScreen.addNativeMouseMotionListener(listener);
    GlobalScreen.addNativeMouseWheelListener(listener);
  }

  /**
   * The only writer of the tracker while input is counted natively: takes the counts as soon as it
   * is woken, then every {@link #takeEveryMillis} until a take finds none (which tells the native
   * side to wake it again), and once more when the hook has stopped.
   */
  private static void takeCounts(ActivityTracker tracker) {
    boolean stopping = false;
    while (!stopping) {
      long taken = HookStandIns.take();
      if (taken == 0) {
        LockSupport.park();
        stopping = Thread.interrupted();
        continue;
      }
      handOver(taken, tracker);
      try {
        Thread.sleep(takeEveryMillis(tracker.idleThresholdMillis()));
      } catch (InterruptedException e) {
        stopping = true;
      }
    }
    handOver(HookStandIns.take(), tracker);
  }

  /**
   * How long the taker sleeps between takes while input goes on. The tracker's last input lags the
   * real one by up to this plus the hook's nap, which must stay well under the idle threshold: a
   * tick in between would otherwise see a pause that was not there. For the default 5 s, 2 s.
   */
  static long takeEveryMillis(long idleThresholdMillis) {
    return Math.max(200, Math.min(TAKE_EVERY_MAX_MILLIS, idleThresholdMillis * 2 / 5));
  }

  private static void handOver(long taken, ActivityTracker tracker) {
    tracker.onEvents(taken >>> 32, taken & 0xffff_ffffL, HookStandIns.lastInputMillis());
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
    if (taker != null) {
      // After the hook: the last take then has the last events, and they are recorded.
      taker.interrupt();
      try {
        taker.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      taker = null;
    }
  }

  /**
   * How many of the hook's screen queries Unknot's stand-in answered, if it is loaded: each mouse
   * event makes one, which then costs no trip to the X server.
   */
  public static java.util.Optional<Long> screenQueriesAnswered() {
    return HookStandIns.queriesAnswered();
  }

  /**
   * How many counted events Unknot's native side handed on to the hook library, if it is loaded:
   * the first of each spell of input, the rest counted without a call into Java.
   */
  public static java.util.Optional<Long> eventsHandedOn() {
    return HookStandIns.eventsHandedOn();
  }

  /**
   * How many times the hook thread napped to let input pile up, if Unknot's native side is loaded:
   * once a second or so while input flows, and not while it reads through what piled up.
   */
  public static java.util.Optional<Long> hookNaps() {
    return HookStandIns.naps();
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
  }

  private interface InputListener
      extends NativeKeyListener, NativeMouseInputListener, NativeMouseWheelListener {}

  /**
   * Counts presses, moves and wheel turns, one call per event: where there is no native counting.
   * Releases would count each key twice.
   */
  private static final class CountingListener implements InputListener {

    private final ActivityTracker tracker;

    CountingListener(ActivityTracker tracker) {
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

  /**
   * Where events are counted natively, the hook hands on only the first of a spell of input: this
   * wakes the thread that takes the counts. The event itself is already counted.
   */
  private static final class WakingListener implements InputListener {

    private final Thread taker;

    WakingListener(Thread taker) {
      this.taker = taker;
    }

    @Override
    public void nativeKeyPressed(NativeKeyEvent ignored) {
      LockSupport.unpark(taker);
    }

    @Override
    public void nativeMousePressed(NativeMouseEvent ignored) {
      LockSupport.unpark(taker);
    }

    @Override
    public void nativeMouseMoved(NativeMouseEvent ignored) {
      LockSupport.unpark(taker);
    }

    @Override
    public void nativeMouseDragged(NativeMouseEvent ignored) {
      LockSupport.unpark(taker);
    }

    @Override
    public void nativeMouseWheelMoved(NativeMouseWheelEvent ignored) {
      LockSupport.unpark(taker);
    }
  }
}
