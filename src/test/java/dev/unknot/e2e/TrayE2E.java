package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteMouseHandLog;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tray icon in a real tray host (trayer), driven with xdotool. */
class TrayE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";
  // Menu items, top to bottom; TrayMenu has the rows, the groups and the count.
  private static final int TAKE_MICRO = 1;
  private static final int PAUSE = 3;
  private static final int RESUME = 4;
  private static final int MEETING = 5;
  private static final int REPORT_KNOT = 6;
  private static final int MOUSE_HAND = 7;
  private static final int WEEKLY_SUMMARY = 8;
  private static final int SETTINGS = 9;
  private static final int OPEN_DATA_FOLDER = 11;
  private static final int ABOUT = 12;
  private static final int QUIT = 13;
  private static final int MEETING_ITEMS = 4;
  private static final int MENU_HEIGHT = TrayMenu.height(TrayMenu.ITEMS);
  private static final int COUNTING_GREEN = 0x2F7D6D;
  private static final int PAUSED_GREY = 0x7A8088;
  private static final int BREAK_AMBER = 0xC77B19;

  TrayE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void theIconShowsAndTakeAMicroBreakNowPromptsOne() throws Exception {
    unknot.start(CONFIG);
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> iconPixels(COUNTING_GREEN) > 30),
        "the tray area shows no Unknot icon");
    // .ci/install-deps installs GTK 2, which an XEmbed tray uses for less memory than GTK 3.
    assertTrue(unknot.logContains("tray: XEMBED host, dorkbox type Swing, GTK 2."));

    Rectangle menu = openMenu();
    assertEquals(MENU_HEIGHT, menu.height, "the menu has its thirteen items in five groups");
    desktop.screenshot(Path.of("target", "screenshots", "tray-menu.png"));
    clickItem(menu, TAKE_MICRO);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> desktop.window("Unknot: micro-break").isPresent()));
    assertEquals("micro", status().get("break_on_screen").asText());
  }

  @Test
  void pauseFromTheMenuAndResume() throws Exception {
    unknot.start(CONFIG);
    Rectangle menu = openMenu();
    desktop.moveTo(menu.x + 60, TrayMenu.itemY(menu, PAUSE));
    Rectangle submenu = awaitMenu(r -> r.height == 4 * TrayMenu.ITEM_HEIGHT + 2 && r.y > menu.y);
    clickItem(submenu, 0); // 30 min
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> status().get("paused").asBoolean()));
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> iconPixels(PAUSED_GREY) > 30),
        "the icon turns grey while paused");

    clickItem(openMenu(), RESUME);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> !status().get("paused").asBoolean()));
  }

  @Test
  void aMeetingFromTheMenuSaysSoUnderTheStatusAndEndMeetingEndsIt() throws Exception {
    unknot.start(CONFIG);
    clickItem(meetingMenu(openMenu()), 2); // Until I end it
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> !status().get("meeting").isNull()),
        "the tray started no meeting");
    assertTrue(status().get("meeting").get("until").isNull(), "one that lasts until ended");
    unknot.cli("break-now");
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> status().get("summary").asText().contains("held while in a meeting")));

    // "Held while in a meeting until you end it" goes under the status line.
    Rectangle inMeeting = openMenu(r -> r.height == TrayMenu.height(TrayMenu.ITEMS + 1));
    Rectangle meetings = meetingMenu(inMeeting, 1);
    desktop.screenshot(Path.of("target", "screenshots", "tray-in-a-meeting.png"));
    clickItem(meetings, 3); // End meeting
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> status().get("meeting").isNull()),
        "End meeting did not end it");
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> desktop.window("Unknot: micro-break").isPresent()),
        "the held break shows when the meeting ends");

    clickItem(meetingMenu(openMenu(r -> r.height >= MENU_HEIGHT)), 0); // 30 min
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> !status().get("meeting").isNull()),
        "the tray started no 30-minute meeting");
    java.time.Instant until =
        java.time.Instant.parse(status().get("meeting").get("until").asText());
    assertEquals(
        1800, Duration.between(java.time.Instant.now(), until).toSeconds(), 30, until.toString());
  }

  /** Opens the "In a meeting" submenu: 30 min, 1 hour, Until I end it, End meeting. */
  private Rectangle meetingMenu(Rectangle menu) {
    return meetingMenu(menu, 0);
  }

  /** With this many lines (a reason) added under the status line. */
  private Rectangle meetingMenu(Rectangle menu, int linesAdded) {
    desktop.moveTo(menu.x + 60, TrayMenu.itemY(menu, MEETING) + linesAdded * TrayMenu.ITEM_HEIGHT);
    return awaitMenu(
        r -> r.height == MEETING_ITEMS * TrayMenu.ITEM_HEIGHT + 2 && r.y > menu.y + 80);
  }

  @Test
  void reportAKnotFromTheMenu() throws Exception {
    unknot.start(CONFIG);
    clickItem(openMenu(), REPORT_KNOT);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10), () -> desktop.window("Unknot: report a knot").isPresent()));
    Desktop.pause(Duration.ofMillis(500));
    // From "Where": side, how bad, the seven cause boxes, then the note.
    for (int i = 0; i < 10; i++) {
      desktop.key("Tab");
    }
    desktop.xdotool("type", "from the tray");
    desktop.key("Return");
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () ->
                unknot.cli("knot", "list", "--json").out().contains("\"note\":\"from the tray\"")));
    JsonNode report = JSON.readTree(unknot.cli("knot", "list", "--json").out());
    assertEquals("neck", report.get("area").asText());
    assertEquals(2, report.get("severity").asInt());
  }

  @Test
  void mouseHandIsARadioChoiceKeptInTheDiary() throws Exception {
    unknot.start(CONFIG);
    Rectangle menu = openMenu();
    desktop.moveTo(menu.x + 60, TrayMenu.itemY(menu, MOUSE_HAND));
    Rectangle hands = awaitMenu(r -> r.height == 2 * TrayMenu.ITEM_HEIGHT + 2);
    clickItem(hands, 1); // Right
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> unknot.logContains("mouse hand: RIGHT")));
    unknot.close();
    try (Database db = Database.open(unknot.database())) {
      assertEquals(Optional.of("right"), new SqliteMouseHandLog(db).current());
    }
  }

  @Test
  void aboutSummaryDataFolderAndQuitEachDoTheirJob() throws Exception {
    unknot.start(CONFIG);
    clickItem(openMenu(), ABOUT);
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window("Unknot: about").isPresent()));
    desktop.screenshot(Path.of("target", "screenshots", "tray-about.png"));
    closeNotice("Unknot: about");
    clickItem(openMenu(), WEEKLY_SUMMARY);
    String thisWeek = "Unknot: weekly report [0-9]{4}-W[0-9]{2}";
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.windowMatching(thisWeek).isPresent()));
    desktop.screenshot(Path.of("target", "screenshots", "tray-weekly-report.png"));
    String report = desktop.windowMatching(thisWeek).orElseThrow();
    desktop.xdotool("windowactivate", "--sync", report, "key", "Escape");
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> desktop.windowMatching(thisWeek).isEmpty()),
        "Escape closes the report");
    clickItem(openMenu(), SETTINGS);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(15), () -> desktop.window("Unknot: settings").isPresent()));
    String settings = desktop.window("Unknot: settings").orElseThrow();
    desktop.xdotool("windowactivate", "--sync", settings, "key", "Escape");
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> desktop.window("Unknot: settings").isEmpty()),
        "Escape closes the settings window");
    // This desktop cannot open folders, so Unknot shows where the folder is instead.
    clickItem(openMenu(), OPEN_DATA_FOLDER);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(15), () -> desktop.window("Unknot: data folder").isPresent()));
    closeNotice("Unknot: data folder");

    clickItem(openMenu(), QUIT);
    assertTrue(unknot.daemon().waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "still running");
    assertEquals(0, unknot.daemon().exitValue());
    assertTrue(unknot.logContains("quit from the tray"));
    assertTrue(unknot.logContains("stopping"));
  }

  @Test
  void theStatusLineMovesOnAfterActivityWithAKnotActive() throws Exception {
    unknot.start(CONFIG);
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> iconPixels(COUNTING_GREEN) > 30),
        "no icon in the tray");
    unknot.cli("knot", "add", "--area=neck", "--severity=2", "--side=left");
    // The knot's line ("Shorter breaks while your left neck knot lasts") goes under the status.
    Rectangle menu = openMenu(r -> r.height >= MENU_HEIGHT);
    assertEquals(
        TrayMenu.height(TrayMenu.ITEMS + 1), menu.height, "the status, the knot's line, the items");
    desktop.screenshot(Path.of("target", "screenshots", "tray-knot.png"));
    int[] statusBefore = row(menu, 0);
    int[] knotLine = row(menu, 1);
    desktop.key("Escape");

    // Input until `unknot status` says the next break moved a minute nearer.
    String summaryBefore = status().get("summary").asText();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(90),
            () -> {
              desktop.moveTo(200 + (int) (System.nanoTime() / 1_000_000 % 400), 300);
              return !status().get("summary").asText().equals(summaryBefore);
            }),
        "activity did not bring the next break nearer: " + summaryBefore);

    Rectangle after = openMenu(r -> r.height >= MENU_HEIGHT);
    // The tray shows a change within one of its 20 s updates.
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30), () -> !java.util.Arrays.equals(statusBefore, row(after, 0))),
        "the tray's status line still shows the time before the activity");
    assertTrue(java.util.Arrays.equals(knotLine, row(after, 1)), "the knot's line moved");
    assertEquals(
        TrayMenu.height(TrayMenu.ITEMS + 1), after.height, "a second status line was added");
  }

  @Test
  void restingThePointerOnTheIconShowsATooltip() throws Exception {
    unknot.start(CONFIG);
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> iconPixels(COUNTING_GREEN) > 30),
        "no icon in the tray");
    Rectangle icon = desktop.geometry(desktop.window("panel").orElseThrow());
    desktop.moveTo(icon.x + icon.width / 2, icon.y + icon.height / 2);
    // AWT's tooltip is a one-line window near the pointer: "Unknot: Next micro-break in …".
    Optional<Rectangle> tooltip =
        TrayMenu.find(
            desktop,
            r -> r.height == TrayMenu.TOOLTIP_HEIGHT && r.y < icon.y,
            Duration.ofSeconds(15));
    assertTrue(tooltip.isPresent(), "no tooltip over the icon");
    desktop.screenshot(Path.of("target", "screenshots", "tray-tooltip.png"));
    assertTrue(tooltip.get().width > 200, "the tooltip is too short for the time: " + tooltip);
  }

  @Test
  void aPsThatPrints200KbDelaysNeitherTheDaemonNorTheIcon() throws Exception {
    // dorkbox used to read `ps x` only after it exited: 200 KB fill the pipe and ps waits forever.
    Path bin = Files.createDirectories(unknot.home().resolve("bin"));
    Path ps = bin.resolve("ps");
    Files.writeString(ps, "#!/bin/sh\nhead -c 204800 /dev/zero | tr '\\0' x\n");
    Files.setPosixFilePermissions(
        ps, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    unknot.setEnv(
        "PATH",
        bin
            + java.io.File.pathSeparator
            + desktop.env().getOrDefault("PATH", System.getenv("PATH")));

    unknot.start(CONFIG);
    assertTrue(status().get("running").asBoolean());
    assertTrue(
        Desktop.await(Duration.ofSeconds(20), () -> iconPixels(COUNTING_GREEN) > 30),
        "the tray area shows no Unknot icon");
    assertEquals(MENU_HEIGHT, openMenu().height);
  }

  @Test
  void withoutATrayHostItWarnsOnceAndBreaksStillCome(BareDesktop bare, @TempDir Path home)
      throws Exception {
    UnknotProcess noTray = new UnknotProcess(home, bare.desktop().env());
    try (noTray) {
      noTray.start(CONFIG);
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(10),
              () -> bare.desktop().window("Unknot: no system tray").isPresent()));
      assertEquals("A micro-break is on screen.\n", noTray.cli("break-now").out());
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(10),
              () -> bare.desktop().window("Unknot: micro-break").isPresent()));
      assertTrue(noTray.isAlive());
      String log = Files.readString(noTray.logFile());
      assertEquals(1, log.split("No system tray found", -1).length - 1, "warned once");
      assertFalse(log.contains("tray: "));
    }
  }

  /** Presses a notice's OK, as a person would before going back to the tray. */
  private void closeNotice(String title) {
    java.awt.Point ok =
        dev.unknot.prompt.PromptLayout.buttonCenter(
            desktop.geometry(desktop.window(title).orElseThrow()), 0, 1);
    desktop.click(ok.x, ok.y);
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(title).isEmpty()), title);
  }

  private JsonNode status() {
    try {
      return JSON.readTree(unknot.cli("status", "--json").out());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Pixels of about this colour in the tray host's window. */
  private int iconPixels(int rgb) {
    try {
      String panel = desktop.window("panel").orElseThrow();
      Rectangle area = desktop.geometry(panel);
      Path shot = unknot.home().resolve("tray.png");
      desktop.screenshot(shot);
      BufferedImage image = ImageIO.read(shot.toFile());
      int count = 0;
      for (int x = area.x; x < area.x + area.width; x++) {
        for (int y = area.y; y < area.y + area.height; y++) {
          if (close(image.getRGB(x, y), rgb)) {
            count++;
          }
        }
      }
      return count;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static boolean close(int argb, int rgb) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((argb >> shift & 0xFF) - (rgb >> shift & 0xFF)) > 12) {
        return false;
      }
    }
    return true;
  }

  /**
   * Clicks the icon once the tray host shows it (docking is asynchronous), and again if no menu
   * came, as a person would.
   */
  private Rectangle openMenu() {
    return openMenu(r -> r.height == MENU_HEIGHT);
  }

  private Rectangle openMenu(java.util.function.Predicate<Rectangle> which) {
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () ->
                iconPixels(COUNTING_GREEN) + iconPixels(PAUSED_GREY) + iconPixels(BREAK_AMBER)
                    > 30),
        "no icon in the tray");
    Rectangle icon = desktop.geometry(desktop.window("panel").orElseThrow());
    for (int attempt = 1; ; attempt++) {
      desktop.click(icon.x + icon.width / 2, icon.y + icon.height / 2);
      Optional<Rectangle> menu = TrayMenu.find(desktop, which, Duration.ofSeconds(3));
      if (menu.isPresent() || attempt == 3) {
        return menu.orElseThrow(() -> new AssertionError("the menu did not open"));
      }
    }
  }

  /** dorkbox's Swing menus are windows named win0, win1, ... */
  private Rectangle awaitMenu(java.util.function.Predicate<Rectangle> which) {
    return TrayMenu.find(desktop, which, Duration.ofSeconds(10))
        .orElseThrow(() -> new AssertionError("the menu did not open"));
  }

  /** The pixels of one of the top rows, as far as the shortest text could reach. */
  private int[] row(Rectangle menu, int index) {
    try {
      Path shot = unknot.home().resolve("menu.png");
      desktop.screenshot(shot);
      BufferedImage image = ImageIO.read(shot.toFile());
      int top = menu.y + 1 + index * TrayMenu.ITEM_HEIGHT;
      return image.getRGB(menu.x + 1, top, 250, TrayMenu.ITEM_HEIGHT, null, 0, 250);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Moves onto the item, waits until nothing (such as the icon's tooltip, which dorkbox shows over
   * the bottom of the menu while the pointer rests on the icon) covers it, then clicks.
   */
  private void clickItem(Rectangle menu, int index) {
    int x = menu.x + 60;
    int y = TrayMenu.itemY(menu, index);
    desktop.moveTo(x, y);
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> menu.equals(windowUnderPointer())),
        "something covers menu item " + index);
    desktop.xdotool("click", "1");
  }

  /** The window under the pointer; null over the bare screen or a window just closing. */
  private Rectangle windowUnderPointer() {
    for (String line : desktop.xdotool("getmouselocation", "--shell").lines().toList()) {
      String id = line.startsWith("WINDOW=") ? line.substring("WINDOW=".length()) : "0";
      if (!id.equals("0")) {
        try {
          return desktop.geometry(id);
        } catch (IllegalStateException gone) {
          return null;
        }
      }
    }
    return null;
  }
}
