package dev.unknot.prompt;

import dev.unknot.config.ConfigDraft;
import dev.unknot.config.ConfigException;
import dev.unknot.config.Durations;
import dev.unknot.config.TomlConfigEditor;
import dev.unknot.config.UnknotConfig;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.ExerciseDrawing;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings window: the common settings of config.toml in a form. Every field is checked as
 * `unknot config check` checks the file, with the problem shown under the field; Save, enabled only
 * while every field is right, edits the file in place, and the running Unknot applies it as it
 * applies any saved change.
 */
public final class SettingsWindow extends JFrame {

  private static final Logger LOG = LoggerFactory.getLogger(SettingsWindow.class);
  private static final long serialVersionUID = 1L;
  private static final int PROBLEM_WIDTH = 360;
  private static final int THUMBNAIL_WIDTH = 72;
  private static final int THUMBNAIL_HEIGHT = 44;

  /** Start at login, which is the desktop's setting rather than the config's. */
  public interface LoginStart {
    boolean enabled() throws IOException;

    void set(boolean enabled) throws IOException;
  }

  private static SettingsWindow showing; // Swing thread only

  private final transient ConfigDraft draft;
  private final transient List<Exercise> catalog;
  private final transient LoginStart loginStart;
  private final transient Runnable openConfigFile;
  private final transient List<Field> fields = new ArrayList<>();
  private final JTabbedPane tabs = new JTabbedPane(SwingConstants.LEFT);
  private final transient List<String> tabTitles = new ArrayList<>();
  private final JLabel elsewhere = new JLabel();
  private final JLabel status = new JLabel(" ");
  private final JButton save = new JButton(Messages.get("settings.button.save"));
  private final JCheckBox login = new JCheckBox(Messages.get("settings.login"));
  private boolean loginInitial;
  private String baseText;
  private JTextField first;

  /** A form field for one config key, with the TOML value it stands for. */
  private static final class Field {
    final String key;
    final JComponent control;
    final Supplier<String> token;
    final JLabel problem = new JLabel();
    final int tab;
    String description;
    String initial;

    Field(String key, JComponent control, Supplier<String> token, int tab, String description) {
      this.key = key;
      this.control = control;
      this.token = token;
      this.tab = tab;
      this.description = description;
    }

    boolean changed() {
      return !token.get().equals(initial);
    }
  }

  /**
   * Opens the window, or brings the open one to the front. Safe from any thread.
   *
   * @param inUse the settings Unknot runs with, shown when the file itself cannot be read
   * @param catalog the built-in exercises, offered for the rotation
   * @param openConfigFile opens config.toml in the user's editor, or shows where it is
   */
  public static void open(
      ConfigDraft draft,
      UnknotConfig inUse,
      List<Exercise> catalog,
      LoginStart loginStart,
      Runnable openConfigFile) {
    SwingUtilities.invokeLater(
        () -> {
          if (showing != null && showing.isDisplayable()) {
            showing.toFront();
            showing.requestFocus();
            return;
          }
          showing = new SettingsWindow(draft, inUse, catalog, loginStart, openConfigFile);
          showing.setVisible(true);
        });
  }

