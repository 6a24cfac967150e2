package dev.unknot.prompt;

import dev.unknot.core.Cause;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import dev.unknot.core.i18n.Messages;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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

  static final int DAYS_BACK = 14;

  static String title() {
    return Messages.get("knotForm.title");
  }

  /** "1 – barely noticeable" to "5 – stops me working". */
  static List<String> severityWords() {
    List<String> words = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      String key = "knotForm.severity." + level; // 1 to 5
      words.add(Messages.get(key));
    }
    return words;
  }

  static String causeName(Cause cause) {
    return Messages.get(
        switch (cause) {
          case LONG_SITTING -> "knotForm.cause.longSitting";
          case MOUSE -> "knotForm.cause.mouse";
          case LIFTING -> "knotForm.cause.lifting";
          case SLEEP -> "knotForm.cause.sleep";
          case STRESS -> "knotForm.cause.stress";
          case POSTURE -> "knotForm.cause.posture";
          case OTHER -> "knotForm.cause.other";
        });
  }

  private final JComboBox<LocalDate> day;
  private final JComboBox<KnotArea> area = new JComboBox<>(KnotArea.values());
  private final JComboBox<Side> side = new JComboBox<>(Side.values());
  private final JComboBox<String> severity =
      new JComboBox<>(severityWords().toArray(String[]::new));
  private final Map<Cause, JCheckBox> causes = new EnumMap<>(Cause.class);
  private final JTextField note = new JTextField(24);
  private final JLabel status = new JLabel(" ");
  private final JButton save = new JButton(Messages.get("knotForm.save"));
  private final JButton cancel = new JButton(Messages.get("knotForm.cancel"));

  /**
   * @param onSave stores the report; it runs off the Swing thread and reports back with {@link
   *     #saved} or {@link #failed}
   */
  KnotReportWindow(
      LocalDate preselected, Clock clock, Consumer<KnotReport> onSave, Runnable onCancel) {
    super(title());
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
    row = addRow(form, row, "knotForm.day", day);
    row = addRow(form, row, "knotForm.where", area);
    row = addRow(form, row, "knotForm.side", side);
    row = addRow(form, row, "knotForm.severity", severity);
    JPanel causeBoxes = new JPanel(new GridLayout(0, 2, 8, 0));
    for (Cause cause : Cause.values()) {
      JCheckBox box = new JCheckBox(causeName(cause));
      box.getAccessibleContext()
          .setAccessibleName(Messages.get("knotForm.cause.name", causeName(cause)));
      box.getAccessibleContext()
          .setAccessibleDescription(Messages.get("knotForm.cause.description"));
      causes.put(cause, box);
      causeBoxes.add(box);
    }
    row = addRow(form, row, "knotForm.causes", causeBoxes);
    addRow(form, row, "knotForm.note", note);
    describe(save, "knotForm.save");
    describe(cancel, "knotForm.cancel");

    save.addActionListener(
        e -> {
          save.setEnabled(false);
          status.setText(Messages.get("knotForm.saving"));
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
    status.setText(Messages.get("knotForm.savedAs", String.valueOf(report.id())));
    save.setText(Messages.get("knotForm.saved"));
    cancel.setText(Messages.get("knotForm.close"));
    describe(cancel, "knotForm.close");
    getRootPane().setDefaultButton(cancel);
  }

  /** Called on the Swing thread when storing failed; the form keeps what was typed. */
  void failed(String message) {
    status.setForeground(NoticeWindow.WARNING);
    status.setText(Messages.get("knotForm.notSaved", message));
    save.setEnabled(true);
  }

  /**
   * A labelled field. The key names the label ("Day:"), its mnemonic ({@code key.mnemonic}, a
   * letter of the label, if it has one), and the field's accessible name ({@code key.name}) and
   * description ({@code key.description}).
   */
  private static int addRow(JPanel form, int row, String key, JComponent field) {
    JLabel label = new JLabel(Messages.get(key));
    label.setFont(label.getFont().deriveFont(Font.BOLD));
    label.setLabelFor(field);
    String mnemonicKey = key + ".mnemonic";
    if (Messages.has(mnemonicKey)) {
      label.setDisplayedMnemonic(Messages.get(mnemonicKey).charAt(0));
    }
    describe(field, key);
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

  /** The accessible name and description from {@code key.name} and {@code key.description}. */
  private static void describe(JComponent field, String key) {
    field.getAccessibleContext().setAccessibleName(Messages.get(key + ".name"));
    field.getAccessibleContext().setAccessibleDescription(Messages.get(key + ".description"));
  }

  static String dayName(LocalDate d, LocalDate today) {
    String date = DatePatterns.of("knotForm.dateFormat").format(d);
    if (d.equals(today)) {
      return Messages.get("knotForm.today", date);
    }
    return d.equals(today.minusDays(1)) ? Messages.get("knotForm.yesterday", date) : date;
  }

  private static String sideName(Side s) {
    return Messages.get(
        switch (s) {
          case LEFT -> "knotForm.side.left";
          case RIGHT -> "knotForm.side.right";
          case BOTH -> "knotForm.side.both";
          case CENTRE -> "knotForm.side.centre";
        });
  }
}
