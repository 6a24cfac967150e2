package dev.unknot.e2e;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * A real GNOME Shell 43, headless, with the AppIndicator extension: its own session bus, a private
 * system bus with python3-dbusmock's logind (the shell dies at start without logind), a fresh HOME
 * and XDG_RUNTIME_DIR, and Xwayland for X clients. Stops everything it started.
 */
final class GnomeSession implements AutoCloseable {

  static final String APPINDICATOR = "ubuntu-appindicators@ubuntu.com";
  static final String WAYLAND_DISPLAY = "unknot-e2e-wayland";
  private static final Duration START = Duration.ofSeconds(90);

  private final Path dir;
  private final Deque<Process> started = new ArrayDeque<>();
  private final Map<String, String> env = new HashMap<>();
  private Process shell;
  private DBusConnection bus;
  private Desktop desktop;

  private GnomeSession(Path dir) {
    this.dir = dir;
  }

  /**
   * Starts the shell; with {@code appIndicator} false, the extension is left off (no tray host).
   */
  static GnomeSession start(Path dir, boolean appIndicator) throws Exception {
    for (String program : List.of("gnome-shell", "Xwayland", "dbus-daemon", "gsettings")) {
      if (!onPath(program)) {
        throw new IllegalStateException(
            program + " is not installed: run .ci/install-deps for the GNOME tests");
      }
    }
    GnomeSession session = new GnomeSession(Files.createDirectories(dir));
    try {
      session.boot(appIndicator);
    } catch (Exception | Error e) {
      session.close();
      throw e;
    }
    return session;
  }

  /** DISPLAY (Xwayland), XAUTHORITY, WAYLAND_DISPLAY and both bus addresses. */
  Desktop desktop() {
    return desktop;
  }

  /** This test's own connection to the shell's session bus. */
  DBusConnection bus() {
    return bus;
  }

  String sessionBusAddress() {
    return env.get("DBUS_SESSION_BUS_ADDRESS");
  }

  Path shellLog() {
    return dir.resolve("gnome-shell.log");
  }

  /**
   * A Mutter remote-desktop session on this test's bus connection (Mutter takes input only from the
   * peer that created the session): input through it reaches Mutter as from a real device.
   */
  RemoteInput remoteInput() throws DBusException {
    RemoteDesktop remote =
        bus.getRemoteObject(
            "org.gnome.Mutter.RemoteDesktop",
            "/org/gnome/Mutter/RemoteDesktop",
            RemoteDesktop.class);
    DBusPath path = remote.CreateSession();
    RemoteDesktopSession session =
        bus.getRemoteObject(
            "org.gnome.Mutter.RemoteDesktop", path.getPath(), RemoteDesktopSession.class);
    session.Start();
    return new RemoteInput(session);
  }

  /** Input a person would make, sent through Mutter's remote-desktop session. */
  static final class RemoteInput implements AutoCloseable {
    private static final int LEFT_SHIFT = 42; // evdev key codes
    private final RemoteDesktopSession session;
    private int step;

    private RemoteInput(RemoteDesktopSession session) {
      this.session = session;
    }

    /**
     * A small pointer nudge, back and forth, and a tap of Shift, which types nothing. A shell too
     * loaded to answer within dbus-java's 20 s is not a failure: the input has been sent, and a
     * typist thread that died of it would stop typing in the middle of a test.
     */
    void nudge() {
      unanswered(() -> session.NotifyPointerMotionRelative((step++ % 2 == 0) ? 3 : -3, 0));
      key(LEFT_SHIFT);
    }

    void key(int evdevCode) {
      unanswered(() -> session.NotifyKeyboardKeycode(new UInt32(evdevCode), true));
      unanswered(() -> session.NotifyKeyboardKeycode(new UInt32(evdevCode), false));
    }

    private static void unanswered(Runnable call) {
      try {
        call.run();
      } catch (org.freedesktop.dbus.errors.NoReply noReplyInTime) {
        // sent; what the input did is what the tests wait for
      }
    }

    @Override
    public void close() {
      session.Stop();
    }
  }

  private boolean screenshooter;

