package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real X11 screen locker, mate-screensaver (Debian's with a D-Bus interface; it speaks
 * org.mate.ScreenSaver, not org.freedesktop.ScreenSaver), with real input from xdotool that the
 * input hook sees even while the locker holds the keyboard: typing the password is not work, time
 * locked is away, and nothing of Unknot's shows over the lock.
 */
class ScreenLockE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MICRO = "Unknot: micro-break";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CONFIG =
      """
      [activity]
      idle_threshold = "2s"
      [breaks]
      start_on_pause = "0s"
      [breaks.micro]
      interval = "20s"
      duration = "5s"
      [breaks.rest]
      enabled = false
      [knots]
      checkin = false
      [summary]
      notify = false
      """;

  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
  private Process locker;
  private int step;

  ScreenLockE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @BeforeEach
  void startLocker() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("mate-screensaver", "--no-daemon")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(desktop.env());
    locker = builder.start();
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> lockerSays("-q").contains("is inactive")),
        "mate-screensaver answers on the session bus");
  }

  @AfterEach
  void stopLocker(TestInfo test) throws Exception {
    unknot.close();
    BreaksOnGnome.keepLog(unknot, test);
    // The desktop is shared: a locker left running would grab the next test's input.
    if (locker != null) {
      lockerSays("-d");
      locker.destroy();
      locker.waitFor();
    }
  }

  @Test
  void aLockAsLongAsTheBreakIsNaturalThoughThePasswordIsTyped() throws Exception {
    unknot.start(CONFIG);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5), () -> unknot.logContains("following org.mate.ScreenSaver")),
        "the lock watch follows the real locker");
    work(Duration.ofSeconds(5));
    lock();
    Instant lockSeen = Instant.now();
    Desktop.pause(Duration.ofSeconds(6)); // away, for longer than the 5 s break
    // Back at the lock screen: the hook sees these keys. (Here the dialog they wake unlocks by
    // itself, root having no password; elsewhere the typing would be the password.)
    typeAtTheLockScreen(Duration.ofSeconds(2));
    desktop.screenshot(SCREENSHOTS.resolve("x11-locked-while-typing.png"));
    assertTrue(status().path("break_on_screen").isNull(), "no break while locked: " + status());
    unlock();
    Instant unlocked = loggedAt("screen unlocked (MATE)");
    work(Duration.ofSeconds(1)); // back at work: the pause, and so the lock, ends here
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> !log().isEmpty()), "a break is logged");
    // One pause from before the lock to the unlock: the keys at the lock screen were not work.
    // (A slow machine may leave gaps in the work after it; those are natural breaks of their own.)
    JsonNode natural = JSON.readTree(log().get(0));
    assertEquals("natural", natural.path("outcome").asText(), natural.toString());
    assertTrue(
        OffsetDateTime.parse(natural.path("started_at").asText()).toInstant().isBefore(lockSeen),
        "the break began before the lock: " + natural);
    assertFalse(
        OffsetDateTime.parse(natural.path("ended_at").asText())
            .toInstant()
            .isBefore(unlocked.minusSeconds(1)),
        "and ended at the unlock (" + unlocked + "), not at a key before it: " + natural);
    log().forEach(l -> assertTrue(l.contains("\"outcome\":\"natural\""), l));
    assertTrue(status().path("break_on_screen").isNull(), "no prompt at unlock");
    assertFalse(desktop.window(MICRO).isPresent());
  }

  @Test
  void aPromptOnScreenWhenTheScreenLocksEndsTakenBehindTheLock() throws Exception {
    unknot.start(CONFIG);
    assertEquals("A micro-break is on screen.\n", unknot.cli("break-now").out());
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(MICRO).isPresent()));
    lock();
    typeAtTheLockScreen(Duration.ofSeconds(1));
    desktop.screenshot(SCREENSHOTS.resolve("x11-locked-over-a-prompt.png"));
    typeAtTheLockScreen(Duration.ofSeconds(7));
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> status().path("break_on_screen").isNull()),
        "the break ran out behind the lock: " + status());
    unlock();
    assertFalse(desktop.window(MICRO).isPresent(), "no prompt waits at unlock");
    assertEquals(1, log().size(), log().toString());
    assertTrue(log().get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"taken\""), log().get(0));
  }

  @Test
  void aBreakAskedForWhileLockedNeverShowsAndRunsOutBehindTheLock() throws Exception {
    unknot.start(CONFIG);
    lock();
    assertEquals(0, unknot.cli("break-now").exitCode());
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5),
            () -> status().path("summary").asText().contains("held while the screen is locked")),
        "the status says the break waits for the lock: " + status());
    String text = unknot.cli("status").out();
    assertTrue(text.contains("The screen is locked: no break shows"), text);
    assertFalse(desktop.window(MICRO).isPresent(), "nothing over the lock");
    // Nobody works at a locked screen, so the 5 s break runs its course behind the lock.
    assertTrue(
        // Held and not on screen while it waits; neither once it has run out.
        Desktop.await(
            Duration.ofSeconds(15),
            () -> {
              JsonNode now = status();
              return now.path("held").isNull() && now.path("break_on_screen").isNull();
            }),
        "the break ran out behind the lock: " + status());
    unlock();
    assertFalse(desktop.window(MICRO).isPresent(), "no prompt waits at unlock");
    work(Duration.ofSeconds(1)); // a natural break is written when it ends
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> log().size() == 2), "held, natural: " + log());
    // The break held for the lock ran out behind it: rested through, never answered or skipped.
    // Whether that counts as the pause already under way (natural) or as the asked-for break
    // rested through (taken) depends on when the engine's update falls against the idle
    // threshold; either is a break the user had.
    List<String> outcomes =
        log().stream().map(l -> l.replaceAll(".*\"outcome\":\"(\\w+)\".*", "$1")).sorted().toList();
    assertEquals("held", outcomes.get(0), log().toString());
    assertTrue(List.of("natural", "taken").contains(outcomes.get(1)), log().toString());
  }

  private void lock() {
    lockerSays("--lock");
    awaitUnknotSeesLocked(true);
    assertTrue(lockerSays("-q").contains("is active"), "the locker says it is active");
  }

  private void unlock() {
    lockerSays("-d"); // as after the right password
    awaitUnknotSeesLocked(false);
  }

  private void awaitUnknotSeesLocked(boolean locked) {
    BooleanSupplier seen = () -> status().path("screen_locked").asBoolean() == locked;
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), seen),
        "status says screen_locked " + locked + ": " + status());
    String line = locked ? "screen locked (MATE)" : "screen unlocked (MATE)";
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> unknot.logContains(line)),
        "the log says " + line);
  }

  /** Mouse moves and letters, as at work; the input hook sees them all. */
  private void work(Duration length) {
    long until = System.nanoTime() + length.toNanos();
    while (System.nanoTime() < until) {
      step++;
      desktop.moveMouse(300 + step * 7 % 300, 300 + step * 3 % 60);
      desktop.key(String.valueOf((char) ('a' + step % 26)));
      Desktop.pause(Duration.ofMillis(150));
    }
  }

  /** The mouse wakes the unlock dialog and the letters go into its password field. */
  private void typeAtTheLockScreen(Duration length) {
    work(length);
  }

  /** When Unknot's log has this line, on this machine's clock. */
  private Instant loggedAt(String text) throws IOException {
    String line =
        Files.readAllLines(unknot.logFile()).stream()
            .filter(l -> l.contains(text))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new AssertionError("no '" + text + "' in the log"));
    return LocalDateTime.parse(line.substring(0, 23), LOG_TIME)
        .atZone(ZoneId.systemDefault())
        .toInstant();
  }

  private String lockerSays(String option) {
    Desktop.Result result = desktop.run(List.of("mate-screensaver-command", option));
    return result.out();
  }

  private JsonNode status() {
    Desktop.Result result = unknot.cli("status", "--json");
    try {
      return JSON.readTree(result.out());
    } catch (Exception e) {
      throw new IllegalStateException("status --json: " + result.out() + result.err(), e);
    }
  }

  private List<String> log() {
    Desktop.Result result = unknot.cli("log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }
}
