package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The windows' look on a real X display: FlatLaf light and dark, the desktop's choice through
 * GTK_THEME and gsettings, Unknot's window class and icon, twice the pixels, and the chime's one
 * line where there is no sound device.
 */
class LookE2E extends DaemonOnDesktop {

  static final String MICRO = "Unknot: micro-break";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** No tray host: the windows are the only thing drawn, with no tray icon over the screenshots. */
  LookE2E(BareDesktop bare, @TempDir Path home) {
    super(bare.desktop(), home);
  }

  static String config(String theme, String extra) {
    return """
        [activity]
        idle_threshold = "2s"
        [breaks.micro]
        interval = "20m"
        duration = "8s"
        [breaks.rest]
        interval = "40m"
        duration = "20s"
        [knots]
        checkin = false
        [summary]
        notify = false
        [ui]
        theme = "%s"
        """
            .formatted(theme)
        + extra;
  }

  @Test
  void theLightThemeDrawsALightCardWithUnknotsClassAndIcon() throws Exception {
    unknot.start(config("light", ""));
    String prompt = showBreak(desktop, unknot, "micro", MICRO);
    assertTrue(cardTurns(desktop, prompt, "theme-light.png", l -> l > 200));
    assertEquals("WM_CLASS(STRING) = \"unknot\", \"unknot\"", xprop(desktop, prompt, "WM_CLASS"));
    // 16, 24, 32 and 64 px: the property holds width, height and the pixels of each.
    String icon = xprop(desktop, prompt, "_NET_WM_ICON");
    assertTrue(icon.contains("Icon (64 x 64)"), icon);
  }

  @Test
  void theDarkThemeDrawsADarkCard() throws Exception {
    unknot.start(config("dark", ""));
    String prompt = showBreak(desktop, unknot, "micro", MICRO);
    assertTrue(cardTurns(desktop, prompt, "theme-dark.png", l -> l < 60));
  }

  @Test
  void aChangedThemeRedrawsTheCardOnScreen() throws Exception {
    unknot.start(config("light", ""));
    String prompt = showBreak(desktop, unknot, "micro", MICRO);
    assertTrue(cardTurns(desktop, prompt, "theme-before-change.png", l -> l > 200));
    Files.writeString(unknot.home().resolve("test-config.toml"), config("dark", ""));
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(60),
            () -> luminance(cardBackground(desktop, prompt, "theme-after-change.png")) < 60),
        "the open card did not turn dark");
  }

  @Test
  void theSystemThemeFollowsTheGtkThemeVariable() throws Exception {
    unknot.setEnv("GTK_THEME", "Adwaita:dark");
    unknot.start(config("system", ""));
    String prompt = showBreak(desktop, unknot, "micro", MICRO);
    assertTrue(cardTurns(desktop, prompt, "theme-system-gtk-theme.png", l -> l < 60));
  }

  @Test
  void theSystemThemeFollowsGnomesColorScheme() throws Exception {
    // gsettings' keyfile back end keeps the setting in this test's own XDG_CONFIG_HOME.
    unknot.setEnv("GSETTINGS_BACKEND", "keyfile");
    unknot.setEnv("GTK_THEME", "");
    Desktop.Result set =
        Desktop.run(
            List.of(
                "gsettings", "set", "org.gnome.desktop.interface", "color-scheme", "prefer-dark"),
            gsettingsEnv());
    assertEquals(0, set.exitCode(), set.err());
    unknot.start(config("system", ""));
    String prompt = showBreak(desktop, unknot, "micro", MICRO);
    assertTrue(cardTurns(desktop, prompt, "theme-system-gsettings.png", l -> l < 60));
  }

  @Test
  void withoutASoundDeviceTheChimeSaysSoOnceAndBreaksGoOn() throws Exception {
    unknot.start(config("light", "[breaks]\nsound = true\n"));
    for (int i = 1; i <= 2; i++) {
      showBreak(desktop, unknot, "micro", MICRO);
      // No input: the countdown runs out, the break is taken and the chime would play.
      assertTrue(Desktop.await(Duration.ofSeconds(60), () -> desktop.window(MICRO).isEmpty()));
      int taken = i;
      assertTrue(
          Desktop.await(Duration.ofSeconds(30), () -> countInLog("no sound for the") == 1),
          unknot.output());
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30),
              () -> unknot.cli("log", "--json").out().split("\"taken\"", -1).length - 1 == taken));
    }
    assertEquals(1, countInLog("no sound for the"));
    assertTrue(unknot.isAlive());
  }

  private Map<String, String> gsettingsEnv() {
    Map<String, String> env = new java.util.HashMap<>(desktop.env());
    env.put("GSETTINGS_BACKEND", "keyfile");
    env.put("XDG_CONFIG_HOME", unknot.home().resolve("config").toString());
    env.put("HOME", unknot.home().toString());
    return env;
  }

  private int countInLog(String text) {
    try {
      if (Files.notExists(unknot.logFile())) {
        return 0;
      }
      return Files.readString(unknot.logFile()).split(text, -1).length - 1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Asks for a break and waits for its card; the card's window id. */
  static String showBreak(Desktop desktop, UnknotProcess unknot, String type, String title) {
    Desktop.Result asked = unknot.cli("break-now", type);
    assertEquals(0, asked.exitCode(), asked.err());
    assertTrue(
        Desktop.await(Duration.ofSeconds(60), () -> desktop.window(title).isPresent()),
        "no " + title + " window");
    return desktop.window(title).orElseThrow();
  }

  static String xprop(Desktop desktop, String window, String property) {
    Desktop.Result r = desktop.run(List.of("xprop", "-id", window, property));
    assertEquals(0, r.exitCode(), r.err());
    return r.out().strip();
  }

  /** A screenshot, saved; the colour just inside the card's top-left corner. */
  static int cardBackground(Desktop desktop, String window, String png) {
    Path file = SCREENSHOTS.resolve(png);
    desktop.screenshot(file);
    Rectangle bounds = desktop.geometry(window);
    try {
      BufferedImage shot = ImageIO.read(file.toFile());
      return shot.getRGB(bounds.x + 6, bounds.y + 6);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the card's background reaches the luminance asked for. A card just mapped shows the
   * window's plain background until Swing paints it, so the first screenshot may come too early.
   */
  static boolean cardTurns(
      Desktop desktop, String window, String png, java.util.function.DoublePredicate luminance) {
    return Desktop.await(
        Duration.ofSeconds(60),
        () -> luminance.test(luminance(cardBackground(desktop, window, png))));
  }

  static double luminance(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
}
