package dev.unknot.prompt;

import dev.unknot.exercise.ExerciseDrawing;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.JComponent;

/** An exercise's drawing, fitted into a fixed box; its lines take the component's foreground. */
final class DrawingView extends JComponent {

  private final transient ExerciseDrawing drawing;

  DrawingView(ExerciseDrawing drawing, int width, int height) {
    this.drawing = drawing;
    Dimension size = new Dimension(width, height);
    setPreferredSize(size);
    setMinimumSize(size);
    setMaximumSize(size);
    setOpaque(false);
    getAccessibleContext().setAccessibleName("Drawing of the exercise");
  }

  @Override
  protected void paintComponent(Graphics g) {
    drawing.paint((Graphics2D) g, this, 0, 0, getWidth(), getHeight(), getForeground());
  }
}
