package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.ipc.ControlClient;
import dev.unknot.prompt.MainWindow;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknot's own window where there is no tray: starting Unknot again opens it in the running one,
 * its buttons work by real clicks, and its Quit (like `unknot quit`) stops Unknot cleanly.
 */
@ExtendWith(DesktopExtension.class)
class MainWindowE2E {

  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHOTS = Path.of("target", "e2e-screenshots");

  @Test
  void aSecondStartOpensTheWindowWhosePauseAndQuitWork(BareDesktop bare, @TempDir Path home)
      throws Exception {
    Desktop desktop = bare.desktop();
    UnknotProcess unknot = new UnknotProcess(home, desktop.env());
    unknot.setEnv("LANG", "en_US.UTF-8");
    try (unknot) {
      unknot.start(CONFIG);
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30), () -> desktop.window("Unknot: no system tray").isPresent()));
      desktop.screenshot(SHOTS.resolve("no-tray-notice-en.png"));

      // As the app menu's entry does: the same command again, while Unknot runs.
      Desktop.Result second =
          unknot.cli("run", "--config", home.resolve("test-config.toml").toString());
      assertEquals(0, second.exitCode(), second.out() + second.err());
      assertEquals(
          "Unknot is already running (pid " + unknot.daemon().pid() + "); its window is open.\n",
          second.out());
      assertTrue(
          Desktop.await(Duration.ofSeconds(30), () -> desktop.window("Unknot").isPresent()),
          "the window did not open");
      String window = desktop.window("Unknot").orElseThrow();
      desktop.screenshot(SHOTS.resolve("main-window-en.png"));

      click(desktop, window, MainWindow.PAUSE);
      boolean paused =
          Desktop.await(Duration.ofSeconds(20), () -> status(unknot).get("paused").asBoolean());
      desktop.screenshot(SHOTS.resolve("main-window-clicked-en.png"));
      assertTrue(
          paused,
          "Pause in the window did not pause breaks; clicked at "
              + MainWindow.buttonCenter(content(desktop, window), MainWindow.PAUSE)
              + " in "
              + content(desktop, window)
              + "\n"
              + unknot.output());
      // The status line says so within one refresh: the button now resumes.
      desktop.screenshot(SHOTS.resolve("main-window-paused-en.png"));
      click(desktop, window, MainWindow.PAUSE);
      assertTrue(
          Desktop.await(Duration.ofSeconds(20), () -> !status(unknot).get("paused").asBoolean()),
          "Resume in the window did not resume breaks");

      click(desktop, window, MainWindow.QUIT);
      assertTrue(unknot.daemon().waitFor(60, TimeUnit.SECONDS), "Quit did not stop Unknot");
      assertStoppedCleanly(unknot);
    }
  }

  @Test
  void unknotWindowOpensItInGermanAndUnknotQuitStopsIt(BareDesktop bare, @TempDir Path home)
      throws Exception {
    Desktop desktop = bare.desktop();
    UnknotProcess unknot = new UnknotProcess(home, desktop.env());
    unknot.setEnv("LANG", "de_DE.UTF-8");
    try (unknot) {
      unknot.start(CONFIG);
      // The notice's title is in German too once the tray's words are.
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30), () -> desktop.windowMatching("^Unknot: ").isPresent()));
      desktop.screenshot(SHOTS.resolve("no-tray-notice-de.png"));
      Desktop.Result opened = unknot.cli("window");
      assertEquals(0, opened.exitCode(), opened.out() + opened.err());
      assertEquals("Das Fenster von Unknot ist geöffnet.\n", opened.out());
      assertTrue(
          Desktop.await(Duration.ofSeconds(30), () -> desktop.window("Unknot").isPresent()),
          "the window did not open");
      String window = desktop.window("Unknot").orElseThrow();
      // A knot day in the diary, then a break on screen: both must survive the stop.
      Desktop.Result knot =
          unknot.cli("knot", "add", "--severity", "2", "--area", "neck", "--side", "left");
      assertEquals(0, knot.exitCode(), knot.out() + knot.err());
      click(desktop, window, MainWindow.BREAK);
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30),
              () -> status(unknot).path("break_on_screen").asText("").equals("micro")),
          "Take a break in the window showed no micro-break");
      desktop.screenshot(SHOTS.resolve("main-window-de.png"));

      Desktop.Result quit = unknot.cli("quit");
      assertEquals(0, quit.exitCode(), quit.out() + quit.err());
      assertFalse(unknot.daemon().isAlive(), "`unknot quit` returned before Unknot had stopped");
      assertTrue(unknot.daemon().waitFor(10, TimeUnit.SECONDS));
      assertStoppedCleanly(unknot);
      assertEquals(1, count(unknot, "SELECT count(*) FROM knot_reports"));
      assertEquals(1, count(unknot, "SELECT count(*) FROM breaks"), "the break on screen");
    }
  }

  /** Exit 0, the shutdown ran, the socket is gone, the lock is free and the diary is whole. */
  private static void assertStoppedCleanly(UnknotProcess unknot) throws Exception {
    assertEquals(0, unknot.daemon().exitValue(), unknot.output());
    assertTrue(unknot.logContains("stopping"), "the shutdown ran");
    assertFalse(Files.exists(unknot.controlSocket()), "the control socket is gone");
    Path lock = unknot.home().resolve("run/unknot/unknot.lock");
    if (Files.exists(lock)) {
      try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
          FileLock taken = channel.tryLock()) {
        assertTrue(taken != null, "the instance lock is still held");
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unknot.database());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      assertEquals("ok", rs.getString(1));
    }
    assertTrue(ControlClient.send(unknot.controlSocket(), "status").isEmpty(), "still answers");
  }

  private static long count(UnknotProcess unknot, String query) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unknot.database());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.getLong(1);
    }
  }

  private static void click(Desktop desktop, String window, int button) {
    Point at = MainWindow.buttonCenter(content(desktop, window), button);
    desktop.click(at.x, at.y);
  }

  /**
   * Where the window's content is on screen. xdotool's geometry of a window the window manager has
   * framed is off by the title bar; xwininfo's absolute corner is not.
   */
  private static Rectangle content(Desktop desktop, String window) {
    Desktop.Result info = Desktop.run(List.of("xwininfo", "-id", window), desktop.env());
    assertEquals(0, info.exitCode(), info.err());
    Map<String, Integer> values = new HashMap<>();
    for (String line : info.out().lines().toList()) {
      String[] kv = line.strip().split(":\\s+", 2);
      if (kv.length == 2 && kv[1].matches("-?\\d+")) {
        values.put(kv[0], Integer.parseInt(kv[1]));
      }
    }
    return new Rectangle(
        values.get("Absolute upper-left X"),
        values.get("Absolute upper-left Y"),
        values.get("Width"),
        values.get("Height"));
  }

  private static JsonNode status(UnknotProcess unknot) {
    try {
      JsonNode status = JSON.readTree(unknot.cli("status", "--json").out());
      if (!status.get("running").asBoolean()) {
        throw new AssertionError(
            "Unknot stopped: "
                + unknot.output()
                + "\n--- its log:\n"
                + (Files.exists(unknot.logFile()) ? Files.readString(unknot.logFile()) : ""));
      }
      return status;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
