package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.freedesktop.dbus.interfaces.DBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tray on a real GNOME Shell: Unknot's StatusNotifierItem in the AppIndicator extension's
 * watcher, and its menu driven over com.canonical.dbusmenu, as the extension itself drives it.
 */
class TrayOnGnome extends DaemonOnGnome {

  private static final Pattern ITEM = Pattern.compile("\\((\\d+), \\{([^{}]*)\\}");
  private static final Pattern LABEL = Pattern.compile("'label': <'([^']*)'>");
  static final int COUNTING_GREEN = 0x2F7D6D;
  private static final int BREAK_AMBER = 0xC77B19;

  TrayOnGnome(GnomeSession gnome, @TempDir Path home) {
    super(gnome, home);
  }

  @Test
  void theItemIsRegisteredWithTheWholeMenuAndTakeAMicroBreakNowPromptsOne() throws Exception {
    unknot.start(QUIET);
    // The tray starts on a thread of its own, after the control socket: its log line comes once
    // the item is registered, not before.
    String menu = awaitMenuOfUnknotsItem();
    assertTrue(
        unknot.logContains("tray: STATUS_NOTIFIER host, dorkbox type AppIndicator, GTK 3."),
        "the AppIndicator tray type on GNOME's StatusNotifier host");
    Map<String, Integer> items = menuItems(menu);
    for (String label :
        List.of(
            "Take a micro-break now",
            "Take a rest break now",
            "Pause",
            "30 min",
            "Until tomorrow",
            "Resume",
            "Report a knot…",
            "Mouse hand",
            "Left",
            "Right",
            "Weekly summary…",
            "Settings…",
            "Open config file",
            "Open data folder",
            "About Unknot",
            "Quit")) {
      assertTrue(items.containsKey(label), "the menu has \"" + label + "\": " + items.keySet());
    }
    // The extension lists the item at once and draws its icon a little later.
    assertTrue(
        showsIcon(gnome, SCREENSHOTS.resolve("tray-counting.png"), COUNTING_GREEN),
        "a green icon in the top bar");

    // At work meanwhile: resting would count the 30 s break down, and under load the checks below
    // took longer than that.
    try (GnomeSession.RemoteInput input = gnome.remoteInput();
        Typist typist = new Typist(input)) {
      click(menu, items.get("Take a micro-break now"));
      assertTrue(
          Desktop.await(LOADED, () -> "micro".equals(breakOnScreen())),
          "the prompt from the menu: " + status());
      screenshotOf("Unknot: micro-break", "micro-break-from-the-menu.png");
      assertTrue(
          showsIcon(gnome, SCREENSHOTS.resolve("tray-break-now.png"), BREAK_AMBER),
          "the icon turns amber during the break");
    }
  }

  @Test
  void reportAKnotFromTheMenuOpensTheForm() throws Exception {
    unknot.start(QUIET);
    String menu = awaitMenuOfUnknotsItem();
    click(menu, menuItems(menu).get("Report a knot…"));
    screenshotOf("Unknot: report a knot", "knot-form.png");
  }

  /** The Menu object path of the watcher's item whose bus connection is Unknot's. */
  private String awaitMenuOfUnknotsItem() throws Exception {
    DBus daemon =
        gnome.bus().getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
    String[] found = new String[1];
    boolean registered =
        Desktop.await(
            LOADED,
            () -> {
              assertTrue(unknot.isAlive(), () -> "the daemon died: " + unknot.output());
              for (String item : registeredItems()) {
                String service = serviceOf(item);
                try {
                  if (daemon.GetConnectionUnixProcessID(service).longValue()
                      == unknot.daemon().pid()) {
                    found[0] = item;
                    return true;
                  }
                } catch (RuntimeException gone) {
                  // an item whose connection has just closed
                }
              }
              return false;
            });
    assertTrue(
        registered,
        "Unknot is in RegisteredStatusNotifierItems: "
            + registeredItems()
            + " (the extension is in state "
            + gnome.appIndicatorState()
            + "; see "
            + gnome.shellLog()
            + "); Unknot's tray lines: "
            + trayLines());
    String service = serviceOf(found[0]);
    String path = found[0].substring(found[0].indexOf('/'));
    String menu =
        gdbus(
            "call",
            "-d",
            service,
            "-o",
            path,
            "-m",
            "org.freedesktop.DBus.Properties.Get",
            "org.kde.StatusNotifierItem",
            "Menu");
    Matcher m = Pattern.compile("objectpath '([^']+)'").matcher(menu);
    assertTrue(m.find(), "the item names its menu: " + menu);
    return service + " " + m.group(1);
  }

