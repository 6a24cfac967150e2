package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.WeeklySummary;
import dev.unknot.report.SummaryChart;
import dev.unknot.report.SummaryText;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** The full weekly report: the chart, then the text, with buttons to step through the weeks. */
public final class SummaryWindow extends JFrame {

  private static SummaryWindow showing; // Swing thread only

  private final Function<IsoWeek, WeeklySummary> summaries;
  private final JLabel chart = new JLabel();
  private final JTextArea text = new JTextArea();
  private final JScrollPane scroll;
  private final JButton previous;
  private final JButton next;
  private IsoWeek week;

  private SummaryWindow(Function<IsoWeek, WeeklySummary> summaries) {
    super(Messages.get("summaryWindow.title"));
    Look.decorate(this);
    this.summaries = summaries;
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    text.setEditable(false);
    text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
    text.setColumns(SummaryText.WIDTH);
    text.setBorder(BorderFactory.createEmptyBorder(8, 16, 16, 16));
    JPanel page = new JPanel();
    page.setLayout(new BoxLayout(page, BoxLayout.Y_AXIS));
    page.setBackground(new ThemeColor("Unknot.page.background", 0xFFFFFF));
    chart.setAlignmentX(0f);
    text.setAlignmentX(0f);
    page.add(chart);
    page.add(text);
    scroll = new JScrollPane(page);
    scroll.getVerticalScrollBar().setUnitIncrement(24);
    scroll.setBorder(BorderFactory.createEmptyBorder());

    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    previous = button(Messages.get("summaryWindow.previous"), () -> display(week.minusWeeks(1)));
    buttons.add(previous);
    next = button(Messages.get("summaryWindow.next"), () -> display(week.minusWeeks(-1)));
    buttons.add(next);
    buttons.add(button(Messages.get("summaryWindow.close"), this::dispose));
    getRootPane()
        .registerKeyboardAction(
            e -> dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    getContentPane().add(scroll, BorderLayout.CENTER);
    getContentPane().add(buttons, BorderLayout.SOUTH);
  }

  private static JButton button(String label, Runnable action) {
    JButton b = new JButton(label);
    b.addActionListener(e -> action.run());
    return b;
  }

  private void display(IsoWeek shown) {
    week = shown;
    // Weeks to come have nothing to show.
    next.setEnabled(shown.compareTo(IsoWeek.of(LocalDate.now())) < 0);
    WeeklySummary s = summaries.apply(shown);
    // Weeks before the first record are not empty weeks: the user had not begun.
    previous.setEnabled(
        s.firstRecordedDay().map(first -> shown.compareTo(IsoWeek.of(first)) > 0).orElse(false));
    chart.setIcon(new ImageIcon(SummaryChart.draw(s)));
    text.setText(SummaryText.render(s));
    text.setCaretPosition(0);
    setTitle(Messages.get("summaryWindow.titleWeek", shown.toString()));
    SwingUtilities.invokeLater(() -> scroll.getVerticalScrollBar().setValue(0));
  }

  /**
   * Opens the report of a week, reusing the window if it is open. Safe from any thread.
   *
   * @param summaries works out any week's summary; called on the Swing thread
   */
  public static void open(IsoWeek week, Function<IsoWeek, WeeklySummary> summaries) {
    SwingUtilities.invokeLater(
        () -> {
          if (showing == null || !showing.isDisplayable()) {
            showing = new SummaryWindow(summaries);
            showing.display(week);
            Rectangle screen =
                GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            showing.setSize(
                new Dimension(
                    Math.min(SummaryChart.WIDTH + 60, screen.width),
                    Math.min(900, screen.height - 40)));
            showing.setLocationRelativeTo(null);
          } else {
            showing.display(week);
          }
          showing.setVisible(true);
          showing.toFront();
        });
  }
}
