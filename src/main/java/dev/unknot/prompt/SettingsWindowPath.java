package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** Where config.toml is, when nothing on the desktop could open it: a path to copy. */
public final class SettingsWindowPath extends JFrame {

  private static final long serialVersionUID = 1L;

  private SettingsWindowPath(Path file) {
    super(Messages.get("settings.path.title"));
    Look.decorate(this);
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    JPanel content = new JPanel(new BorderLayout(0, 8));
    content.setBorder(BorderFactory.createEmptyBorder(14, 16, 12, 16));
    JLabel intro = new JLabel(Messages.get("settings.path.intro"));
    content.add(intro, BorderLayout.NORTH);
    JTextField path = new JTextField(file.toAbsolutePath().toString());
    path.setEditable(false);
    path.setColumns(Math.min(60, Math.max(30, path.getText().length() + 2)));
    path.getAccessibleContext().setAccessibleName(Messages.get("settings.path.field"));
    path.getAccessibleContext().setAccessibleDescription(Messages.get("settings.path.intro"));
    intro.setLabelFor(path);
    content.add(path, BorderLayout.CENTER);
    JButton copy = new JButton(Messages.get("settings.path.copy"));
    copy.getAccessibleContext().setAccessibleDescription(Messages.get("settings.path.copy.help"));
    copy.addActionListener(
        e ->
            Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new StringSelection(path.getText()), null));
    JButton close = new JButton(Messages.get("settings.button.close"));
    close.getAccessibleContext().setAccessibleDescription(Messages.get("settings.path.close.help"));
    close.addActionListener(e -> dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(copy);
    buttons.add(close);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    getRootPane().setDefaultButton(close);
    pack();
    setLocationRelativeTo(null);
    path.selectAll();
  }

  /** Shows the path, selected for copying. Safe from any thread. */
  public static void show(Path file) {
    SwingUtilities.invokeLater(() -> new SettingsWindowPath(file).setVisible(true));
  }
}
