package dev.unknot.prompt;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.unknot.config.UnknotConfig.Theme;
import java.awt.Image;
import java.awt.Toolkit;
import java.awt.Window;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every Unknot window looks: FlatLaf, light or dark as the desktop prefers (or as {@code [ui]
 * theme} says), with Unknot's icon and the X window class {@code unknot}.
 */
public final class Look {

  private static final Logger LOG = LoggerFactory.getLogger(Look.class);

  /** What X11 docks and the .desktop file's StartupWMClass match windows by. */
  public static final String WM_CLASS = "unknot";

  private static final String ICONS = "/dev/unknot/tray/unknot-counting-%d.png";
  private static final int[] ICON_SIZES = {16, 24, 32, 64};

  private static volatile boolean dark;
  private static volatile boolean installed;
  private static volatile boolean xembedTray;

  /**
   * Says the tray is an XEmbed one (an X11 panel's system tray), whose menu dorkbox draws with
   * Swing: FlatLaf must then leave that menu open (see {@link #keepTheTrayMenuOpen}). Call it
   * before {@link #use}.
   */
  public static void serveAnXEmbedTray() {
    xembedTray = true;
  }

  private static List<Image> icons; // Swing thread, or before any window

  private Look() {}

  /**
   * Sets the look before any window is made, and again when the config changes: open windows are
   * redrawn in the new colours. Safe from any thread.
   */
  public static void use(Theme theme, Map<String, String> env) {
    boolean wantDark = dark(theme, env, Look::gsettings);
    if (!installed) {
      nameTheWindowClass();
      // FlatLaf's native helpers only draw its own window decorations, which Unknot does not use;
      // without this it would unpack a library into the temporary folder.
      System.setProperty("flatlaf.useNativeLibrary", "false");
      FlatLaf.registerCustomDefaultsSource("dev.unknot.prompt");
      setUp(wantDark);
      installed = true;
      LOG.info("look: FlatLaf {} ({})", wantDark ? "dark" : "light", theme.id());
    } else if (wantDark != dark) {
      SwingUtilities.invokeLater(
          () -> {
            setUp(wantDark);
            FlatLaf.updateUI();
          });
      LOG.info("look: now {} ({})", wantDark ? "dark" : "light", theme.id());
    }
  }

  private static void setUp(boolean wantDark) {
    dark = wantDark;
    if (wantDark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
    if (xembedTray) {
      keepTheTrayMenuOpen(); // each setup installs a new canceler
    }
  }

  /**
   * dorkbox opens the XEmbed tray's menu as a popup whose invoker is a hidden 0×0 dialog, which X
   * moves and resizes as it maps it. On Linux FlatLaf closes every popup whose invoker's window
   * moves or resizes (its LinuxPopupMenuCanceler), so that menu closed as it opened. Without the
   * canceler, a combo box's list in Unknot's own windows stays put if its window is dragged, as it
   * does under Swing's own look.
   */
  static void keepTheTrayMenuOpen() {
    MenuSelectionManager menus = MenuSelectionManager.defaultManager();
    boolean removed = false;
    for (ChangeListener listener : menus.getChangeListeners()) {
      if (listener.getClass().getName().equals(POPUP_CANCELER)) {
        menus.removeChangeListener(listener);
        removed = true;
      }
    }
    // not translated: an os.name value
    if (!removed && System.getProperty("os.name", "").startsWith("Linux")) {
      LOG.warn("look: no {} to remove; the tray's menu may close as it opens", POPUP_CANCELER);
    }
  }

  /** FlatLaf's class that closes popups when their window moves (FlatLaf 3.5 and later). */
  static final String POPUP_CANCELER = "com.formdev.flatlaf.LinuxPopupMenuCanceler";

  /** Whether the dark look is in use. */
  public static boolean isDark() {
    return dark;
  }

  /** Reads one GNOME setting, such as "color-scheme"; empty where there is none. */
  interface Settings {
    Optional<String> get(String key);
  }

  /**
   * Dark or light: the config's choice, else the desktop's. GTK_THEME (such as "Adwaita:dark") is
   * the session's own override, then GNOME's color-scheme, then a GTK theme named "...-dark".
   */
  static boolean dark(Theme theme, Map<String, String> env, Settings gnome) {
    if (theme != Theme.SYSTEM) {
      return theme == Theme.DARK;
    }
    String gtkTheme = env.getOrDefault("GTK_THEME", "").strip().toLowerCase(Locale.ROOT);
    if (!gtkTheme.isEmpty()) {
      return gtkTheme.endsWith("-dark") || gtkTheme.endsWith(":dark");
    }
    Optional<String> scheme = gnome.get("color-scheme");
    if (scheme.isPresent() && scheme.get().equals("prefer-dark")) {
      return true;
    }
    return gnome
        .get("gtk-theme")
        .map(t -> t.toLowerCase(Locale.ROOT).endsWith("-dark"))
        .orElse(false);
  }

  /** `gsettings get org.gnome.desktop.interface KEY`, unquoted; empty without GNOME's settings. */
  static Optional<String> gsettings(String key) {
    try {
      Process p =
          new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", key)
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
      }
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      if (p.exitValue() != 0) {
        return Optional.empty(); // no such schema or key (color-scheme came with GNOME 42)
      }
      return Optional.of(out.replaceAll("^'|'$", ""));
    } catch (IOException e) {
      return Optional.empty(); // no gsettings: not a GNOME-like desktop
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * AWT names every X window's class after the main class, "dev-unknot-launcher-Main", so docks
   * show a Java cup and cannot tie the windows to unknot.desktop. XToolkit keeps that name in one
   * field, read when each window is created; it needs the jar's Add-Opens (or --add-opens
   * java.desktop/sun.awt.X11=ALL-UNNAMED).
   */
  private static void nameTheWindowClass() {
    Toolkit toolkit = Toolkit.getDefaultToolkit();
    if (!toolkit.getClass().getName().equals("sun.awt.X11.XToolkit")) {
      return;
    }
    try {
      Field name = toolkit.getClass().getDeclaredField("awtAppClassName");
      name.setAccessible(true);
      name.set(null, WM_CLASS);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.info(
          "windows keep AWT's class name ({}): {}", e.getClass().getSimpleName(), e.getMessage());
    }
  }

  /** Gives a window Unknot's icon, at every size the tray has. */
  static void decorate(Window window) {
    window.setIconImages(icons());
  }

  private static synchronized List<Image> icons() {
    if (icons == null) {
      List<Image> loaded = new ArrayList<>();
      for (int size : ICON_SIZES) {
        try (InputStream in = Look.class.getResourceAsStream(String.format(ICONS, size))) {
          if (in != null) {
            loaded.add(ImageIO.read(in));
          }
        } catch (IOException e) {
          LOG.debug("icon {} unreadable: {}", size, e.getMessage());
        }
      }
      icons = List.copyOf(loaded);
    }
    return icons;
  }
}
