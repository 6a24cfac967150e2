package dev.unknot.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Starts one headless desktop for the whole test run: Xvfb, a D-Bus session bus, the openbox window
 * manager, the trayer tray host and the dunst notification service, then stops them in reverse
 * order. Where Xvfb cannot be had, desktop tests are skipped with a loud message, except under CI,
 * where that fails the run.
 */
public final class DesktopExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Desktop.class
        || type == BareDesktop.class
        || type == TwoMonitorDesktop.class
        || type == HiDpiDesktop.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    boolean bare = type == BareDesktop.class;
    boolean twoMonitors = type == TwoMonitorDesktop.class;
    boolean hiDpi = type == HiDpiDesktop.class;
    String key =
        bare
            ? "bare-desktop"
            : twoMonitors ? "two-monitor-desktop" : hiDpi ? "hidpi-desktop" : "desktop";
    Desktop desktop =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.create(DesktopExtension.class))
            .getOrComputeIfAbsent(key, k -> Session.start(!bare, twoMonitors, hiDpi), Session.class)
            .desktop();
    if (twoMonitors) {
      return new TwoMonitorDesktop(desktop);
    }
    if (hiDpi) {
      return new HiDpiDesktop(desktop);
    }
    return bare ? new BareDesktop(desktop) : desktop;
  }

  static final class Session implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final Deque<Process> started = new ArrayDeque<>();
    private final Map<String, String> env = new HashMap<>();
    private Desktop desktop;
    private String skipReason;

    private boolean withTray;
    private boolean twoMonitors;
    private boolean hiDpi;

    static Session start(boolean withTray) {
      return start(withTray, false);
    }

    static Session start(boolean withTray, boolean twoMonitors) {
      return start(withTray, twoMonitors, false);
    }

    static Session start(boolean withTray, boolean twoMonitors, boolean hiDpi) {
      Session session = new Session();
      session.withTray = withTray;
      session.twoMonitors = twoMonitors;
      session.hiDpi = hiDpi;
      session.boot();
      return session;
    }

    Desktop desktop() {
      if (skipReason != null) {
        String message = "DESKTOP TESTS SKIPPED: " + skipReason;
        System.err.println("\n*** " + message + " ***\n");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          throw new IllegalStateException(message + " (CI must run them; see .ci/install-deps)");
        }
        throw new TestAbortedException(message);
      }
      return desktop;
    }

    private void boot() {
      if (!onPath("Xvfb") || !onPath("xdotool") || !onPath("xdpyinfo")) {
        skipReason = "Xvfb, xdotool or xdpyinfo is not installed (run .ci/install-deps)";
        return;
      }
      int display = freeDisplay();
      String name = ":" + display;
      env.put("DISPLAY", name);
      env.put("NO_AT_BRIDGE", "1");
      try {
        List<String> xvfb =
            new ArrayList<>(
                List.of("Xvfb", name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"));
        if (hiDpi) {
          xvfb.set(4, "2560x1600x24"); // a laptop's HiDPI panel: 1280x800 points at scale 2
        }
        if (twoMonitors) {
          xvfb.set(4, "2560x800x24");
          // Otherwise the server resets when xrandr, its only client yet, disconnects, and the
          // monitors it set go with the reset.
          xvfb.add("-noreset");
        }
        started.push(start(xvfb));
        // The deadlines here only end a hang; a loaded machine is slow to start a server.
        if (!Desktop.await(
            Duration.ofSeconds(60), () -> answers(List.of("xdpyinfo", "-display", name)))) {
          skipReason = "Xvfb " + name + " did not start";
          close();
          return;
        }
        if (twoMonitors && !splitIntoTwoMonitors()) {
          close();
          return;
        }
        if (onPath("dbus-launch")) {
          startBus();
        }
        // A window manager, as on a real desktop: it decides focus, which the prompt must not take.
        if (onPath("openbox")) {
          started.push(start(List.of("openbox")));
        }
        if (withTray && onPath("trayer")) {
          started.push(
              start(
                  List.of(
                      "trayer",
                      "--edge",
                      "bottom",
                      "--align",
                      "right",
                      "--widthtype",
                      "request",
                      "--height",
                      "32",
                      "--SetDockType",
                      "true",
                      "--transparent",
                      "false",
                      "--tint",
                      "0x333333")));
        }
        // Started here rather than by D-Bus activation, so it stops with the desktop.
        if (env.containsKey("DBUS_SESSION_BUS_ADDRESS") && onPath("dunst")) {
          started.push(start(List.of("dunst")));
          Desktop.await(
              Duration.ofSeconds(60), () -> answers(List.of("dunstctl", "count", "displayed")));
        }
        desktop = new Desktop(env);
      } catch (IOException e) {
        skipReason = "cannot start the headless desktop: " + e.getMessage();
        close();
      }
    }

    /**
     * One wide screen shown as two 1280x800 monitors side by side (RandR 1.5 monitors, which AWT
     * sees through Xinerama as two screen devices).
     */
    private boolean splitIntoTwoMonitors() {
      if (!onPath("xrandr")) {
        skipReason = "xrandr is not installed (run .ci/install-deps)";
        return false;
      }
      // The first monitor takes over the screen's one output; the second has none.
      boolean split =
          answers(List.of("xrandr", "--setmonitor", "left", "1280/338x800/211+0+0", "screen"))
              && answers(
                  List.of("xrandr", "--setmonitor", "right", "1280/338x800/211+1280+0", "none"));
      if (!split) {
        skipReason = "xrandr could not split the screen into two monitors";
      }
      return split;
    }

    private void startBus() throws IOException {
      Process launch = start(List.of("dbus-launch", "--sh-syntax"));
      try {
        launch.waitFor(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      String out = new String(launch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      for (String line : out.lines().toList()) {
        String[] kv = line.replaceFirst(";$", "").split("=", 2);
        if (kv.length == 2 && kv[0].equals("DBUS_SESSION_BUS_ADDRESS")) {
          env.put("DBUS_SESSION_BUS_ADDRESS", kv[1].replaceAll("^'|'$", ""));
        }
        if (kv.length == 2 && kv[0].equals("DBUS_SESSION_BUS_PID")) {
          long pid = Long.parseLong(kv[1].replaceAll("\\D", ""));
          ProcessHandle.of(pid).ifPresent(bus -> busPid = bus);
        }
      }
    }

    private ProcessHandle busPid;

    private Process start(List<String> command) throws IOException {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      builder.redirectErrorStream(true);
      if (!command.get(0).equals("dbus-launch")) {
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      }
      return builder.start();
    }

    private boolean answers(List<String> command) {
      try {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p =
            builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly(); // Not left behind to pile up while the caller asks again.
          return false;
        }
        return p.exitValue() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private static int freeDisplay() {
      for (int n = 90; n < 200; n++) {
        if (Files.notExists(Path.of("/tmp/.X" + n + "-lock"))
            && Files.notExists(Path.of("/tmp/.X11-unix/X" + n))) {
          return n;
        }
      }
      throw new IllegalStateException("no free X display number between :90 and :199");
    }

    private static boolean onPath(String program) {
      String path = System.getenv().getOrDefault("PATH", "");
      for (String dir : path.split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, program))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void close() {
      while (!started.isEmpty()) {
        Process p = started.pop();
        p.destroy();
        try {
          if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (busPid != null) {
        busPid.destroy();
      }
    }
  }
}