  /**
   * The whole screen as GNOME Shell composites it, through org.gnome.Shell.Screenshot; Xwayland's
   * root window is not readable when it runs rootless. The shell answers only the owners of a few
   * names, gnome-screenshot's among them, so this connection takes that name.
   */
  void screenshot(Path png) throws Exception {
    Files.createDirectories(png.toAbsolutePath().getParent());
    if (!screenshooter) {
      bus.requestBusName("org.gnome.Screenshot");
      screenshooter = true;
    }
    ShellScreenshot shooter =
        bus.getRemoteObject(
            "org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot", ShellScreenshot.class);
    leaveOverview();
    String file = png.toAbsolutePath().toString();
    // The shell learns of the new owner asynchronously: until then it refuses.
    boolean taken =
        Desktop.await(
            START,
            () -> {
              try {
                return shooter.Screenshot(false, false, file).success && Files.size(png) > 0;
              } catch (RuntimeException | IOException e) {
                return false;
              }
            });
    if (!taken) {
      throw new IllegalStateException("GNOME Shell took no screenshot to " + file);
    }
  }

  /**
   * A screenshot once the window of this title is on the screen the shell composites: Xwayland maps
   * a window before the shell draws it (it fades it in), and a screenshot taken then showed the
   * bare desktop. It waits for the window's area to be painted in two screenshots in a row.
   *
   * @return false if the window was not painted within {@code timeout}
   */
  boolean screenshotShowing(String title, Path png, Duration timeout) {
    boolean[] paintedBefore = {false};
    return Desktop.await(
        timeout,
        () -> {
          Optional<String> window = desktop.window(title);
          if (window.isEmpty()) {
            paintedBefore[0] = false;
            return false;
          }
          try {
            Rectangle area = desktop.geometry(window.get());
            screenshot(png);
            boolean painted = painted(png, area);
            boolean stable = painted && paintedBefore[0];
            paintedBefore[0] = painted;
            return stable;
          } catch (Exception e) {
            paintedBefore[0] = false;
            return false;
          }
        });
  }

