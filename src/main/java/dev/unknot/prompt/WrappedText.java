package dev.unknot.prompt;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * Read-only text that wraps at word boundaries to a fixed width, measured the way it is painted.
 *
 * <p>A wrapping JTextArea does not do that: it breaks its lines once, with the font metrics it has
 * when first sized (before the card is on a screen, so those of scale 1), keeps the breaks until
 * the text or the width changes, and measures a line as a sum of whole-pixel character widths. At
 * twice the scale the glyphs are hinted at twice the size and a line comes out a few percent wider,
 * so the last word of a full line ran past the text column and was cut off.
 *
 * <p>Here every line is measured with the font render context of the screen the text is on (its
 * scale and the look's antialiasing) and painted with the same, so a line that fits when measured
 * fits when drawn.
 */
final class WrappedText extends JComponent implements Accessible {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int width;
  private transient List<String> lines;
  private transient FontRenderContext linesMeasuredWith;

  WrappedText(String text, Font font, Color color, int width) {
    this.text = text;
    this.width = width;
    setFont(font);
    setForeground(color);
    setOpaque(false);
    setAlignmentX(LEFT_ALIGNMENT);
    updateUI();
  }

  String text() {
    return text;
  }

  /** The lines as they are painted on the screen the text is on now. */
  private List<String> lines() {
    FontMetrics metrics = getFontMetrics(getFont());
    FontRenderContext frc = metrics.getFontRenderContext();
    if (lines == null || !frc.equals(linesMeasuredWith)) {
      lines =
          List.copyOf(
              wrap(text, width, line -> BasicGraphicsUtils.getStringWidth(this, metrics, line)));
      linesMeasuredWith = frc;
    }
    return lines;
  }

  /**
   * Breaks {@code text} into lines no wider than {@code width}: at word boundaries, at each line
   * feed, and inside a word only where the word alone is wider than a line.
   */
  static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      BreakIterator breaks = BreakIterator.getLineInstance();
      breaks.setText(paragraph);
      int start = 0;
      do {
        int end = start;
        for (int next = breaks.following(start);
            next != BreakIterator.DONE
                && measure.applyAsDouble(paragraph.substring(start, next).stripTrailing()) <= width;
            next = breaks.next()) {
          end = next;
        }
        if (end == start && start < paragraph.length()) {
          end = paragraph.offsetByCodePoints(start, 1); // at least one character a line
          while (end < paragraph.length()
              && measure.applyAsDouble(
                      paragraph.substring(start, paragraph.offsetByCodePoints(end, 1)))
                  <= width) {
            end = paragraph.offsetByCodePoints(end, 1);
          }
        }
        lines.add(paragraph.substring(start, end).stripTrailing());
        start = end;
      } while (start < paragraph.length());
    }
    return lines;
  }

  @Override
  public void updateUI() {
    // A JComponent without a UI delegate does not pick up the look's text antialiasing by itself.
    putClientProperty(
        RenderingHints.KEY_TEXT_ANTIALIASING, UIManager.get(RenderingHints.KEY_TEXT_ANTIALIASING));
    putClientProperty(
        RenderingHints.KEY_TEXT_LCD_CONTRAST, UIManager.get(RenderingHints.KEY_TEXT_LCD_CONTRAST));
    lines = null;
    super.updateUI();
  }

  @Override
  public void addNotify() {
    super.addNotify();
    revalidate(); // now on a screen, whose scale may wrap the text differently
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    return new Dimension(width, lines().size() * getFontMetrics(getFont()).getHeight());
  }

  @Override
  public Dimension getMaximumSize() {
    return getPreferredSize();
  }

  @Override
  public Dimension getMinimumSize() {
    return getPreferredSize();
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g;
    FontMetrics metrics = getFontMetrics(getFont());
    g2.setFont(getFont());
    g2.setColor(getForeground());
    int y = metrics.getAscent();
    for (String line : lines()) {
      BasicGraphicsUtils.drawString(this, g2, line, 0, y);
      y += metrics.getHeight();
    }
  }

  /**
   * Only components that implement Accessible are children in the accessibility tree (a plain
   * JComponent is skipped): without it, screen readers never reached this text.
   */
  @Override
  public AccessibleContext getAccessibleContext() {
    if (accessibleContext == null) {
      accessibleContext =
          new AccessibleJComponent() {
            private static final long serialVersionUID = 1L;

            @Override
            public AccessibleRole getAccessibleRole() {
              return AccessibleRole.LABEL;
            }
          };
      accessibleContext.setAccessibleName(text);
    }
    return accessibleContext;
  }
}