  private SettingsWindow(
      ConfigDraft draft,
      UnknotConfig inUse,
      List<Exercise> catalog,
      LoginStart loginStart,
      Runnable openConfigFile) {
    super(Messages.get("settings.title"));
    this.draft = draft;
    this.catalog = catalog;
    this.loginStart = loginStart;
    this.openConfigFile = openConfigFile;
    Look.decorate(this);
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    try {
      loginInitial = loginStart.enabled();
      login.setSelected(loginInitial);
    } catch (IOException e) {
      login.setEnabled(false);
      login.setToolTipText(e.getMessage());
    }
    login.addItemListener(e -> recheck());
    save.addActionListener(e -> save());
    bindKeys();
    fill(inUse);
    pack();
    setMinimumSize(getSize());
    setLocationRelativeTo(null);
    addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowOpened(WindowEvent e) {
            if (first != null) {
              first.requestFocusInWindow();
            }
          }
        });
  }

  /**
   * Builds every section from the file as it is now (or from the settings in use where the file
   * cannot be read), in the language in use.
   */
  private void fill(UnknotConfig inUse) {
    fields.clear();
    tabs.removeAll();
    tabTitles.clear();
    first = null;
    setTitle(Messages.get("settings.title"));
    save.setText(Messages.get("settings.button.save"));
    login.setText(Messages.get("settings.login"));
    status.setText(" ");
    UnknotConfig config = inUse;
    List<String> problems = List.of();
    try {
      baseText = draft.text();
      ConfigDraft.Check check = draft.check(baseText, Map.of(), List.of());
      if (check.config() != null) {
        config = check.config();
      } else {
        problems = check.elsewhere();
      }
    } catch (ConfigException e) {
      baseText = null;
      problems = e.problems();
    }

    buildBreaks(config);
    buildPostpone(config);
    buildCheckIn(config);
    buildQuiet(config);
    buildLook(config);
    buildExercises(config, catalog);
    buildPrivacy(config);
    for (Field f : fields) {
      f.initial = f.token.get();
    }

    JPanel content = new JPanel(new BorderLayout());
    content.add(tabs, BorderLayout.CENTER);
    content.add(bottom(), BorderLayout.SOUTH);
    setContentPane(content);
    if (baseText == null) {
      showProblems(problems);
      save.setEnabled(false);
    } else {
      recheck();
    }
  }

  // --- the sections

  private void buildBreaks(UnknotConfig c) {
    Section s = section("breaks");
    s.note("settings.hint.duration");
    for (BreakType type : BreakType.values()) {
      BreakSettings b = c.engine().of(type);
      String table = "breaks." + type.id() + ".";
      s.check(table + "enabled", b.enabled());
      JTextField interval = s.duration(table + "interval", b.interval());
      if (first == null) {
        first = interval;
      }
      s.duration(table + "duration", b.duration());
      s.gap();
    }
    s.duration("activity.idle_threshold", c.engine().idleThreshold());
  }

  private void buildPostpone(UnknotConfig c) {
    Section s = section("postpone");
    s.note("settings.hint.duration");
    s.duration("breaks.heads_up", c.engine().headsUp());
    s.duration("breaks.start_on_pause", c.engine().startOnPause());
    s.duration("breaks.max_wait", c.engine().maxWait());
    for (BreakType type : BreakType.values()) {
      BreakSettings b = c.engine().of(type);
      String table = "breaks." + type.id() + ".";
      s.gap();
      s.duration(table + "postpone", b.postpone());
      s.number(table + "max_postpones", b.maxPostpones());
      s.number(table + "postpone_cost", b.postponeCost());
      s.number(table + "skips_per_day", b.skipsPerDay());
    }
  }

  private void buildCheckIn(UnknotConfig c) {
    Section s = section("checkin");
    s.check("knots.checkin", c.checkIn().enabled());
    s.text("knots.checkin_time", c.checkIn().time().toString(), "settings.hint.time");
    s.gap();
    s.check("summary.notify", c.summary().notifications());
    List<String> days =
        Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    s.choice(
        "summary.day",
        days,
        d ->
            capitalized(
                DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))
                    .getDisplayName(TextStyle.FULL_STANDALONE, Messages.locale())),
        c.summary().day().name().toLowerCase(Locale.ROOT));
    s.text("summary.time", c.summary().time().toString(), "settings.hint.time");
  }

  private void buildQuiet(UnknotConfig c) {
    Section s = section("quiet");
    s.note("settings.quiet.intro");
    s.check("quiet.fullscreen", c.quiet().fullscreen());
    JTextField apps = new JTextField(String.join(", ", c.quiet().apps()), 18);
    s.row(
        "quiet.apps",
        apps,
        () ->
            TomlConfigEditor.list(
                Arrays.stream(apps.getText().split(","))
                    .map(String::strip)
                    .filter(a -> !a.isEmpty())
                    .toList()),
        Messages.get("settings.hint.apps"));
    s.check("quiet.camera", c.quiet().camera());
    s.check("quiet.microphone", c.quiet().microphone());
    s.check("quiet.do_not_disturb", c.quiet().doNotDisturb());
    s.check("quiet.idle_inhibitors", c.quiet().idleInhibitors());
  }

  private void buildLook(UnknotConfig c) {
    Section s = section("look");
    s.choice(
        "ui.theme",
        Arrays.stream(UnknotConfig.Theme.values()).map(UnknotConfig.Theme::id).toList(),
        id -> words("settings.theme." + id),
        c.ui().theme().id());
    s.choice(
        "ui.language",
        Arrays.stream(UnknotConfig.Language.values()).map(UnknotConfig.Language::id).toList(),
        id -> words("language." + id),
        c.ui().language().id());
    s.note("settings.look.next");
    s.gap();
    login.getAccessibleContext().setAccessibleName(Messages.get("settings.login"));
    login.getAccessibleContext().setAccessibleDescription(Messages.get("settings.login.help"));
    login.setToolTipText(Messages.get("settings.login.help"));
    s.wide(login);
  }

  private void buildExercises(UnknotConfig c, List<Exercise> catalog) {
    Section s = section("exercises");
    for (BreakType type : BreakType.values()) {
      String key = "exercises." + type.id();
      List<String> listed =
          c.exercises().stream().filter(e -> e.kind() == type).map(Exercise::id).toList();
      List<Exercise> builtIn = catalog.stream().filter(e -> e.kind() == type).toList();
      List<String> builtInIds = builtIn.stream().map(Exercise::id).toList();
      // The user's own exercises always join their kind's rotation; the list keeps naming them.
      List<String> custom = listed.stream().filter(id -> !builtInIds.contains(id)).toList();
      JPanel grid = new JPanel(new GridBagLayout());
      Map<String, JCheckBox> boxes = new LinkedHashMap<>();
      int i = 0;
      for (Exercise e : builtIn) {
        JCheckBox box = new JCheckBox(e.title(), listed.contains(e.id()));
        box.getAccessibleContext()
            .setAccessibleName(Messages.get("settings.exercise.name", e.title()));
        box.getAccessibleContext().setAccessibleDescription(words("settings." + key + ".help"));
        boxes.put(e.id(), box);
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = (i % 2) * 2;
        at.gridy = i / 2;
        at.insets = new Insets(2, 0, 2, 6);
        JComponent picture =
            ExerciseDrawing.of(e)
                .<JComponent>map(d -> new DrawingView(d, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT))
                .orElseGet(
                    () -> (JComponent) Box.createRigidArea(new Dimension(THUMBNAIL_WIDTH, 1)));
        picture
            .getAccessibleContext()
            .setAccessibleName(Messages.get("settings.exercise.drawing", e.title()));
        grid.add(picture, at);
        at.gridx++;
        at.anchor = GridBagConstraints.WEST;
        at.insets = new Insets(2, 0, 2, 18);
        grid.add(box, at);
        i++;
      }
      JPanel holder = new JPanel(new BorderLayout());
      holder.add(grid, BorderLayout.WEST);
      Field f =
          s.stacked(
              key,
              holder,
              () -> {
                List<String> ids = new ArrayList<>();
                boxes.forEach((id, box) -> ids.add(box.isSelected() ? id : null));
                ids.removeIf(id -> id == null);
                ids.addAll(custom);
                return TomlConfigEditor.list(ids);
              });
      boxes.values().forEach(b -> b.addItemListener(e -> recheck()));
      f.control.getAccessibleContext().setAccessibleName(words("settings." + key));
    }
  }

  private void buildPrivacy(UnknotConfig c) {
    Section s = section("privacy");
    s.check("privacy.record_activity_counts", c.recordActivityCounts());
    s.note("settings.privacy.note");
  }

  // --- checking and saving

  private Map<String, String> edits() {
    Map<String, String> edits = new LinkedHashMap<>();
    for (Field f : fields) {
      if (f.changed()) {
        edits.put(f.key, f.token.get());
      }
    }
    return edits;
  }

  /** Whether the user turned start at login on or off here, not yet saved. */
  private boolean loginChanged() {
    return login.isEnabled() && login.isSelected() != loginInitial;
  }

  private List<String> keys() {
    return fields.stream().map(f -> f.key).toList();
  }

  /** Checks the form as it is now, as `config check` would check the file with it saved. */
  private void recheck() {
    if (baseText == null) {
      return;
    }
    Map<String, String> edits = edits();
    ConfigDraft.Check check = draft.check(baseText, edits, keys());
    boolean[] tabHasProblem = new boolean[tabs.getTabCount()];
    for (Field f : fields) {
      String problem = check.byKey().get(f.key);
      f.problem.setText(problem == null ? "" : html(problem));
      f.problem.setVisible(problem != null);
      f.control
          .getAccessibleContext()
          .setAccessibleDescription(
              problem == null ? f.description : problem + " " + f.description);
      if (problem != null) {
        tabHasProblem[f.tab] = true;
      }
    }
    for (int t = 0; t < tabs.getTabCount(); t++) {
      String title = tabTitles.get(t);
      tabs.setTitleAt(t, tabHasProblem[t] ? "⚠ " + title : title);
      tabs.setForegroundAt(t, tabHasProblem[t] ? NoticeWindow.WARNING : null);
    }
    showProblems(check.elsewhere());
    boolean changed = !edits.isEmpty() || loginChanged();
    save.setEnabled(check.ok() && changed);
    if (changed) {
      status.setText(" ");
    }
  }

  private void showProblems(List<String> problems) {
    elsewhere.setText(
        problems.isEmpty()
            ? ""
            : html(Messages.get("settings.problems.file") + "\n" + String.join("\n", problems)));
    elsewhere.setVisible(!problems.isEmpty());
  }

  private void save() {
    if (!save.isEnabled()) {
      return;
    }
    try {
      ConfigDraft.Check check = draft.save(edits(), keys());
      if (!check.ok()) {
        recheck();
        showProblems(check.elsewhere());
        status.setText(Messages.get("settings.status.changed"));
        return;
      }
      baseText = draft.text();
      for (Field f : fields) {
        f.initial = f.token.get();
      }
      if (loginChanged()) {
        loginStart.set(login.isSelected());
        loginInitial = login.isSelected();
      }
      recheck();
      status.setForeground(null);
      status.setText(Messages.get("settings.status.saved"));
      LOG.info("settings saved to {}", draft.file());
    } catch (IOException | ConfigException | RuntimeException e) {
      LOG.warn("settings not saved to {}: {}", draft.file(), e.getMessage());
      status.setForeground(NoticeWindow.WARNING);
      status.setText(html(Messages.get("settings.status.failed", e.getMessage())));
    }
  }

  private JPanel bottom() {
    JPanel bottom = new JPanel(new BorderLayout(0, 6));
    bottom.setBorder(BorderFactory.createEmptyBorder(6, 12, 10, 12));
    elsewhere.setForeground(NoticeWindow.WARNING);
    elsewhere.setVisible(false);
    bottom.add(elsewhere, BorderLayout.NORTH);
    JButton openFile = new JButton(Messages.get("settings.button.open"));
    describe(openFile, "settings.button.open");
    openFile.addActionListener(
        e -> {
          Thread opening = new Thread(openConfigFile, "unknot-open-config");
          opening.setDaemon(true);
          opening.start();
        });
    JButton close = new JButton(Messages.get("settings.button.close"));
    describe(close, "settings.button.close");
    close.addActionListener(e -> dispose());
    describe(save, "settings.button.save");
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(close);
    buttons.add(save);
    JPanel row = new JPanel(new BorderLayout(12, 0));
    row.add(openFile, BorderLayout.WEST);
    row.add(status, BorderLayout.CENTER);
    row.add(buttons, BorderLayout.EAST);
    bottom.add(row, BorderLayout.SOUTH);
    getRootPane().setDefaultButton(null);
    return bottom;
  }

  private void bindKeys() {
    JComponent root = getRootPane();
    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(
            KeyStroke.getKeyStroke(KeyEvent.VK_S, java.awt.event.InputEvent.CTRL_DOWN_MASK),
            "save");
    root.getActionMap()
        .put(
            "save",
            new AbstractAction() {
              @Override
              public void actionPerformed(java.awt.event.ActionEvent e) {
                save();
              }
            });
    root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
    root.getActionMap()
        .put(
            "close",
            new AbstractAction() {
              @Override
              public void actionPerformed(java.awt.event.ActionEvent e) {
                dispose();
              }
            });
  }

  /**
   * The config file changed, saved here or elsewhere (an editor, a script). An open window that
   * holds no edit of its own is filled again from the file, so it never shows values the file no
   * longer has, in the language now in use; one with edits keeps them and says so, and Save writes
   * only those fields. Safe from any thread.
   *
   * @param inUse the settings Unknot now runs with
   */
  public static void fileChanged(UnknotConfig inUse) {
    SwingUtilities.invokeLater(
        () -> {
          if (showing != null && showing.isDisplayable()) {
            showing.reread(inUse);
          }
        });
  }

  private void reread(UnknotConfig inUse) {
    String now;
    try {
      now = draft.text();
    } catch (ConfigException e) {
      now = null;
    }
    if (now != null && now.equals(baseText)) {
      return; // this window's own save
    }
    if (!edits().isEmpty() || loginChanged()) {
      baseText = now;
      recheck();
      status.setForeground(NoticeWindow.WARNING);
      status.setText(html(Messages.get("settings.status.changedElsewhere")));
      return;
    }
    int tab = tabs.getSelectedIndex();
    fill(inUse);
    tabs.setSelectedIndex(Math.min(Math.max(tab, 0), tabs.getTabCount() - 1));
    Dimension size = getPreferredSize();
    setMinimumSize(size); // the words of another language may need more room
    if (getWidth() < size.width || getHeight() < size.height) {
      setSize(Math.max(getWidth(), size.width), Math.max(getHeight(), size.height));
    }
    validate();
    repaint();
    LOG.info("settings window read {} again: it changed outside the window", draft.file());
  }

  @Override
  public void dispose() {
    super.dispose();
    forget(this);
  }

  private static void forget(SettingsWindow closed) {
    if (showing == closed) {
      showing = null;
    }
  }

  private static void describe(JComponent c, String key) {
    c.getAccessibleContext().setAccessibleName(Messages.get(key));
    c.getAccessibleContext().setAccessibleDescription(Messages.get(key + ".help"));
    c.setToolTipText(Messages.get(key + ".help"));
  }

  /** Words whose key is made from a config key; the E2E tests open every one. */
  private static String words(String key, Object... args) {
    return Messages.get(key, args);
  }

  private static String html(String text) {
    String escaped =
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    // not translated: HTML markup around the words
    return "<html><body style='width: " + PROBLEM_WIDTH + "px'>" + escaped + "</body></html>";
  }

  private static String capitalized(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Messages.locale()) + word.substring(1);
  }

  private Section section(String name) {
    Section s = new Section(tabs.getTabCount());
    String title = words("settings.section." + name);
    tabTitles.add(title);
    JPanel page = new JPanel(new BorderLayout());
    page.setBorder(BorderFactory.createEmptyBorder(14, 16, 8, 16));
    JLabel heading = new JLabel(title);
    heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 2f));
    heading.setBorder(BorderFactory.createEmptyBorder(0, 0, 10, 0));
    page.add(heading, BorderLayout.NORTH);
    // Top left, as forms are read; the tab is as wide as its widest neighbour.
    JPanel left = new JPanel(new BorderLayout());
    left.add(s.panel, BorderLayout.WEST);
    JPanel holder = new JPanel(new BorderLayout());
    holder.add(left, BorderLayout.NORTH);
    page.add(holder, BorderLayout.CENTER);
    tabs.addTab(title, page);
    return s;
  }

  /** One tab's rows: a label, the control and a hint, and the problem under the control. */
  private final class Section {
    final JPanel panel = new JPanel(new GridBagLayout());
    final int tab;
    int row;

    Section(int tab) {
      this.tab = tab;
    }

    JTextField duration(String key, java.time.Duration value) {
      JTextField field = new JTextField(Durations.format(value), 8);
      Field f = row(key, field, () -> TomlConfigEditor.quoted(field.getText().strip()), null);
      f.description = f.description + " " + Messages.get("settings.hint.duration");
      field.getAccessibleContext().setAccessibleDescription(f.description);
      field.setToolTipText(f.description);
      return field;
    }

    JTextField text(String key, String value, String hintKey) {
      JTextField field = new JTextField(value, 8);
      row(
          key,
          field,
          () -> TomlConfigEditor.quoted(field.getText().strip()),
          Messages.get(hintKey));
      return field;
    }

    /** A whole number; anything else is written as text, which the loader then names. */
    void number(String key, int value) {
      JTextField field = new JTextField(String.valueOf(value), 8);
      String hint = "settings." + key + ".unit";
      row(
          key,
          field,
          () -> {
            String t = field.getText().strip();
            return t.matches("-?\\d{1,9}") ? t : TomlConfigEditor.quoted(t);
          },
          Messages.has(hint) ? Messages.get(hint) : null);
    }

    void check(String key, boolean value) {
      JCheckBox box = new JCheckBox(words("settings." + key), value);
      Field f = field(key, box, () -> String.valueOf(box.isSelected()));
      box.addItemListener(e -> recheck());
      GridBagConstraints at = at(0);
      at.gridwidth = 3;
      panel.add(box, at);
      row++;
      problem(f);
    }

    void choice(String key, List<String> ids, Function<String, String> name, String value) {
      JComboBox<String> box = new JComboBox<>(ids.toArray(String[]::new));
      box.setSelectedItem(value);
      box.setRenderer(
          new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(
                JList<?> list, Object v, int index, boolean selected, boolean focused) {
              return super.getListCellRendererComponent(
                  list, v == null ? "" : name.apply((String) v), index, selected, focused);
            }
          });
      row(key, box, () -> TomlConfigEditor.quoted((String) box.getSelectedItem()), null);
      box.addItemListener(e -> recheck());
    }

    Field row(String key, JComponent control, Supplier<String> token, String hint) {
      JLabel label = new JLabel(words("settings." + key) + ":");
      label.setLabelFor(control);
      GridBagConstraints at = at(0);
      at.insets = new Insets(4, 0, 4, 12);
      panel.add(label, at);
      at = at(1);
      panel.add(control, at);
      if (hint != null) {
        JLabel h = new JLabel(hint);
        h.setForeground(UIColor.hint());
        at = at(2);
        at.insets = new Insets(4, 8, 4, 0);
        panel.add(h, at);
      }
      row++;
      Field f = field(key, control, token);
      if (control instanceof JTextField t) {
        t.getDocument().addDocumentListener(new Changes());
      }
      problem(f);
      return f;
    }

    /** A label on a row of its own, the control below it: for a group such as the exercises. */
    Field stacked(String key, JComponent control, Supplier<String> token) {
      JLabel label = new JLabel(words("settings." + key) + ":");
      label.setLabelFor(control);
      GridBagConstraints at = at(0);
      at.gridwidth = 3;
      at.insets = new Insets(row == 0 ? 0 : 12, 0, 2, 0);
      panel.add(label, at);
      row++;
      at = at(0);
      at.gridwidth = 3;
      at.insets = new Insets(0, 12, 0, 0);
      panel.add(control, at);
      row++;
      Field f = field(key, control, token);
      problem(f);
      return f;
    }

    void note(String key) {
      JLabel note = new JLabel(html(Messages.get(key)));
      note.setForeground(UIColor.hint());
      GridBagConstraints at = at(0);
      at.gridwidth = 3;
      at.insets = new Insets(0, 0, 8, 0);
      panel.add(note, at);
      row++;
    }

    void wide(JComponent c) {
      GridBagConstraints at = at(0);
      at.gridwidth = 3;
      panel.add(c, at);
      row++;
    }

    void gap() {
      GridBagConstraints at = at(0);
      panel.add(Box.createVerticalStrut(10), at);
      row++;
    }

    private Field field(String key, JComponent control, Supplier<String> token) {
      String description = words("settings." + key + ".help");
      control.getAccessibleContext().setAccessibleName(words("settings." + key));
      control.getAccessibleContext().setAccessibleDescription(description);
      control.setToolTipText(description);
      Field f = new Field(key, control, token, tab, description);
      fields.add(f);
      return f;
    }

    private void problem(Field f) {
      f.problem.setForeground(NoticeWindow.WARNING);
      f.problem.setVisible(false);
      GridBagConstraints at = at(1);
      at.gridwidth = 2;
      at.insets = new Insets(0, 0, 6, 0);
      panel.add(f.problem, at);
      row++;
    }

    private GridBagConstraints at(int column) {
      GridBagConstraints at = new GridBagConstraints();
      at.gridx = column;
      at.gridy = row;
      at.anchor = GridBagConstraints.WEST;
      at.insets = new Insets(4, 0, 4, 0);
      return at;
    }
  }

  /** A text field's every change is checked at once. */
  private final class Changes implements DocumentListener {
    @Override
    public void insertUpdate(DocumentEvent e) {
      recheck();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
      recheck();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
      recheck();
    }
  }

  /** The look's colour for secondary text. */
  private static final class UIColor {
    static Color hint() {
      Color c = javax.swing.UIManager.getColor("Label.disabledForeground");
      return c == null ? Color.GRAY : c;
    }
  }
}
