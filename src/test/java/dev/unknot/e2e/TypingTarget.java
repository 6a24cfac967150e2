package dev.unknot.e2e;

import java.awt.EventQueue;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * A plain text window for the benchmarks to type letters into, as a person types into an editor; it
 * runs as a process of its own so that its cost is not counted as the measured program's.
 */
public final class TypingTarget {

  static final String TITLE = "Unknot benchmark: typing";

  private TypingTarget() {}

  public static void main(String[] args) {
    EventQueue.invokeLater(
        () -> {
          JFrame frame = new JFrame(TITLE);
          JTextArea text = new JTextArea(20, 60);
          text.setLineWrap(true);
          frame.add(new JScrollPane(text));
          frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
          frame.pack();
          frame.setLocation(100, 100);
          frame.setVisible(true);
          text.requestFocusInWindow();
        });
  }
}
