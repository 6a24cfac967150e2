package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
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
  private static final int MOUSE_HAND = 7;
  private static final int MENU_HEIGHT = TrayMenu.height(TrayMenu.ITEMS);

  private static final Path READ_MENU = Path.of("src/test/resources/atspi/read_menu.py");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The top menu's items after the status line, as [ui] language = "en" and "de" word them. */
  private static final List<String> ENGLISH_ITEMS =
      List.of(
          "Take a micro-break now",
          "Take a rest break now",
          "Pause",
          "Resume",
          "In a meeting",
          "Report a knot…",
          "Mouse hand",
          "Weekly summary…",
          "Settings…",
          "Open config file",
          "Open data folder",
          "About Unknot",
          "Quit");

  private static final List<String> GERMAN_ITEMS =
      List.of(
          "Jetzt eine Mikropause machen",
          "Jetzt eine Ruhepause machen",
          "Pausieren",
          "Fortsetzen",
          "Im Meeting",
          "Knoten melden…",
          "Maushand",
          "Wochenübersicht…",
          "Einstellungen…",
          "Konfigurationsdatei öffnen",
          "Datenordner öffnen",
          "Über Unknot",
          "Beenden");

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

  /**
   * The tray menu is built once, at start: a live reload that changed [ui] language left its items
   * in the old language while the windows opened since spoke the new one. Read here from the at-spi
   * tree, as a screen reader reads them, with Debian's Java ATK bridge loaded as the launcher does.
   */
  @Test
  void changingUiLanguageInTheLiveConfigRelabelsTheTrayMenuWithoutARestart() throws Exception {
    Process bus = AtkBridge.startBus(desktop);
    try {
      unknot.setEnv("LC_ALL", "");
      unknot.setEnv("LC_MESSAGES", "");
      unknot.setEnv("LANG", "en_US.UTF-8");
      AtkBridge.loadInto(unknot);
      unknot.start(CONFIG + "[ui]\nlanguage = \"en\"\n");
      long pid = unknot.daemon().pid();
      openMenu();
      List<String> english = menuItems(items -> items.containsAll(ENGLISH_ITEMS));
      assertTrue(english.containsAll(ENGLISH_ITEMS), english.toString());
      closeMenu();

      // Saved whole, by rename, as editors do.
      Path edited = unknot.home().resolve("test-config.toml.new");
      Files.writeString(edited, CONFIG + "[ui]\nlanguage = \"de\"\n");
      Files.move(
          edited,
          unknot.home().resolve("test-config.toml"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30), () -> statusSummary().startsWith("Nächste Mikropause in ")),
          "the daemon did not take up [ui] language = \"de\": " + statusSummary());

      Rectangle menu = openMenu();
      List<String> german = menuItems(items -> items.containsAll(GERMAN_ITEMS));
      assertTrue(german.containsAll(GERMAN_ITEMS), "not relabelled in German: " + german);
      List<String> leftInEnglish =
          german.stream().filter(item -> ENGLISH_ITEMS.contains(item)).toList();
      assertEquals(List.of(), leftInEnglish, "items still in English: " + german);
      assertTrue(german.get(0).startsWith("Nächste Mikropause in "), "the status line: " + german);
      desktop.moveTo(menu.x + 60, TrayMenu.itemY(menu, 1));
      // The icon's tooltip covers the last item; under load that row is repainted a while after
      // the tooltip goes: the photograph waits for the tooltip gone and Quit's words painted.
      Path photo = shot("de", "tray-menu-after-reload");
      assertTrue(
          Desktop.await(
              Duration.ofSeconds(30),
              () ->
                  TrayMenu.find(desktop, r -> r.height == TrayMenu.TOOLTIP_HEIGHT, Duration.ZERO)
                          .isEmpty()
                      && rowPainted(menu, TrayMenu.ITEMS - 1, photo)),
          "the menu's last item was not painted once the tooltip went: " + photo);
      // The mouse hand's choices are check boxes, relabelled apart from the items.
      desktop.moveTo(menu.x + 60, TrayMenu.itemY(menu, MOUSE_HAND));
      List<String> hands = menuItems(items -> items.containsAll(List.of("Links", "Rechts")));
      assertTrue(hands.containsAll(List.of("Links", "Rechts")), "the mouse hand menu: " + hands);
      assertFalse(hands.contains("Left") || hands.contains("Right"), hands.toString());
      desktop.screenshot(shot("de", "tray-mouse-hand-after-reload"));
      assertEquals(pid, unknot.daemon().pid());
      assertTrue(unknot.isAlive(), "relabelled without a restart");
    } finally {
      bus.destroy();
      if (!bus.waitFor(30, TimeUnit.SECONDS)) {
        bus.destroyForcibly();
      }
    }
  }

  /** Photographs the screen into PNG; true when the item's row shows dark words on its light. */
  private boolean rowPainted(Rectangle menu, int index, Path png) {
    desktop.screenshot(png);
    try {
      BufferedImage image = ImageIO.read(png.toFile());
      int y = TrayMenu.itemY(menu, index);
      int dark = 0;
      for (int x = menu.x + 10; x < Math.min(menu.x + 200, image.getWidth()); x++) {
        for (int dy = -5; dy <= 5; dy++) {
          int rgb = image.getRGB(x, y + dy);
          int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
          if (sum < 300) {
            dark++;
          }
        }
      }
      return dark > 20;
    } catch (IOException e) {
      return false;
    }
  }

  /** The names of the menu items on screen, once they hold what is looked for. */
  private List<String> menuItems(Predicate<List<String>> holds) {
    AtomicReference<String> last = new AtomicReference<>("");
    AtomicReference<List<String>> read = new AtomicReference<>(List.of());
    Desktop.await(
        Duration.ofSeconds(60),
        () -> {
          Desktop.Result r =
              Desktop.run(
                  List.of("/usr/bin/python3", READ_MENU.toAbsolutePath().toString(), "Unknot"),
                  desktop.env());
          last.set(r.out() + r.err());
          if (r.exitCode() != 0) {
            return false;
          }
          try {
            List<String> items = new ArrayList<>();
            JSON.readTree(r.out()).get("items").forEach(i -> items.add(i.asText()));
            read.set(items);
            return holds.test(items);
          } catch (Exception e) {
            return false;
          }
        });
    assertFalse(read.get().isEmpty(), "no menu items in the at-spi tree: " + last.get());
    return read.get();
  }

  /** A click on the bare desktop closes the menu, as it does for a person. */
  private void closeMenu() {
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> {
              desktop.click(300, 300); // the bare root window, far from the menu and icon
              return TrayMenu.find(desktop, r -> r.height == MENU_HEIGHT, Duration.ofSeconds(1))
                  .isEmpty();
            }),
        "the tray menu did not close");
  }

  private String statusSummary() {
    Desktop.Result result = unknot.cli("status", "--json");
    try {
      return JSON.readTree(result.out()).path("summary").asText();
    } catch (IOException e) {
      return result.out() + result.err();
    }
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