  /**
   * Whether a drawn window covers this area: at nearly all of 25 points across it the colour is
   * neither the desktop's (the bottom-left corner's, where Unknot puts nothing) nor black, and it
   * has text on it, pixels far lighter or darker than its background. A window mapped but not yet
   * drawn by Swing is one flat colour.
   */
  static boolean painted(Path png, Rectangle area) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    int desktop = image.getRGB(0, image.getHeight() - 1) & 0xFFFFFF;
    int x0 = Math.max(0, area.x);
    int y0 = Math.max(0, area.y);
    int x1 = Math.min(image.getWidth(), area.x + area.width);
    int y1 = Math.min(image.getHeight(), area.y + area.height);
    if (x1 - x0 < 6 || y1 - y0 < 6) {
      return false;
    }
    int covered = 0;
    Map<Integer, Integer> colours = new HashMap<>();
    for (int i = 1; i <= 5; i++) {
      for (int j = 1; j <= 5; j++) {
        int rgb = image.getRGB(x0 + (x1 - x0) * i / 6, y0 + (y1 - y0) * j / 6) & 0xFFFFFF;
        covered += rgb != 0 && !near(rgb, desktop) ? 1 : 0;
        colours.merge(rgb, 1, Integer::sum);
      }
    }
    int background =
        colours.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int ink = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        ink += Math.abs(luma(image.getRGB(x, y)) - luma(background)) > 100 ? 1 : 0;
      }
    }
    return covered >= 22 && ink > 200;
  }

  private static int luma(int rgb) {
    return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
  }

  private static boolean near(int rgb, int other) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((rgb >> shift & 0xFF) - (other >> shift & 0xFF)) >= 40) {
        return false;
      }
    }
    return true;
  }

  /**
   * GNOME starts in the Activities overview, where windows show as small thumbnails; this leaves
   * it, as a click on "Activities" would, and waits until the shell says it has.
   */
  void leaveOverview() throws DBusException {
    Properties shell = bus.getRemoteObject("org.gnome.Shell", "/org/gnome/Shell", Properties.class);
    boolean left =
        Desktop.await(
            START,
            () -> {
              try {
                if (!Boolean.FALSE.equals(shell.Get("org.gnome.Shell", "OverviewActive"))) {
                  shell.Set("org.gnome.Shell", "OverviewActive", false);
                  return false;
                }
                return true;
              } catch (RuntimeException noReplyInTime) {
                return false;
              }
            });
    if (!left) {
      throw new IllegalStateException("the Activities overview stays open");
    }
  }

  /** Screenshot's (bs) answer. */
  public static final class Taken extends Tuple {
    @Position(0)
    public final boolean success;

    @Position(1)
    public final String filename;

    public Taken(boolean success, String filename) {
      this.success = success;
      this.filename = filename;
    }
  }

  private void boot(boolean appIndicator) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path runtime = dir.resolve("run");
    Files.createDirectories(
        runtime,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
    env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    env.put("XDG_RUNTIME_DIR", runtime.toString());
    // The keyfile backend writes settings at once to a file in this HOME; dconf's service writes
    // later, and one earlier attempt then started the shell before the extension was listed.
    env.put("GSETTINGS_BACKEND", "keyfile");
    env.put("XDG_SESSION_TYPE", "wayland");
    env.put("XDG_CURRENT_DESKTOP", "GNOME");
    env.put("NO_AT_BRIDGE", "1");
    env.put("DISPLAY", ""); // removed: the shell must start its own Xwayland
    env.put("WAYLAND_DISPLAY", "");

    env.put("DBUS_SESSION_BUS_ADDRESS", startBus("session-bus", List.of("--session")));
    Path systemConfig = dir.resolve("system-bus.conf");
    Files.writeString(systemConfig, systemBusConfig());
    env.put(
        "DBUS_SYSTEM_BUS_ADDRESS",
        startBus("system-bus", List.of("--config-file=" + systemConfig)));

    Map<String, String> mockEnv = new HashMap<>(env);
    mockEnv.put("PYTHONPATH", "/usr/lib/python3/dist-packages");
    started.push(
        start(
            List.of("/usr/bin/python3", "-m", "dbusmock", "--system", "--template", "logind"),
            mockEnv,
            dir.resolve("logind-mock.log")));
    try (DBusConnection system =
        DBusConnectionBuilder.forAddress(env.get("DBUS_SYSTEM_BUS_ADDRESS"))
            .withShared(false)
            .build()) {
      awaitName(system, "org.freedesktop.login1", dir.resolve("logind-mock.log"));
      // A logind session for the shell's screen shield, which locks through it.
      mock(
          "org.freedesktop.login1",
          "/org/freedesktop/login1",
          "AddSession",
          "c1",
          "seat0",
          "0",
          "root",
          "true");
      env.put("XDG_SESSION_ID", "c1");
      // The shell offers a lock screen only where GDM answers its version (loginManager.js).
      started.push(
          start(
              List.of(
                  "/usr/bin/python3",
                  "-m",
                  "dbusmock",
                  "--system",
                  "org.gnome.DisplayManager",
                  "/org/gnome/DisplayManager/Manager",
                  "org.gnome.DisplayManager.Manager"),
              mockEnv,
              dir.resolve("gdm-mock.log")));
      awaitName(system, "org.gnome.DisplayManager", dir.resolve("gdm-mock.log"));
      String gdm = "/org/gnome/DisplayManager/Manager";
      mock(
          "org.gnome.DisplayManager",
          gdm,
          "AddProperty",
          "org.gnome.DisplayManager.Manager",
          "Version",
          "<'43.0'>");
      mock(
          "org.gnome.DisplayManager",
          gdm,
          "AddMethod",
          "org.gnome.DisplayManager.Manager",
          "RegisterSession",
          "a{sv}",
          "",
          "");
    }

    if (appIndicator) {
      gsettings("set", "org.gnome.shell", "disable-user-extensions", "false");
      gsettings("set", "org.gnome.shell", "enabled-extensions", "['" + APPINDICATOR + "']");
    }

    shell =
        start(
            List.of(
                "gnome-shell",
                "--headless",
                "--wayland",
                "--virtual-monitor",
                "1280x800",
                "--wayland-display=" + WAYLAND_DISPLAY),
            env,
            shellLog());
    started.push(shell);
    bus = DBusConnectionBuilder.forAddress(sessionBusAddress()).withShared(false).build();
    awaitName(bus, "org.gnome.Shell", shellLog());
    awaitName(bus, "org.gnome.Mutter.IdleMonitor", shellLog());

    if (appIndicator) {
      ShellExtensions extensions =
          bus.getRemoteObject("org.gnome.Shell", "/org/gnome/Shell", ShellExtensions.class);
      try {
        extensions.EnableExtension(APPINDICATOR);
      } catch (RuntimeException noReplyInTime) {
        // Under load the shell answered after dbus-java's 20 s; the state below is what counts.
      }
      boolean enabled = Desktop.await(START, () -> extensionState(extensions) == 1);
      if (!enabled) {
        throw new IllegalStateException(
            "the AppIndicator extension is in state "
                + extensionState(extensions)
                + ", not 1 (enabled): 6 means initialized but not enabled, 3 an error; see "
                + shellLog());
      }
      awaitName(bus, "org.kde.StatusNotifierWatcher", shellLog());
    }

    Xwayland x = awaitXwayland();
    Map<String, String> desktopEnv = new HashMap<>(env);
    desktopEnv.put("DISPLAY", x.display());
    desktopEnv.put("XAUTHORITY", x.auth());
    // Absolute, so that programs with an XDG_RUNTIME_DIR of their own still find the compositor.
    desktopEnv.put("WAYLAND_DISPLAY", runtime.resolve(WAYLAND_DISPLAY).toString());
    // Unknot's processes get their own HOME and XDG folders from UnknotProcess.
    for (String name : List.of("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")) {
      desktopEnv.remove(name);
    }
    desktop = new Desktop(desktopEnv);
    // xdotool, not xdpyinfo: Desktop.run reads output at the end, and xdpyinfo's fills the pipe.
    // A bounded wait: an Xwayland that lost its compositor accepts and then never answers.
    if (!Desktop.await(
        START,
        () ->
            desktop.run(List.of("timeout", "10", "xdotool", "getdisplaygeometry")).exitCode()
                == 0)) {
      throw new IllegalStateException("Xwayland " + x.display() + " does not answer");
    }
  }

  /** The AppIndicator extension's state: 1 enabled, 2 disabled, 3 error, 6 initialized. */
  int appIndicatorState() throws DBusException {
    return extensionState(
        bus.getRemoteObject("org.gnome.Shell", "/org/gnome/Shell", ShellExtensions.class));
  }

  /** -1 where the shell does not know it or does not answer in time. */
  private int extensionState(ShellExtensions extensions) {
    try {
      Variant<?> state = extensions.GetExtensionInfo(APPINDICATOR).get("state");
      return state == null ? -1 : ((Number) state.getValue()).intValue();
    } catch (RuntimeException noReplyInTime) {
      return -1;
    }
  }

  private record Xwayland(String display, String auth) {}

  /**
   * Mutter starts Xwayland as its child, with the display and the auth file on its command line.
   */
  private Xwayland awaitXwayland() {
    Xwayland[] found = new Xwayland[1];
    boolean up =
        Desktop.await(
            START,
            () -> {
              found[0] =
                  shell
                      .descendants()
                      .map(GnomeSession::xwayland)
                      .flatMap(Optional::stream)
                      .findFirst()
                      .orElse(null);
              return found[0] != null || !shell.isAlive();
            });
    if (!up || found[0] == null) {
      throw new IllegalStateException("no Xwayland under gnome-shell; see " + shellLog());
    }
    return found[0];
  }

  private static Optional<Xwayland> xwayland(ProcessHandle process) {
    Optional<String[]> args = process.info().arguments();
    boolean isXwayland = process.info().command().map(c -> c.endsWith("/Xwayland")).orElse(false);
    if (!isXwayland || args.isEmpty()) {
      return Optional.empty();
    }
    String[] a = args.get();
    String auth = null;
    for (int i = 0; i + 1 < a.length; i++) {
      if (a[i].equals("-auth")) {
        auth = a[i + 1];
      }
    }
    return a.length > 0 && a[0].startsWith(":") && auth != null
        ? Optional.of(new Xwayland(a[0], auth))
        : Optional.empty();
  }

  private void awaitName(DBusConnection connection, String name, Path logOfOwner) {
    DBus daemon;
    try {
      daemon =
          connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
    } catch (DBusException e) {
      throw new IllegalStateException(e);
    }
    boolean owned =
        Desktop.await(
            START, () -> daemon.NameHasOwner(name) || started.stream().anyMatch(p -> !p.isAlive()));
    if (!daemon.NameHasOwner(name)) {
      throw new IllegalStateException(
          name
              + " did not appear on the bus"
              + (owned ? " (a process died)" : "")
              + "; see "
              + logOfOwner
              + ":\n"
              + tail(logOfOwner));
    }
  }

  private String startBus(String name, List<String> options) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(List.of("dbus-daemon", "--nofork", "--print-address"));
    command.addAll(options);
    if (options.contains("--session")) {
      command.add("--address=unix:path=" + dir.resolve(name));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.environment().values().removeIf(String::isEmpty);
    builder.redirectError(dir.resolve(name + ".log").toFile());
    Process daemon = builder.start();
    started.push(daemon);
    String address =
        new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    if (address == null) {
      throw new IOException(name + " did not start: " + tail(dir.resolve(name + ".log")));
    }
    return address.strip();
  }

  private String systemBusConfig() {
    return """
        <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
         "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
        <busconfig>
          <type>system</type>
          <listen>unix:path=%s</listen>
          <policy context="default">
            <allow user="*"/>
            <allow own="*"/>
            <allow send_destination="*"/>
            <allow receive_sender="*"/>
          </policy>
        </busconfig>
        """
        .formatted(dir.resolve("system-bus"));
  }

  /** Calls a method of python3-dbusmock's org.freedesktop.DBus.Mock interface on the system bus. */
  private void mock(String name, String path, String method, String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "gdbus",
                "call",
                "--system",
                "-d",
                name,
                "-o",
                path,
                "-m",
                "org.freedesktop.DBus.Mock." + method,
                "--"));
    command.addAll(List.of(args));
    Desktop.Result result = Desktop.run(command, env);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + result.err());
    }
  }

  /**
   * Locks the screen as the user's shortcut would, and returns once the shell says it is locked.
   * The shell answers Lock only when its lock screen has faded in: under `stress-ng --cpu 2` that
   * took longer than dbus-java's 20 s wait for a reply, and the call failed with NoReply though the
   * screen then locked. So the answer is not waited for; the shell's GetActive is.
   */
  void lock() throws DBusException {
    ScreenSaver saver = screenSaver();
    try {
      saver.Lock();
    } catch (RuntimeException noReplyInTime) {
      // what counts is the state below
    }
    if (!Desktop.await(START, () -> activeOr(saver, false))) {
      throw new IllegalStateException("the shell does not say it is locked; see " + shellLog());
    }
  }

  /** Unlocks: the shell's own SetActive(false), as after a password; returns once it says so. */
  void unlock() throws DBusException {
    ScreenSaver saver = screenSaver();
    try {
      saver.SetActive(false);
    } catch (RuntimeException noReplyInTime) {
      // what counts is the state below
    }
    if (!Desktop.await(START, () -> !activeOr(saver, true))) {
      throw new IllegalStateException("the shell still says it is locked; see " + shellLog());
    }
  }

  /** What the shell says; a loaded shell that does not answer in time is asked again. */
  boolean locked() throws DBusException {
    ScreenSaver saver = screenSaver();
    Boolean[] active = {null};
    Desktop.await(
        START,
        () -> {
          try {
            active[0] = saver.GetActive();
            return true;
          } catch (RuntimeException noReplyInTime) {
            return false;
          }
        });
    if (active[0] == null) {
      throw new IllegalStateException("the shell does not answer GetActive; see " + shellLog());
    }
    return active[0];
  }

  private static boolean activeOr(ScreenSaver saver, boolean noAnswer) {
    try {
      return saver.GetActive();
    } catch (RuntimeException noReplyInTime) {
      return noAnswer;
    }
  }

  // GNOME 43 exports the interface under this name; org.gnome.ScreenSaver is a separate service.
  private ScreenSaver screenSaver() throws DBusException {
    return bus.getRemoteObject(
        "org.gnome.Shell.ScreenShield", "/org/gnome/ScreenSaver", ScreenSaver.class);
  }

  @DBusInterfaceName("org.gnome.ScreenSaver")
  interface ScreenSaver extends DBusInterface {
    void Lock();

    void SetActive(boolean active);

    boolean GetActive();
  }

  private void gsettings(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("gsettings"));
    command.addAll(List.of(args));
    Desktop.Result result = Desktop.run(command, env);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + result.err());
    }
  }

  private static Process start(List<String> command, Map<String, String> env, Path log)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.environment().values().removeIf(String::isEmpty);
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return builder.start();
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  /** Stops the shell, its Xwayland, the logind mock and both buses, newest first. */
  @Override
  public void close() {
    if (bus != null) {
      bus.disconnect();
    }
    while (!started.isEmpty()) {
      Process p = started.pop();
      // Xwayland, the calendar server and other helpers the shell or the bus started.
      List<ProcessHandle> children = p.descendants().toList();
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      children.forEach(ProcessHandle::destroy);
    }
  }

  @DBusInterfaceName("org.gnome.Shell.Extensions")
  interface ShellExtensions extends DBusInterface {
    boolean EnableExtension(String uuid);

    Map<String, Variant<?>> GetExtensionInfo(String uuid);
  }

  @DBusInterfaceName("org.gnome.Shell.Screenshot")
  interface ShellScreenshot extends DBusInterface {
    Taken Screenshot(boolean includeCursor, boolean flash, String filename);
  }

  @DBusInterfaceName("org.gnome.Mutter.RemoteDesktop")
  interface RemoteDesktop extends DBusInterface {
    DBusPath CreateSession();
  }

  @DBusInterfaceName("org.gnome.Mutter.RemoteDesktop.Session")
  interface RemoteDesktopSession extends DBusInterface {
    void Start();

    void Stop();

    void NotifyPointerMotionRelative(double dx, double dy);

    void NotifyKeyboardKeycode(UInt32 keycode, boolean pressed);
  }
}
