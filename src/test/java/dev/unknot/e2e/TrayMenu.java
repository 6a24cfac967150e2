package dev.unknot.e2e;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Unknot's tray menu as dorkbox draws it with Swing on an XEmbed tray, under FlatLaf: its rows, and
 * how to find it on screen. One place, so a change to the look or the items is made once.
 */
final class TrayMenu {

  /** FlatLaf's menu rows; the tooltip is AWT's own window, whatever the look. */
  static final int ITEM_HEIGHT = 25;

  static final int SEPARATOR_HEIGHT = 3;
  static final int TOOLTIP_HEIGHT = 23;

  /** Menu items, top to bottom; the status line comes first. A separator follows each of these. */
  static final Set<Integer> GROUP_ENDS = Set.of(0, 5, 8, 11);

  static final int ITEMS = 14;

  private TrayMenu() {}

  /** A border of 1 px above and below, the items and the separators between the groups. */
  static int height(int items) {
    return 2 + items * ITEM_HEIGHT + GROUP_ENDS.size() * SEPARATOR_HEIGHT;
  }

  /** The middle of an item's row, on screen. */
  static int itemY(Rectangle menu, int index) {
    long separators = GROUP_ENDS.stream().filter(end -> end < index).count();
    return menu.y + 1 + index * ITEM_HEIGHT + (int) separators * SEPARATOR_HEIGHT + ITEM_HEIGHT / 2;
  }

  /** dorkbox's Swing menus are windows named win0, win1, ...: the first one that fits. */
  static Optional<Rectangle> find(Desktop desktop, Predicate<Rectangle> which, Duration timeout) {
    Rectangle[] found = new Rectangle[1];
    Desktop.await(
        timeout,
        () -> {
          Desktop.Result r =
              desktop.run(List.of("xdotool", "search", "--onlyvisible", "--name", "^win[0-9]+$"));
          for (String id : r.out().lines().toList()) {
            try {
              Rectangle g = desktop.geometry(id);
              if (which.test(g)) {
                found[0] = g;
                return true;
              }
            } catch (IllegalStateException closing) {
              // A menu that closed between the search and the question.
            }
          }
          return false;
        });
    return Optional.ofNullable(found[0]);
  }
}
