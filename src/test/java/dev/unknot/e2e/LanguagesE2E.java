package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknot in German and French on a real desktop: the daemon picks the language from LANG or from
 * [ui] language, and its tray menu, knot form and prompt show that language's words; every card in
 * every shipped language keeps its words inside its buttons and lines, and names each control for a
 * screen reader. The screenshots (target/screenshots/languages-*.png) are for a person to look at.
 */
class LanguagesE2E extends DaemonOnDesktop {

  private static final String CONFIG = "[knots]\ncheckin = false\n[summary]\nnotify = false\n";
  private static final Pattern SUMMARY =
      Pattern.compile("scale (\\S+): (\\d+) cards, (\\d+) parts");
  private static final int REPORT_KNOT = 6;
  private static final int MENU_HEIGHT = TrayMenu.height(TrayMenu.ITEMS);

  LanguagesE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void langDeShowsTheTrayMenuTheKnotFormAndThePromptInGerman() throws Exception {
    unknot.setEnv("LC_ALL", "");
    unknot.setEnv("LC_MESSAGES", "");
    unknot.setEnv("LANG", "de_DE.UTF-8");
    unknot.start(CONFIG);
    showsEverything("de", "Unknot: Knoten melden", "Unknot: Mikropause");
  }

  @Test
  void uiLanguageFrShowsTheTrayMenuTheKnotFormAndThePromptInFrench() throws Exception {
    unknot.setEnv("LANG", "de_DE.UTF-8"); // the config's choice wins over the environment
    unknot.start(CONFIG + "[ui]\nlanguage = \"fr\"\n");
    showsEverything("fr", "Unknot\u00a0: signaler un nœud", "Unknot\u00a0: micro-pause");
  }

  /** The menu, then the form from its "Report a knot" item, then a prompt, each photographed. */
  private void showsEverything(String language, String form, String prompt) {
    Rectangle menu = openMenu();
    // On the menu's first item the icon's tooltip, which covers the last item, goes away.
    desktop.moveTo(menu.x + 60, TrayMenu.itemY(menu, 1));
    Desktop.await(
        Duration.ofSeconds(5),
        () ->
            TrayMenu.find(desktop, r -> r.height == TrayMenu.TOOLTIP_HEIGHT, Duration.ZERO)
                .isEmpty());
    desktop.screenshot(shot(language, "tray-menu"));
    desktop.click(menu.x + 60, TrayMenu.itemY(menu, REPORT_KNOT));
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(form).isPresent()),
        "no window titled " + form);
    painted(desktop.window(form).orElseThrow(), shot(language, "knot-form"));
    desktop.xdotool(
        "windowactivate", "--sync", desktop.window(form).orElseThrow(), "key", "Escape");
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(form).isEmpty()),
        "Esc did not close the form");

    unknot.cli("break-now");
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(prompt).isPresent()),
        "no window titled " + prompt);
    painted(desktop.window(prompt).orElseThrow(), shot(language, "prompt"));
  }

  @Test
  void everyCardFitsItsWordsAndNamesItsControlsInEveryLanguage() {
    for (String language : List.of("en", "de", "fr", "es", "pt-BR", "it")) {
      Desktop.Result result =
          Desktop.run(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.unknot.prompt.CardTextCheck",
                  language),
              desktop.env());
      assertEquals(0, result.exitCode(), language + ": " + result.err());
      Matcher summary = SUMMARY.matcher(result.out());
      assertTrue(summary.find(), language + ": " + result.out() + result.err());
      assertTrue(Integer.parseInt(summary.group(2)) >= 30, language + ": " + summary.group());
      List<String> problems =
          result
              .out()
              .lines()
              .filter(
                  l -> l.startsWith("OVER") || l.startsWith("CLIPPED") || l.startsWith("UNNAMED"))
              .toList();
      assertEquals(List.of(), problems, language + ": words cut short or controls unnamed");
    }
  }

  /** A screenshot once the window shows more than its bare background: its words are painted. */
  private void painted(String window, Path png) {
    Rectangle area = desktop.geometry(window);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> {
              desktop.screenshot(png);
              try {
                BufferedImage image = ImageIO.read(png.toFile());
                java.util.Set<Integer> colours = new java.util.HashSet<>();
                for (int x = area.x; x < area.x + area.width; x += 2) {
                  for (int y = area.y; y < area.y + area.height; y += 2) {
                    colours.add(image.getRGB(x, y));
                  }
                }
                return colours.size() > 20;
              } catch (java.io.IOException e) {
                return false;
              }
            }),
        "the window was never painted: " + png);
  }

  private static Path shot(String language, String what) {
    return Path.of("target", "screenshots", "languages-" + language + "-" + what + ".png");
  }

  /** Clicks the icon until its menu opens: the tray host docks the icon in its own time. */
  private Rectangle openMenu() {
    Optional<Rectangle>[] menu = new Optional[] {Optional.empty()};
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30),
            () -> {
              Optional<String> panel = desktop.window("panel");
              if (panel.isEmpty()) {
                return false;
              }
              Rectangle icon = desktop.geometry(panel.get());
              desktop.click(icon.x + icon.width / 2, icon.y + icon.height / 2);
              menu[0] = TrayMenu.find(desktop, r -> r.height == MENU_HEIGHT, Duration.ofSeconds(3));
              return menu[0].isPresent();
            }),
        "the tray menu did not open");
    return menu[0].orElseThrow();
  }
}
