package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.prompt.PromptLayout;
import java.awt.Point;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a break arrives, on a real X display with real input from xdotool: the heads-up card, the
 * prompt at the first pause after the break is due or after max_wait, the cost of Postpone and the
 * day's skips. A typist thread keeps input going while the test asks the daemon for its state.
 */
class BreakFlowE2E extends DaemonOnDesktop {

  private static final String MICRO = "Unknot: micro-break";
  private static final String HEADS_UP = "Unknot: heads-up";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** A 20 s interval with an 8 s heads-up and a 10 s most wait, for the timing of the prompt. */
  private static final String CONFIG = config("20s", "8s", "10s");

  private static String config(String interval, String headsUp, String maxWait) {
    return """
        [activity]
        idle_threshold = "2s"
        [breaks]
        heads_up = "%s"
        start_on_pause = "3s"
        max_wait = "%s"
        [breaks.micro]
        interval = "%s"
        duration = "6s"
        postpone = "5s"
        postpone_cost = 50
        skips_per_day = 1
        [breaks.rest]
        enabled = false
        [knots]
        checkin = false
        [summary]
        notify = false
        """
        .formatted(headsUp, maxWait, interval);
  }

  private TypingWindow typingTarget;
  private String typingWindow;
  private Process typist;
  private final AtomicBoolean typing = new AtomicBoolean();
  private final AtomicLong lastInputNanos = new AtomicLong();

  BreakFlowE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @BeforeEach
  void openTypingTarget() throws IOException {
    typingTarget = TypingWindow.open(desktop);
    typingWindow = typingTarget.id();
  }

  @AfterEach
  void stopTypingAndCloseTarget() throws Exception {
    stopTyping();
    typingTarget.close();
  }

