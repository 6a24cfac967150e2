package dev.unknot.prompt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.unknot.config.UnknotConfig.Theme;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.swing.LookAndFeel;
import javax.swing.MenuSelectionManager;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

class LookTest {

  private static Look.Settings gnome(String colorScheme, String gtkTheme) {
    return key ->
        Optional.ofNullable(
            switch (key) {
              case "color-scheme" -> colorScheme;
              case "gtk-theme" -> gtkTheme;
              default -> null;
            });
  }

  private static final Look.Settings NO_GNOME = key -> Optional.empty();

  @Test
  void theConfigsChoiceWinsOverTheDesktop() {
    assertTrue(Look.dark(Theme.DARK, Map.of(), gnome("prefer-light", "Adwaita")));
    assertFalse(Look.dark(Theme.LIGHT, Map.of("GTK_THEME", "Adwaita:dark"), NO_GNOME));
  }

  @Test
  void gnomesColorSchemeSaysDark() {
    assertTrue(Look.dark(Theme.SYSTEM, Map.of(), gnome("prefer-dark", "Adwaita")));
    assertFalse(Look.dark(Theme.SYSTEM, Map.of(), gnome("default", "Adwaita")));
  }

  @Test
  void aGtkThemeNamedDarkSaysDark() {
    assertTrue(Look.dark(Theme.SYSTEM, Map.of(), gnome("default", "Adwaita-dark")));
    assertTrue(Look.dark(Theme.SYSTEM, Map.of(), gnome(null, "Yaru-Dark")));
    assertFalse(Look.dark(Theme.SYSTEM, Map.of(), gnome(null, "Darkish")));
  }

  @Test
  void theGtkThemeVariableIsTheSessionsOwnAndComesFirst() {
    assertTrue(Look.dark(Theme.SYSTEM, Map.of("GTK_THEME", "Adwaita:dark"), NO_GNOME));
    assertTrue(Look.dark(Theme.SYSTEM, Map.of("GTK_THEME", "Arc-Dark"), NO_GNOME));
    assertFalse(
        Look.dark(Theme.SYSTEM, Map.of("GTK_THEME", "Adwaita"), gnome("prefer-dark", null)));
  }

  /**
   * Regression test for the XEmbed tray's menu closing as it opened under FlatLaf (its Linux popup
   * canceler reacts to the hidden dialog dorkbox opens the menu from); TrayE2E opens that menu.
   */
  @Test
  void theTraysMenuIsNotClosedByFlatLafsPopupCanceler() throws Exception {
    LookAndFeel before = UIManager.getLookAndFeel();
    try {
      FlatLightLaf.setup();
      assertTrue(
          cancelerInstalled(),
          "FlatLaf "
              + FlatLaf.class.getPackage().getImplementationVersion()
              + " has no "
              + Look.POPUP_CANCELER
              + ": check whether the tray menu still needs this");
      Look.keepTheTrayMenuOpen();
      assertFalse(cancelerInstalled());
    } finally {
      UIManager.setLookAndFeel(before);
    }
  }

  private static boolean cancelerInstalled() {
    return Arrays.stream(MenuSelectionManager.defaultManager().getChangeListeners())
        .anyMatch(l -> l.getClass().getName().equals(Look.POPUP_CANCELER));
  }

  @Test
  void withoutAnyDesktopSettingItIsLight() {
    assertFalse(Look.dark(Theme.SYSTEM, Map.of(), NO_GNOME));
  }
}
