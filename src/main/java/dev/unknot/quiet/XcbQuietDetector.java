package dev.unknot.quiet;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.unknot.core.QuietDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds prompts while the focused X11 window is full screen ({@code _NET_WM_STATE_FULLSCREEN} on
 * {@code _NET_ACTIVE_WINDOW}) or belongs to one of the quiet apps, by window class or process name.
 *
 * <p>It talks to the X server through libxcb on a connection of its own. Xlib would do too, but an
 * Xlib error (a window closed between two requests) goes to a handler that is global to the process
 * and shared with AWT; libxcb returns errors to the caller.
 */
public final class XcbQuietDetector implements QuietDetector, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(XcbQuietDetector.class);
  private static final int ATOM_ATOM = 4;
  private static final int ATOM_CARDINAL = 6;
  private static final int ATOM_STRING = 31;
  private static final int ATOM_WINDOW = 33;
  private static final int ATOM_WM_CLASS = 67;

  /** The few libxcb calls used; a cookie is a struct holding one sequence number. */
  interface Xcb extends Library {
    Pointer xcb_connect(String display, IntByReference screen);

    int xcb_connection_has_error(Pointer connection);

    void xcb_disconnect(Pointer connection);

    Pointer xcb_get_setup(Pointer connection);

    ScreenIterator.ByValue xcb_setup_roots_iterator(Pointer setup);

    void xcb_screen_next(ScreenIterator iterator);

    Cookie.ByValue xcb_intern_atom(
        Pointer connection, byte onlyIfExists, short length, String name);

    Pointer xcb_intern_atom_reply(Pointer connection, Cookie.ByValue cookie, PointerByReference e);

    Cookie.ByValue xcb_get_property(
        Pointer connection,
        byte delete,
        int window,
        int property,
        int type,
        int longOffset,
        int longLength);

    Pointer xcb_get_property_reply(Pointer connection, Cookie.ByValue cookie, PointerByReference e);

    Pointer xcb_get_property_value(Pointer reply);

    int xcb_get_property_value_length(Pointer reply);
  }

  @Structure.FieldOrder({"sequence"})
  public static class Cookie extends Structure {
    public int sequence;

    public static class ByValue extends Cookie implements Structure.ByValue {}
  }

  @Structure.FieldOrder({"data", "rem", "index"})
  public static class ScreenIterator extends Structure {
    public Pointer data;
    public int rem;
    public int index;

    public static class ByValue extends ScreenIterator implements Structure.ByValue {}
  }

  private final Xcb xcb;
  private final Pointer connection;
  private final int root;
  private final int activeWindow;
  private final int wmState;
  private final int fullscreen;
  private final int wmPid;
  private volatile boolean watchFullscreen;
  private volatile Set<String> quietApps;

  private XcbQuietDetector(
      Xcb xcb, Pointer connection, int root, boolean watchFullscreen, List<String> quietApps) {
    this.xcb = xcb;
    this.connection = connection;
    this.root = root;
    this.activeWindow = atom("_NET_ACTIVE_WINDOW");
    this.wmState = atom("_NET_WM_STATE");
    this.fullscreen = atom("_NET_WM_STATE_FULLSCREEN");
    this.wmPid = atom("_NET_WM_PID");
    apply(watchFullscreen, quietApps);
  }

  /**
   * Connects to the display; empty, with the reason logged, where there is no X11 display or no
   * libxcb (Wayland without Xwayland, macOS, Windows).
   */
  public static Optional<XcbQuietDetector> connect(
      String display, boolean watchFullscreen, List<String> quietApps) {
    try {
      Xcb xcb = Native.load("xcb", Xcb.class);
      IntByReference screen = new IntByReference();
      Pointer connection = xcb.xcb_connect(display, screen);
      if (connection == null || xcb.xcb_connection_has_error(connection) != 0) {
        LOG.warn("quiet mode: cannot connect to the X display {}; prompts are never held", display);
        return Optional.empty();
      }
      ScreenIterator.ByValue screens = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(connection));
      for (int i = 0; i < screen.getValue() && screens.rem > 1; i++) {
        xcb.xcb_screen_next(screens);
        screens.read();
      }
      int root = screens.data.getInt(0);
      return Optional.of(new XcbQuietDetector(xcb, connection, root, watchFullscreen, quietApps));
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      LOG.warn("quiet mode: libxcb is not usable ({}); prompts are never held", e.toString());
      return Optional.empty();
    }
  }

  /** A changed config; the quiet apps are compared without regard to case. */
  public void apply(boolean fullscreen, List<String> apps) {
    watchFullscreen = fullscreen;
    quietApps =
        apps.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public synchronized Optional<String> reason() {
    int window = firstCard(root, activeWindow, ATOM_WINDOW);
    if (window == 0) {
      return Optional.empty();
    }
    if (watchFullscreen && cards(window, wmState, ATOM_ATOM).contains(fullscreen)) {
      return Optional.of("a window is full screen");
    }
    if (quietApps.isEmpty()) {
      return Optional.empty();
    }
    for (String name : classNames(window)) {
      if (quietApps.contains(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(name + " has the focus");
      }
    }
    int pid = firstCard(window, wmPid, ATOM_CARDINAL);
    if (pid > 0) {
      Optional<String> command =
          ProcessHandle.of(pid)
              .flatMap(p -> p.info().command())
              .map(c -> Path.of(c).getFileName().toString());
      if (command.isPresent() && quietApps.contains(command.get().toLowerCase(Locale.ROOT))) {
        return Optional.of(command.get() + " has the focus");
      }
    }
    return Optional.empty();
  }

  /** WM_CLASS: the instance name and the class name. */
  private List<String> classNames(int window) {
    byte[] raw = property(window, ATOM_WM_CLASS, ATOM_STRING);
    List<String> names = new ArrayList<>();
    for (String part : new String(raw, StandardCharsets.ISO_8859_1).split("\0")) {
      if (!part.isEmpty()) {
        names.add(part);
      }
    }
    return names;
  }

  private int firstCard(int window, int property, int type) {
    List<Integer> values = cards(window, property, type);
    return values.isEmpty() ? 0 : values.get(0);
  }

  private List<Integer> cards(int window, int property, int type) {
    byte[] raw = property(window, property, type);
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i + 4 <= raw.length; i += 4) {
      values.add(
          (raw[i] & 0xff)
              | (raw[i + 1] & 0xff) << 8
              | (raw[i + 2] & 0xff) << 16
              | (raw[i + 3] & 0xff) << 24);
    }
    return values;
  }

  /** The property's bytes in the client's byte order, or none if the window has gone. */
  private byte[] property(int window, int property, int type) {
    PointerByReference error = new PointerByReference();
    Pointer reply =
        xcb.xcb_get_property_reply(
            connection,
            xcb.xcb_get_property(connection, (byte) 0, window, property, type, 0, 64),
            error);
    freeIfSet(error.getValue());
    if (reply == null) {
      return new byte[0];
    }
    try {
      int length = xcb.xcb_get_property_value_length(reply);
      return length <= 0 ? new byte[0] : xcb.xcb_get_property_value(reply).getByteArray(0, length);
    } finally {
      Native.free(Pointer.nativeValue(reply));
    }
  }

  private int atom(String name) {
    PointerByReference error = new PointerByReference();
    Pointer reply =
        xcb.xcb_intern_atom_reply(
            connection,
            xcb.xcb_intern_atom(connection, (byte) 0, (short) name.length(), name),
            error);
    freeIfSet(error.getValue());
    if (reply == null) {
      throw new IllegalStateException("the X server did not intern " + name);
    }
    try {
      return reply.getInt(8);
    } finally {
      Native.free(Pointer.nativeValue(reply));
    }
  }

  private static void freeIfSet(Pointer p) {
    if (p != null) {
      Native.free(Pointer.nativeValue(p));
    }
  }

  @Override
  public synchronized void close() {
    xcb.xcb_disconnect(connection);
  }
}
