package dev.unknot.quiet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.e2e.Desktop;
import dev.unknot.input.PrivateSessionBus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The idle-inhibitor hold against a real session bus: a private dbus-daemon with python3-dbusmock
 * standing in for GNOME's session manager or the PowerManagement service of KDE and Xfce, reached
 * by real D-Bus round trips.
 */
class IdleInhibitDetectorTest {

  private static final String GNOME = "org.gnome.SessionManager";
  private static final String GNOME_PATH = "/org/gnome/SessionManager";
  private static final String INHIBITOR = "org.gnome.SessionManager.Inhibitor";
  private static final String POWER = "org.freedesktop.PowerManagement";
  private static final String POWER_PATH = "/org/freedesktop/PowerManagement/Inhibit";
  private static final String POWER_IFACE = "org.freedesktop.PowerManagement.Inhibit";

  @TempDir Path dir;
  private PrivateSessionBus daemon;
  private SessionBus detectorBus;

  /** The test's own connection, to set the stand-ins up. */
  private SessionBus setupBus;

  private final List<Process> mocks = new ArrayList<>();

  @BeforeEach
  void startBus() throws Exception {
    daemon = PrivateSessionBus.start(dir);
    detectorBus = SessionBus.connect(daemon.address());
    setupBus = SessionBus.connect(daemon.address());
  }

  @AfterEach
  void stopBus() throws Exception {
    detectorBus.close();
    setupBus.close();
    for (Process mock : mocks) {
      mock.destroy();
      mock.waitFor(5, TimeUnit.SECONDS);
    }
    daemon.close();
  }

  /** GetInhibitors as gnome-session answers it, with these inhibitors' object paths. */
  private void listInhibitors(Mock manager, String... paths) {
    String list =
        String.join(", ", java.util.Arrays.stream(paths).map(p -> "'" + p + "'").toList());
    addMethod(manager, GNOME, "GetInhibitors", "", "ao", "ret = [" + list + "]");
  }

  private Optional<String> reason() {
    return new IdleInhibitDetector(() -> detectorBus).reason();
  }

  @Test
  void anIdleInhibitorIsNamedByItsAppId() throws Exception {
    Mock manager = mock(GNOME, GNOME_PATH, GNOME);
    // Inhibited only when asked with the idle flag, as gnome-session answers.
    addMethod(manager, GNOME, "IsInhibited", "u", "b", "ret = bool(args[0] & 8)");
    // The first inhibitor holds off suspend only (a download); the second is the call.
    addInhibitor(manager, "/org/gnome/SessionManager/Inhibitor1", "org.gnome.Nautilus", 4);
    addInhibitor(manager, "/org/gnome/SessionManager/Inhibitor2", "org.mozilla.firefox", 8 | 4);
    listInhibitors(
        manager, "/org/gnome/SessionManager/Inhibitor1", "/org/gnome/SessionManager/Inhibitor2");

    assertEquals(Optional.of("org.mozilla.firefox keeps the session from going idle"), reason());
  }

  @Test
  void aSessionInhibitedOnlyFromSuspendingIsNoHold() throws Exception {
    Mock manager = mock(GNOME, GNOME_PATH, GNOME);
    addMethod(manager, GNOME, "IsInhibited", "u", "b", "ret = bool(args[0] & 4)");
    addInhibitor(manager, "/org/gnome/SessionManager/Inhibitor1", "org.gnome.Nautilus", 4);
    listInhibitors(manager, "/org/gnome/SessionManager/Inhibitor1");

    assertEquals(Optional.empty(), reason());
  }

  @Test
  void anInhibitorWithoutAnAppIdIsAnApplication() throws Exception {
    Mock manager = mock(GNOME, GNOME_PATH, GNOME);
    addMethod(manager, GNOME, "IsInhibited", "u", "b", "ret = bool(args[0] & 8)");
    addInhibitor(manager, "/org/gnome/SessionManager/Inhibitor1", "", 8);
    listInhibitors(manager, "/org/gnome/SessionManager/Inhibitor1");

    assertEquals(Optional.of("an application keeps the session from going idle"), reason());
  }

  @Test
  void aSessionManagerThatCannotListItsInhibitorsStillHolds() throws Exception {
    Mock manager = mock(GNOME, GNOME_PATH, GNOME);
    addMethod(manager, GNOME, "IsInhibited", "u", "b", "ret = bool(args[0] & 8)");
    // No GetInhibitors: the call fails on the bus, and only the name is lost.

    assertEquals(Optional.of("an application keeps the session from going idle"), reason());
  }

  @Test
  void withoutGnomePowerManagementInhibitorsHold() throws Exception {
    Mock power = mock(POWER, POWER_PATH, POWER_IFACE);
    addMethod(power, POWER_IFACE, "HasInhibit", "", "b", "ret = True");
    assertEquals(Optional.of("an application keeps the session from going idle"), reason());

    addMethod(power, POWER_IFACE, "HasInhibit", "", "b", "ret = False"); // the video ends
    assertEquals(Optional.empty(), reason());
  }

  @Test
  void aBusWithNeitherServiceIsNoHold() {
    assertEquals(Optional.empty(), reason());
  }

  @Test
  void noBusIsNoHold() {
    assertEquals(Optional.empty(), new IdleInhibitDetector(() -> null).reason());
  }

  /** Runs dbusmock with one object on the test's bus and waits until the name is taken. */
  private Mock mock(String name, String path, String iface) throws IOException {
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(python(), "-m", "dbusmock", "--session", name, path, iface)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("DBUS_SESSION_BUS_ADDRESS", daemon.address());
    Process process = builder.start();
    mocks.add(process);
    boolean ready =
        Desktop.await(Duration.ofSeconds(30), () -> !process.isAlive() || setupBus.hasOwner(name));
    assertTrue(
        ready && process.isAlive(),
        "dbusmock should own " + name + "; its output: " + Files.readString(log));
    return setupBus.object(name, path, Mock.class);
  }

  private void addMethod(
      Mock object, String iface, String name, String in, String out, String code) {
    object.AddMethod(iface, name, in, out, code);
  }

  private void addInhibitor(Mock manager, String path, String appId, int flags) {
    manager.AddObject(
        path,
        INHIBITOR,
        Map.<String, Variant<?>>of(),
        List.of(
            new MockMethod("GetAppId", "", "s", "ret = '" + appId + "'"),
            new MockMethod("GetFlags", "", "u", "ret = " + flags)));
  }

  /** The system's python3, which has dbusmock where a user's own (pyenv) python may not. */
  private static String python() {
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }

  /**
   * dbusmock's control interface, on every object it serves. Called straight through the proxy, not
   * through {@link SessionBus#call}: dbus-java's async reply never reports a void method answered.
   */
  @DBusInterfaceName("org.freedesktop.DBus.Mock")
  interface Mock extends DBusInterface {
    void AddMethod(String iface, String name, String inSig, String outSig, String code);

    void AddObject(
        String path, String iface, Map<String, Variant<?>> properties, List<MockMethod> methods);
  }

  /** One method of AddObject: name, in and out signatures, and the Python that answers. */
  public static final class MockMethod extends Struct {
    @Position(0)
    public final String name;

    @Position(1)
    public final String inSig;

    @Position(2)
    public final String outSig;

    @Position(3)
    public final String code;

    public MockMethod(String name, String inSig, String outSig, String code) {
      this.name = name;
      this.inSig = inSig;
      this.outSig = outSig;
      this.code = code;
    }
  }
}