  @Test
  void theHeadsUpCardNeverTakesFocusAndAPauseDuringItStartsTheBreak() throws Exception {
    // A long heads-up, so that it is still on while a loaded machine answers the status call.
    unknot.start(config("45s", "30s", "10s"));
    startTyping();
    assertTrue(
        Desktop.await(Duration.ofSeconds(40), () -> desktop.window(HEADS_UP).isPresent()),
        "a heads-up 30 s of activity before the break");
    desktop.screenshot(SCREENSHOTS.resolve("heads-up-card.png"));
    assertEquals(typingWindow, desktop.focusedWindow(), "the card must not take the keyboard");
    assertEquals("heads_up", upcoming().path("stage").asText(), upcoming().toString());
    assertFalse(desktop.window(MICRO).isPresent());

    long last = stopTyping();
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(MICRO).isPresent()));
    double after = secondsSince(last);
    assertTrue(after >= 2.9, "the prompt came " + after + " s into the pause; it waits for 3 s");
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(HEADS_UP).isEmpty()));

    // Resting on takes it: the break was started by the pause during the heads-up.
    assertTrue(Desktop.await(Duration.ofSeconds(20), () -> desktop.window(MICRO).isEmpty()));
    assertEquals(List.of("taken"), outcomes());
  }

  @Test
  void onceDueThePromptWaitsForTheFirstThreeSecondPause() throws Exception {
    unknot.start(CONFIG);
    typeUntilTheBreakIsDue();
    assertFalse(desktop.window(MICRO).isPresent(), "not while typing on");
    assertEquals(typingWindow, desktop.focusedWindow());

    long last = stopTyping();
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(MICRO).isPresent()));
    double after = secondsSince(last);
    assertTrue(after >= 2.9 && after <= 7.0, "prompt " + after + " s into the pause, not at 3 s");
  }

  /**
   * A break due while the user types on is not "now": the status line says it waits for the user's
   * pause, as long as typing goes on, and the break comes once it stops.
   */
  @Test
  void whileTypingGoesOnPastTheIntervalTheStatusSaysTheBreakComesAtYourNextPause()
      throws Exception {
    // A most wait far beyond the test's typing, so only the pause can start the break.
    unknot.start(config("20s", "8s", "10m") + "[ui]\nlanguage = \"en\"\n");
    typeUntilTheBreakIsDue();
    // Several readings while the typist goes on: each one says the pause, never "now".
    for (int reading = 0; reading < 5; reading++) {
      JsonNode status = status();
      String summary = status.path("summary").asText();
      assertTrue(typist.isAlive(), "typing went on all along");
      assertEquals(
          "Micro-break at your next pause", summary, "while typing on: " + status.toString());
      assertFalse(summary.toLowerCase(java.util.Locale.ROOT).contains("now"), summary);
      assertTrue(status.path("break_on_screen").isNull(), status.toString());
      assertTrue(status.path("held").isNull(), "waiting for a pause is not held: " + status);
      assertFalse(desktop.window(MICRO).isPresent(), "no prompt while typing on");
    }
    assertEquals(typingWindow, desktop.focusedWindow());

    stopTyping();
    assertTrue(
        Desktop.await(Duration.ofSeconds(15), () -> desktop.window(MICRO).isPresent()),
        "the break comes once typing stops");
    // Resting on takes it; the diary, not this test's polling, says so: on a loaded machine the
    // 6 s break can be over before a status call answers.
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> desktop.window(MICRO).isEmpty()));
    assertEquals(List.of("taken"), outcomes());
  }

  @Test
  void underContinuousInputThePromptShowsAtMaxWait() throws Exception {
    unknot.start(CONFIG);
    startTyping();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(40),
            () -> upcoming().path("stage").asText().equals("waiting_for_pause")));
    long due = System.nanoTime();
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> desktop.window(MICRO).isPresent()));
    double waited = secondsSince(due);
    assertTrue(typist.isAlive(), "typing went on all along");
    assertTrue(waited >= 8.0, "shown " + waited + " s after it was due; max_wait is 10 s");
    assertEquals(typingWindow, desktop.focusedWindow());
  }

  @Test
  void skipGoesOnceUsedAndAPostponedBreakComesBackLongerWithTheSameExercise() throws Exception {
    // An interval long enough that no break falls due again while the one on screen is taken.
    unknot.start(config("30s", "8s", "5s"));
    startTyping();
    assertTrue(Desktop.await(Duration.ofSeconds(50), () -> desktop.window(MICRO).isPresent()));
    stopTyping();
    desktop.screenshot(SCREENSHOTS.resolve("prompt-with-costs.png"));
    clickButton(2, 3); // Skip: the day's only one
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isEmpty()));

    startTyping();
    assertTrue(Desktop.await(Duration.ofSeconds(50), () -> desktop.window(MICRO).isPresent()));
    stopTyping();
    desktop.screenshot(SCREENSHOTS.resolve("prompt-no-skips-left.png"));
    // With Skip gone, two buttons share the row and the second is Postpone; with three it would be
    // Skip's place.
    clickButton(1, 2);
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isEmpty()));

    startTyping();
    assertTrue(Desktop.await(Duration.ofSeconds(40), () -> desktop.window(MICRO).isPresent()));
    long last = stopTyping();
    desktop.screenshot(SCREENSHOTS.resolve("prompt-after-postpone.png"));
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> desktop.window(MICRO).isEmpty()));
    double rested = secondsSince(last);
    assertTrue(rested >= 8.5, "closed " + rested + " s into the rest; postponed once it is 9 s");

    List<String> log = logJson();
    assertEquals(List.of("skipped", "postponed", "taken"), outcomes(), log.toString());
    assertEquals(exercise(log.get(1)), exercise(log.get(2)), "the same exercise after postpone");
  }

  /**
   * Types on in one xdotool process, a key every 120 ms: no process per key, so a loaded machine
   * does not open gaps in the input that the daemon would take for the user's pause.
   */
  private void startTyping() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("xdotool", "type", "--delay", "120", "asdf jkl ".repeat(400));
    builder.environment().putAll(desktop.env());
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    typist = builder.start();
    typing.set(true);
  }

  /** Stops the typist and returns when its last key was sent at the latest. */
  private long stopTyping() throws InterruptedException {
    if (typist != null) {
      typist.destroy();
      typist.waitFor();
      typist = null;
      // Killed between a key's press and release, xdotool leaves it held, and the X server
      // repeats it: release every key it types, so the input really stops here.
      desktop.xdotool("keyup", "a", "s", "d", "f", "j", "k", "l", "space");
      lastInputNanos.set(System.nanoTime());
    }
    typing.set(false);
    return lastInputNanos.get();
  }

  /** Typing goes on until the micro-break is due and waits for the user's pause. */
  private void typeUntilTheBreakIsDue() throws IOException {
    startTyping();
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(40),
            () -> upcoming().path("stage").asText().equals("waiting_for_pause")),
        "the break falls due while the user types");
  }

  private JsonNode upcoming() {
    return status().path("upcoming");
  }

  private JsonNode status() {
    Desktop.Result result = unknot.cli("status", "--json");
    assertEquals(0, result.exitCode(), result.err());
    try {
      return JSON.readTree(result.out());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private void clickButton(int index, int count) {
    String prompt = desktop.window(MICRO).orElseThrow();
    Point center = PromptLayout.buttonCenter(desktop.geometry(prompt), index, count);
    desktop.click(center.x, center.y);
  }

  private List<String> logJson() {
    Desktop.Result result = unknot.cli("log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }

  private List<String> outcomes() {
    return logJson().stream().map(json -> field(json, "outcome")).toList();
  }

  private static String exercise(String json) {
    return field(json, "exercise");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([a-z-]+)\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1);
  }

  private static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }
}
