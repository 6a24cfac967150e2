package dev.unknot.prompt;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * A colour that is the look's current value for a key (FlatLightLaf.properties and
 * FlatDarkLaf.properties beside this class), so constants such as {@link QuietCard#TEXT} follow a
 * change between light and dark. Every accessor of {@link Color} reads through {@link #getRGB()}.
 */
final class ThemeColor extends Color {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param light the value before any look is set, as in unit tests
   */
  ThemeColor(String key, int light) {
    super(light);
    this.key = key;
  }

  @Override
  public int getRGB() {
    Color current = UIManager.getColor(key);
    return current == null ? super.getRGB() : current.getRGB();
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other); // the colour as it is now, like any Color
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  @Override
  public String toString() {
    return "ThemeColor[" + key + "=" + Integer.toHexString(getRGB()) + "]";
  }
}