  /** The extension lists items as "BUS_NAME@PATH" (KDE's watcher as "BUS_NAME/PATH"). */
  private static String serviceOf(String item) {
    return item.split("[@/]", 2)[0];
  }

  private List<String> registeredItems() {
    String out =
        gdbus(
            "call",
            "-d",
            "org.kde.StatusNotifierWatcher",
            "-o",
            "/StatusNotifierWatcher",
            "-m",
            "org.freedesktop.DBus.Properties.Get",
            "org.kde.StatusNotifierWatcher",
            "RegisteredStatusNotifierItems");
    List<String> items = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']+)'").matcher(out);
    while (m.find()) {
      items.add(m.group(1));
    }
    return items;
  }

  /** Every item of the menu, submenus included, by label, from com.canonical.dbusmenu GetLayout. */
  private Map<String, Integer> menuItems(String menu) {
    String[] at = menu.split(" ");
    String layout =
        gdbus(
            "call",
            "-d",
            at[0],
            "-o",
            at[1],
            "-m",
            "com.canonical.dbusmenu.GetLayout",
            "--", // so that -1 (the whole depth) is not taken for an option
            "0",
            "-1",
            "[]");
    Map<String, Integer> items = new LinkedHashMap<>();
    Matcher m = ITEM.matcher(layout);
    while (m.find()) {
      Matcher label = LABEL.matcher(m.group(2));
      if (label.find()) {
        items.put(label.group(1).replace("_", ""), Integer.parseInt(m.group(1)));
      }
    }
    return items;
  }

  /** What the shell's extension sends when the item is clicked. */
  private void click(String menu, int id) {
    String[] at = menu.split(" ");
    gdbus(
        "call",
        "-d",
        at[0],
        "-o",
        at[1],
        "-m",
        "com.canonical.dbusmenu.Event",
        String.valueOf(id),
        "clicked",
        "<0>",
        "0");
  }

  private String gdbus(String... args) {
    List<String> command = new ArrayList<>(List.of("gdbus"));
    command.add(args[0]);
    command.add("--session");
    command.addAll(List.of(args).subList(1, args.length));
    Desktop.Result result = Desktop.run(command, gnome.desktop().env());
    assertEquals(0, result.exitCode(), String.join(" ", command) + ": " + result.err());
    return result.out();
  }

  /** Takes screenshots until the top bar shows an icon of this colour; false after a minute. */
  static boolean showsIcon(GnomeSession gnome, Path png, int rgb) {
    return Desktop.await(
        Duration.ofSeconds(60),
        () -> {
          try {
            gnome.screenshot(png);
            return topBarPixels(png, rgb) > 20;
          } catch (Exception e) {
            return false;
          }
        });
  }

  /** Pixels near this colour in the right half of the top bar, where GNOME puts tray icons. */
  static int topBarPixels(Path png, int rgb) throws Exception {
    BufferedImage image = ImageIO.read(png.toFile());
    int count = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = image.getWidth() / 2; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (near(p >> 16 & 0xFF, rgb >> 16 & 0xFF)
            && near(p >> 8 & 0xFF, rgb >> 8 & 0xFF)
            && near(p & 0xFF, rgb & 0xFF)) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean near(int a, int b) {
    return Math.abs(a - b) < 40;
  }

  /** What the daemon logged about its tray, for a failure's message. */
  private String trayLines() {
    try {
      return java.nio.file.Files.readAllLines(unknot.logFile()).stream()
          .filter(l -> l.contains("tray") || l.contains("GTK") || l.contains("dorkbox"))
          .toList()
          .toString();
    } catch (java.io.IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
