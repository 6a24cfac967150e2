package dev.unknot.prompt;

import java.awt.Point;
import java.awt.Rectangle;

/** Where things sit in the prompt window; the end-to-end tests click by these numbers too. */
public final class PromptLayout {

  public static final int WIDTH = 420;
  public static final int PADDING = 18;
  public static final int BORDER = 1;
  public static final int BUTTON_HEIGHT = 34;
  public static final int BUTTON_GAP = 8;

  /** Space kept free below the window for a panel or tray along the screen's bottom edge. */
  public static final int SCREEN_MARGIN = 48;

  private PromptLayout() {}

  /** The centre, in screen coordinates, of button {@code index} of {@code count} in the row. */
  public static Point buttonCenter(Rectangle window, int index, int count) {
    int inset = BORDER + PADDING;
    int rowWidth = window.width - 2 * inset;
    int cell = (rowWidth - (count - 1) * BUTTON_GAP) / count;
    int x = window.x + inset + index * (cell + BUTTON_GAP) + cell / 2;
    int y = window.y + window.height - inset - BUTTON_HEIGHT / 2;
    return new Point(x, y);
  }
}
