package dev.unknot.prompt;

import dev.unknot.core.Cause;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * The knot report form. It is opened by the user, so it takes focus; everything works from the
 * keyboard: Tab moves through the fields, Enter saves, Esc cancels.
 */
final class KnotReportWindow extends JFrame {

  static final String TITLE = "Unknot: report a knot";
  static final int DAYS_BACK = 14;
  static final List<String> SEVERITY_WORDS =
      List.of(
          "1 – barely noticeable",
          "2 – noticeable",
          "3 – distracting",
          "4 – hard to ignore",
          "5 – stops me working");
  private static final Map<Cause, String> CAUSE_NAMES = new EnumMap<>(Cause.class);

  static {
    CAUSE_NAMES.put(Cause.LONG_SITTING, "Long sitting");
    CAUSE_NAMES.put(Cause.MOUSE, "Mouse use");
    CAUSE_NAMES.put(Cause.LIFTING, "Lifting");
    CAUSE_NAMES.put(Cause.SLEEP, "Sleep");
    CAUSE_NAMES.put(Cause.STRESS, "Stress");
    CAUSE_NAMES.put(Cause.POSTURE, "Posture");
    CAUSE_NAMES.put(Cause.OTHER, "Other");
  }

  private final JComboBox<LocalDate> day;
  private final JComboBox<KnotArea> area = new JComboBox<>(KnotArea.values());
  private final JComboBox<Side> side = new JComboBox<>(Side.values());
  private final JComboBox<String> severity = new JComboBox<>(SEVERITY_WORDS.toArray(String[]::new));
  private final Map<Cause, JCheckBox> causes = new EnumMap<>(Cause.class);
  private final JTextField note = new JTextField(24);
  private final JLabel status = new JLabel(" ");
  private final JButton save = new JButton("Save");
  private final JButton cancel = new JButton("Cancel");

  /**
   * @param onSave stores the report; it runs off the Swing thread and reports back with {@link
   *     #saved} or {@link #failed}
   */
  KnotReportWindow(
      LocalDate preselected, Clock clock, Consumer<KnotReport> onSave, Runnable onCancel) {
    super(TITLE);
    Look.decorate(this);
    LocalDate today = LocalDate.now(clock);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i <= DAYS_BACK; i++) {
      days.add(today.minusDays(i));
    }
    day = new JComboBox<>(days.toArray(LocalDate[]::new));
    day.setSelectedItem(days.contains(preselected) ? preselected : today);
    day.setRenderer(renderer(d -> dayName((LocalDate) d, today)));
    area.setRenderer(renderer(a -> ((KnotArea) a).plainName()));
    side.setRenderer(renderer(s -> sideName((Side) s)));
    severity.setSelectedIndex(1);
    setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosing(java.awt.event.WindowEvent e) {
            dispose();
            onCancel.run();
          }
        });

    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(16, 18, 8, 18));
    int row = 0;
    row = addRow(form, row, "Day:", KeyEvent.VK_D, day);
    row = addRow(form, row, "Where:", KeyEvent.VK_W, area);
    row = addRow(form, row, "Side:", KeyEvent.VK_I, side);
    row = addRow(form, row, "How bad:", KeyEvent.VK_H, severity);
    JPanel causeBoxes = new JPanel(new GridLayout(0, 2, 8, 0));
    for (Cause cause : Cause.values()) {
      JCheckBox box = new JCheckBox(CAUSE_NAMES.get(cause));
      box.getAccessibleContext().setAccessibleName("Suspected cause: " + CAUSE_NAMES.get(cause));
      causes.put(cause, box);
      causeBoxes.add(box);
    }
    causeBoxes.getAccessibleContext().setAccessibleName("Suspected causes");
    row = addRow(form, row, "Suspected causes:", 0, causeBoxes);
    addRow(form, row, "Note:", KeyEvent.VK_N, note);

    save.addActionListener(
        e -> {
          save.setEnabled(false);
          status.setText("Saving…");
          onSave.accept(report(clock));
        });
    cancel.addActionListener(
        e -> {
          dispose();
          onCancel.run();
        });
    getRootPane().setDefaultButton(save);
    getRootPane()
        .registerKeyboardAction(
            e -> cancel.doClick(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(save);
    buttons.add(cancel);
    JPanel bottom = new JPanel(new BorderLayout());
    bottom.setBorder(BorderFactory.createEmptyBorder(0, 14, 10, 10));
    status.setForeground(new ThemeColor("Unknot.accent.micro", 0x2F7D6D));
    bottom.add(status, BorderLayout.CENTER);
    bottom.add(buttons, BorderLayout.EAST);

    JPanel content = new JPanel(new BorderLayout());
    content.add(form, BorderLayout.CENTER);
    content.add(bottom, BorderLayout.SOUTH);
    setContentPane(content);
    pack();
    setLocationRelativeTo(null);
    area.requestFocusInWindow();
  }

  KnotReport report(Clock clock) {
    Set<Cause> picked = EnumSet.noneOf(Cause.class);
    causes.forEach(
        (cause, box) -> {
          if (box.isSelected()) {
            picked.add(cause);
          }
        });
    return new KnotReport(
        0,
        (LocalDate) day.getSelectedItem(),
        (KnotArea) area.getSelectedItem(),
        (Side) side.getSelectedItem(),
        severity.getSelectedIndex() + 1,
        picked,
        note.getText().strip(),
        OffsetDateTime.now(clock));
  }

  /** Called on the Swing thread once the report is stored. */
  void saved(KnotReport report) {
    status.setText("Saved as report " + report.id() + ".");
    save.setText("Saved");
    cancel.setText("Close");
    getRootPane().setDefaultButton(cancel);
  }

  /** Called on the Swing thread when storing failed; the form keeps what was typed. */
  void failed(String message) {
    status.setForeground(NoticeWindow.WARNING);
    status.setText("Not saved: " + message);
    save.setEnabled(true);
  }

  private static int addRow(JPanel form, int row, String text, int mnemonic, JComponent field) {
    JLabel label = new JLabel(text);
    label.setFont(label.getFont().deriveFont(Font.BOLD));
    label.setLabelFor(field);
    if (mnemonic != 0) {
      label.setDisplayedMnemonic(mnemonic);
    }
    field.getAccessibleContext().setAccessibleName(text.replace(":", ""));
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = row;
    c.anchor = GridBagConstraints.NORTHWEST;
    c.insets = new Insets(4, 0, 4, 12);
    form.add(label, c);
    c.gridx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.insets = new Insets(2, 0, 2, 0);
    form.add(field, c);
    return row + 1;
  }

  private static DefaultListCellRenderer renderer(
      java.util.function.Function<Object, String> name) {
    return new DefaultListCellRenderer() {
      @Override
      public Component getListCellRendererComponent(
          JList<?> list, Object value, int index, boolean selected, boolean focused) {
        return super.getListCellRendererComponent(
            list, value == null ? "" : name.apply(value), index, selected, focused);
      }
    };
  }

  static String dayName(LocalDate d, LocalDate today) {
    String date = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(d);
    if (d.equals(today)) {
      return "Today, " + date;
    }
    return d.equals(today.minusDays(1)) ? "Yesterday, " + date : date;
  }

  private static String sideName(Side s) {
    return switch (s) {
      case LEFT -> "Left";
      case RIGHT -> "Right";
      case BOTH -> "Both sides";
      case CENTRE -> "In the middle";
    };
  }
}
