package dev.unknot.tray;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import dev.unknot.core.BreakType;
import dev.unknot.core.EngineStatus;
import dev.unknot.core.i18n.Messages;
import dorkbox.jna.linux.Gtk;
import dorkbox.jna.linux.GtkEventDispatch;
import dorkbox.systemTray.Checkbox;
import dorkbox.systemTray.Menu;
import dorkbox.systemTray.MenuItem;
import dorkbox.systemTray.Separator;
import dorkbox.systemTray.SystemTray;
import dorkbox.systemTray.util.SizeAndScalingLinux;
import java.awt.Toolkit;
import java.net.URL;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tray icon and its menu, through dorkbox SystemTray. */
public final class DorkboxTray implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DorkboxTray.class);
  private static final Map<EngineStatus.Phase, URL> ICONS = new EnumMap<>(EngineStatus.Phase.class);

  static {
    for (EngineStatus.Phase phase : EngineStatus.Phase.values()) {
      String name =
          phase == EngineStatus.Phase.BREAK
              ? "break"
              : phase.name().toLowerCase(java.util.Locale.ROOT);
      ICONS.put(
          phase, DorkboxTray.class.getResource("/dev/unknot/tray/unknot-" + name + "-64.png"));
    }
  }

  static {
    // dorkbox's update check would send a request to its maker every 4 hours, from 5 minutes after
    // the first dorkbox class loads. Its switch is read from this property when that class
    // initialises; the flag is set as well, in case something loaded it sooner.
    System.setProperty("dorkbox.updates.Updates.ENABLE", "false");
    dorkbox.updates.Updates.INSTANCE.setENABLE(false);
  }

  private final SystemTray tray;
  private final Menu menu;
  // A plain disabled item rather than dorkbox's Status: dorkbox inserts an entry at index 0 in
  // front of its Status in its own list but after it on screen, and from then on each setStatus
  // adds one more Status line instead of changing the first, so the line seen stops changing.
  private final MenuItem statusLine = new MenuItem("");
  private final MenuItem resume;
  private final MenuItem endMeeting;
  private boolean shownInMeeting;
  private final Checkbox leftHand;
  private final Checkbox rightHand;
  private EngineStatus.Phase shownPhase;
  private String shownSummary;
  private String shownTooltip;
  private MenuItem why;
  private String shownWhy = "";
  private final java.util.List<Runnable> relabelling = new java.util.ArrayList<>();
  private java.util.Locale labelledIn;

  /**
   * The status first, then the breaks, the knot diary, Unknot's files, and About and Quit, each
   * group under a separator.
   */
  private DorkboxTray(SystemTray tray, TrayActions actions) {
    this.tray = tray;
    menu = tray.getMenu();
    statusLine.setEnabled(false);
    menu.add(statusLine);
    menu.add(new Separator());
    menu.add(
        labelled(new MenuItem("", e -> actions.breakNow(BreakType.MICRO)), "tray.menu.microNow"));
    menu.add(
        labelled(new MenuItem("", e -> actions.breakNow(BreakType.REST)), "tray.menu.restNow"));
    Menu pause = labelled(new Menu(""), "tray.menu.pause");
    pause.add(
        labelled(
            new MenuItem("", e -> actions.pause(Duration.ofMinutes(30))), "tray.menu.minutes", 30));
    pause.add(
        labelled(new MenuItem("", e -> actions.pause(Duration.ofHours(1))), "tray.menu.hours", 1));
    pause.add(
        labelled(new MenuItem("", e -> actions.pause(Duration.ofHours(2))), "tray.menu.hours", 2));
    pause.add(
        labelled(new MenuItem("", e -> actions.pauseUntilTomorrow()), "tray.menu.untilTomorrow"));
    menu.add(pause);
    resume = labelled(new MenuItem("", e -> actions.resume()), "tray.menu.resume");
    resume.setEnabled(false);
    menu.add(resume);
    Menu meeting = labelled(new Menu(""), "tray.menu.meeting");
    meeting.add(
        labelled(
            new MenuItem("", e -> actions.meeting(Optional.of(Duration.ofMinutes(30)))),
            "tray.menu.minutes",
            30));
    meeting.add(
        labelled(
            new MenuItem("", e -> actions.meeting(Optional.of(Duration.ofHours(1)))),
            "tray.menu.hours",
            1));
    meeting.add(
        labelled(new MenuItem("", e -> actions.meeting(Optional.empty())), "tray.menu.untilEnded"));
    endMeeting = labelled(new MenuItem("", e -> actions.endMeeting()), "tray.menu.endMeeting");
    endMeeting.setEnabled(false);
    meeting.add(endMeeting);
    menu.add(meeting);
    menu.add(new Separator());
    menu.add(labelled(new MenuItem("", e -> actions.reportKnot()), "tray.menu.reportKnot"));
    Menu hand = labelled(new Menu(""), "tray.menu.mouseHand");
    leftHand = new Checkbox("");
    rightHand = new Checkbox("");
    relabel(() -> leftHand.setText(Messages.get("tray.menu.left")));
    relabel(() -> rightHand.setText(Messages.get("tray.menu.right")));
    leftHand.setCallback(e -> pickHand(TrayActions.Hand.LEFT, actions));
    rightHand.setCallback(e -> pickHand(TrayActions.Hand.RIGHT, actions));
    hand.add(leftHand);
    hand.add(rightHand);
    menu.add(hand);
    menu.add(labelled(new MenuItem("", e -> actions.weeklySummary()), "tray.menu.summary"));
    menu.add(new Separator());
    menu.add(labelled(new MenuItem("", e -> actions.settings()), "settings.tray.item"));
    menu.add(labelled(new MenuItem("", e -> actions.openConfig()), "tray.menu.openConfig"));
    menu.add(labelled(new MenuItem("", e -> actions.openDataFolder()), "tray.menu.openData"));
    menu.add(new Separator());
    menu.add(labelled(new MenuItem("", e -> actions.about()), "tray.menu.about"));
    menu.add(labelled(new MenuItem("", e -> actions.quit()), "tray.menu.quit"));
    labelledIn = Messages.locale();
  }

  /** The item, with its words now and again whenever the language changes. */
  private <T extends MenuItem> T labelled(T item, String key, Object... args) {
    relabel(() -> item.setText(Messages.get(key, args)));
    return item;
  }

  private void relabel(Runnable setWords) {
    setWords.run();
    relabelling.add(setWords);
  }

  /**
   * After a live reload changed [ui] language, every item in the new language, as the windows
   * opened from now on are: the menu is built once, at start.
   */
  private void followLanguage() {
    java.util.Locale now = Messages.locale();
    if (!now.equals(labelledIn)) {
      relabelling.forEach(Runnable::run);
      labelledIn = now;
    }
  }

  /**
   * Shows the icon where the desktop has a tray host; empty, after one warning, where it has none.
   * dorkbox is only asked for the tray type that shows on the host found.
   */
  public static Optional<DorkboxTray> start(
      TrayHost host, TrayActions actions, Optional<TrayActions.Hand> hand) {
    if (host == TrayHost.NONE) {
      LOG.warn(
          "No system tray found (no XEmbed tray and no StatusNotifier host); use `unknot status`,"
              + " `unknot pause` and friends from a terminal");
      return Optional.empty();
    }
    SystemTray.ENABLE_ROOT_CHECK = false;
    // Given a size, dorkbox does not work out the desktop's, which starts with `ps x`: it waits
    // for ps to exit before reading its output, and a long process list that fills the pipe
    // stalls it for a minute.
    SizeAndScalingLinux.OVERRIDE_TRAY_SIZE =
        trayIconSize(System.getenv(), Toolkit.getDefaultToolkit().getScreenResolution());
    // GTK's menu icons are 16 px to the tray's 24. Asking GTK instead is a round trip to its
    // thread that dorkbox gives 2 s, and on a loaded machine that alone cost the tray.
    SizeAndScalingLinux.OVERRIDE_MENU_SIZE = SizeAndScalingLinux.OVERRIDE_TRAY_SIZE * 16 / 24;
    SystemTray.FORCE_GTK2 = host == TrayHost.XEMBED && gtk2Installed();
    SystemTray.FORCE_TRAY_TYPE =
        host == TrayHost.XEMBED ? SystemTray.TrayType.Swing : SystemTray.TrayType.AppIndicator;
    if (host == TrayHost.STATUS_NOTIFIER
        && onLinux()
        && !gtkOpensTheDisplay(DorkboxTray::gtkInit, GTK_INIT_TRIES, GTK_INIT_PAUSE)) {
      LOG.warn(
          "the system tray could not be used (GTK could not open the display); Unknot carries on"
              + " without it");
      return Optional.empty();
    }
    if (host == TrayHost.STATUS_NOTIFIER
        && onLinux()
        && !gtkLoopRunsFirst(
            () ->
                GtkEventDispatch.startGui(
                    SystemTray.FORCE_GTK2, SystemTray.PREFER_GTK3, SystemTray.DEBUG),
            GtkEventDispatch::dispatch,
            GTK_LOOP_WAIT)) {
      LOG.warn(
          "the system tray could not be used (GTK's event loop did not start within {} s); Unknot"
              + " carries on without it",
          GTK_LOOP_WAIT.toSeconds());
      return Optional.empty();
    }
    SystemTray tray;
    try {
      tray = SystemTray.get("unknot");
    } catch (RuntimeException | LinkageError e) {
      LOG.warn(
          "the system tray could not be used ({}); Unknot carries on without it", e.toString());
      return Optional.empty();
    }
    if (tray == null) {
      LOG.warn("the system tray could not be used; Unknot carries on without it");
      return Optional.empty();
    }
    if (onLinux() && Gtk.isLoaded && Gtk.isGtk2) {
      keepGtk2FromExitingOnXErrors();
    }
    DorkboxTray unknotTray = new DorkboxTray(tray, actions);
    hand.ifPresent(h -> unknotTray.showHand(h));
    LOG.info("tray: {} host, dorkbox type {}, GTK {}", host, tray.getType(), gtkVersion());
    return Optional.of(unknotTray);
  }

  private void pickHand(TrayActions.Hand hand, TrayActions actions) {
    showHand(hand);
    actions.mouseHand(hand);
  }

  /** The radio choice: exactly one hand ticked. */
  public void showHand(TrayActions.Hand hand) {
    leftHand.setChecked(hand == TrayActions.Hand.LEFT);
    rightHand.setChecked(hand == TrayActions.Hand.RIGHT);
  }

  /** Shows the state; only what changed is touched, so nothing piles up over a long day. */
  public synchronized void update(EngineStatus status, ZoneId zone) {
    update(status, zone, Optional.empty());
  }

  /**
   * Shows the state and the meeting under way, if any ("in a meeting until 14:30"), which takes the
   * line under the status while no break is held.
   */
  public synchronized void update(EngineStatus status, ZoneId zone, Optional<String> meeting) {
    followLanguage();
    showWhy(
        status
            .why()
            .or(() -> meeting)
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
            .orElse(""));
    if (meeting.isPresent() != shownInMeeting) {
      endMeeting.setEnabled(meeting.isPresent());
      shownInMeeting = meeting.isPresent();
    }
    String summary = status.timing(zone);
    if (!summary.equals(shownSummary)) {
      statusLine.setText(summary);
      shownSummary = summary;
    }
    // A hover tooltip where the host shows one (XEmbed trays); AppIndicator hosts show none.
    String tooltip = tooltip(status, zone);
    if (!tooltip.equals(shownTooltip)) {
      tray.setTooltip(tooltip);
      shownTooltip = tooltip;
    }
    EngineStatus.Phase phase = status.phase();
    if (phase != shownPhase) {
      tray.setImage(ICONS.get(phase));
      resume.setEnabled(phase == EngineStatus.Phase.PAUSED);
      shownPhase = phase;
    }
  }

  /** dorkbox throws for a longer tooltip. */
  static final int TOOLTIP_MAX = 64;

  /**
   * The time to the next break, or where a due break stands (held by what, or waiting for the
   * user's pause), since a hover shows no menu. Cut to dorkbox's 64 characters.
   */
  static String tooltip(EngineStatus status, ZoneId zone) {
    String text =
        Messages.get(
            "tray.tooltip",
            status
                .openBreakLine()
                .filter(line -> status.standing().orElseThrow() != EngineStatus.Standing.NOW)
                .orElse(status.timing(zone)));
    return text.length() <= TOOLTIP_MAX ? text : text.substring(0, TOOLTIP_MAX - 1) + "…";
  }

  /** Why breaks come sooner or wait, on a line of its own under the status; none, no line. */
  private void showWhy(String text) {
    if (text.equals(shownWhy)) {
      return;
    }
    if (text.isEmpty()) {
      menu.remove(why);
      why = null;
    } else if (why == null) {
      why = new MenuItem(text);
      why.setEnabled(false);
      menu.add(why, 1);
    } else {
      why.setText(text);
    }
    shownWhy = text;
  }

  /**
   * The icon's size in pixels as GTK would size it: 24 at GTK's whole-number scale, which is
   * GDK_SCALE where the desktop sets it and the screen's DPI over 96, rounded, where it does not.
   */
  static int trayIconSize(Map<String, String> env, int screenDpi) {
    long scale = Math.max(1, Math.round(screenDpi / 96.0));
    try {
      scale = Math.max(1, Integer.parseInt(env.getOrDefault("GDK_SCALE", String.valueOf(scale))));
    } catch (NumberFormatException e) {
      // GTK ignores a GDK_SCALE that is not a whole number, and so does this.
    }
    return (int) (24 * scale);
  }

  @Override
  public void close() {
    tray.shutdown();
  }

  /**
   * On an XEmbed host the icon and menu are Swing's and GTK only runs dorkbox's event loop, which
   * GTK 2 does for about 9 MB less than GTK 3. AppIndicator needs GTK 3, and where GTK 2 is not
   * installed dorkbox takes GTK 3 as before.
   */
  private static boolean gtk2Installed() {
    if (!onLinux()) {
      return false;
    }
    try {
      NativeLibrary.getInstance("libgtk-x11-2.0.so.0");
      return true;
    } catch (UnsatisfiedLinkError e) {
      return false;
    }
  }

  /**
   * GTK 2's X error handler, which is global to the process, calls exit(1) on any error it did not
   * trap, AWT's included: a notice closing while AWT still reads its properties is enough. One trap
   * pushed and never popped makes it record errors instead, as AWT's own handler and GTK 3 do.
   */
  private static void keepGtk2FromExitingOnXErrors() {
    try {
      Function push =
          NativeLibrary.getInstance("libgdk-x11-2.0.so.0").getFunction("gdk_error_trap_push");
      GtkEventDispatch.dispatchAndWait(() -> push.invokeVoid(new Object[0]));
    } catch (UnsatisfiedLinkError e) {
      LOG.warn("GTK 2 may end Unknot on an X error: {}", e.getMessage());
    }
  }

  private static final int GTK_INIT_TRIES = 5;
  private static final Duration GTK_INIT_PAUSE = Duration.ofSeconds(2);

  /**
   * dorkbox starts GTK without looking at whether it opened the display, and GTK then aborts the
   * whole process ("Can't create a GtkStyleContext without a display connection"), breaks and all.
   * On a loaded GNOME Shell, GTK's first try sometimes failed while the next ones worked. So GTK is
   * started here first, a few times if need be; dorkbox's own start then finds it open.
   */
  static boolean gtkOpensTheDisplay(
      java.util.function.BooleanSupplier gtkInitCheck, int tries, Duration pause) {
    for (int attempt = 1; attempt <= tries; attempt++) {
      if (gtkInitCheck.getAsBoolean()) {
        return true;
      }
      if (attempt < tries) {
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  /** Long enough for gtk_init_check on a loaded machine; a hung GTK costs the tray, not breaks. */
  private static final Duration GTK_LOOP_WAIT = Duration.ofSeconds(90);

  /**
   * dorkbox starts GTK's event loop on a thread of its own, which calls gtk_init_check, and goes on
   * at once on the caller's thread, loading the indicator libraries and drawing the icons. On a
   * loaded GNOME Shell the two at once crashed the JVM (SIGSEGV inside gtk_init_check, with the
   * tray's start thread faulting at the same moment). So the loop is started here and a task is run
   * on it before dorkbox goes on; dorkbox then finds the loop started and running.
   *
   * @return false if the loop ran nothing within {@code wait}
   */
  static boolean gtkLoopRunsFirst(
      Runnable startLoop, java.util.function.Consumer<Runnable> onLoop, Duration wait) {
    java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
    startLoop.run();
    onLoop.accept(ran::countDown);
    try {
      return ran.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** GTK 3's gtk_init_check, which may be called again after it failed, and after it worked. */
  private static boolean gtkInit() {
    try {
      Function init = NativeLibrary.getInstance("libgtk-3.so.0").getFunction("gtk_init_check");
      return init.invokeInt(new Object[] {null, null}) != 0;
    } catch (UnsatisfiedLinkError e) {
      return true; // no GTK 3: dorkbox picks what it finds, and says so
    }
  }

  private static String gtkVersion() {
    if (!onLinux()) {
      // not translated: for the log
      return "not used";
    }
    if (!Gtk.isLoaded) {
      // not translated: for the log
      return "not loaded";
    }
    return Gtk.MAJOR + "." + Gtk.MINOR + "." + Gtk.MICRO;
  }

  private static boolean onLinux() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
  }
}
