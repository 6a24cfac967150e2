package dev.unknot.e2e;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Input from the X server's XTest extension through JNA, at a steady rate: the benchmarks' driver
 * for rates that one xdotool process cannot keep up (hundreds of events a second).
 */
final class XTestDriver implements AutoCloseable {

  private final X11 x11 = X11.INSTANCE;
  private final X11.Display display;

  XTestDriver(Desktop desktop) {
    display = x11.XOpenDisplay(desktop.env().get("DISPLAY"));
    if (display == null) {
      throw new IllegalStateException("cannot open " + desktop.env().get("DISPLAY"));
    }
  }

  /** Pointer moves at {@code perSecond} for {@code length}; returns how many were sent. */
  long movePointer(Duration length, int perSecond) {
    long period = 1_000_000_000L / perSecond;
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long sent = 0;
    long next = start;
    while (next < end) {
      X11.XTest.INSTANCE.XTestFakeMotionEvent(
          display, -1, 300 + (int) (sent % 400), 400, new NativeLong(0));
      x11.XFlush(display);
      sent++;
      next += period;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
    }
    return sent;
  }

  /**
   * {@code count} pointer moves as fast as the X server takes them; returns once it has handled
   * them all (a round trip after the last), so every one has been delivered or queued for clients.
   */
  void movePointerAtOnce(long count) {
    for (long sent = 0; sent < count; sent++) {
      X11.XTest.INSTANCE.XTestFakeMotionEvent(
          display, -1, 300 + (int) (sent % 400), 400, new NativeLong(0));
    }
    x11.XSync(display, false);
  }

  @Override
  public void close() {
    x11.XCloseDisplay(display);
  }
}
