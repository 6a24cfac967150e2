package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.ExerciseDrawing;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/** An exercise's drawing, fitted into a fixed box; its lines take the component's foreground. */
final class DrawingView extends JComponent implements Accessible {

  private final transient ExerciseDrawing drawing;

  DrawingView(ExerciseDrawing drawing, int width, int height) {
    this.drawing = drawing;
    Dimension size = new Dimension(width, height);
    setPreferredSize(size);
    setMinimumSize(size);
    setMaximumSize(size);
    setOpaque(false);
  }

  /**
   * A plain JComponent has no accessible context, and is no child in the accessibility tree unless
   * it implements Accessible: screen readers get a named picture.
   */
  @Override
  public AccessibleContext getAccessibleContext() {
    if (accessibleContext == null) {
      accessibleContext =
          new AccessibleJComponent() {
            @Override
            public AccessibleRole getAccessibleRole() {
              return AccessibleRole.ICON;
            }
          };
      accessibleContext.setAccessibleName(Messages.get("drawing.name"));
      accessibleContext.setAccessibleDescription(Messages.get("drawing.description"));
    }
    return accessibleContext;
  }

  @Override
  protected void paintComponent(Graphics g) {
    drawing.paint((Graphics2D) g, this, 0, 0, getWidth(), getHeight(), getForeground());
  }
}
