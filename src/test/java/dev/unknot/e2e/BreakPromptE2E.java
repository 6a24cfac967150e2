package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.prompt.PromptLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on a real X display, with real input from xdotool. */
class BreakPromptE2E extends DaemonOnDesktop {

  private static final String MICRO = "Unknot: micro-break";
  private static final String CONFIG =
      """
      [activity]
      idle_threshold = "2s"
      [breaks]
      start_on_pause = "0s"
      [breaks.micro]
      interval = "20s"
      duration = "8s"
      postpone = "4s"
      [breaks.rest]
      enabled = false
      [knots]
      checkin = false
      [summary]
      notify = false
      """;
  private static final Pattern ISO_WITH_OFFSET =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final ObjectMapper JSON = new ObjectMapper();

  private TypingWindow typingTarget;
  private String typingWindow;
  private int step;

  BreakPromptE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @BeforeEach
  void openTypingTarget() throws IOException {
    typingTarget = TypingWindow.open(desktop);
    typingWindow = typingTarget.id();
  }

  @AfterEach
  void closeTypingTarget() {
    typingTarget.close();
  }

  @Test
  void microBreakAppearsAfterActiveTimeAndIsTakenByResting() throws Exception {
    unknot.start(CONFIG);
    Instant inputStart = Instant.now();
    assertTrue(workUntil(Duration.ofSeconds(30), () -> desktop.window(MICRO).isPresent()));
    String prompt = desktop.window(MICRO).orElseThrow();

    // Typing on, including Enter and Space, neither moves focus nor answers the prompt.
    for (String key : List.of("Return", "space", "a", "Return", "space")) {
      desktop.key(key);
      Desktop.pause(Duration.ofMillis(150));
    }
    Instant lastInput = Instant.now();
    assertEquals(typingWindow, desktop.focusedWindow());
    assertNotEquals(prompt, desktop.focusedWindow());
    assertTrue(desktop.window(MICRO).isPresent(), "keystrokes must not answer the prompt");

    Desktop.pause(Duration.ofMillis(3500));
    desktop.screenshot(SCREENSHOTS.resolve("micro-break-prompt.png"));
    assertTrue(Desktop.await(Duration.ofSeconds(20), () -> desktop.window(MICRO).isEmpty()));

    List<String> log = logJson();
    assertEquals(1, log.size(), log.toString());
    assertTrue(
        log.get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"taken\",\"exercise\":\""),
        log.get(0));
    assertTrue(ISO_WITH_OFFSET.matcher(log.get(0)).find(), log.get(0));
    // The diary's own times, not when this test's polling saw the window: on a loaded machine
    // the test's view lags the program's.
    JsonNode taken = JSON.readTree(log.get(0));
    double shownAfter = seconds(inputStart, taken.get("started_at"));
    assertTrue(
        shownAfter >= 19.9 && shownAfter <= 24.0,
        "the prompt showed " + shownAfter + " s after input started; due after 20 s");
    double endedAfter = seconds(lastInput, taken.get("ended_at"));
    assertTrue(
        endedAfter >= 6.0 && endedAfter <= 12.0,
        "the break ended " + endedAfter + " s after the last input; it lasts 8 s");
  }

  private static double seconds(Instant from, JsonNode isoTime) {
    Instant to = OffsetDateTime.parse(isoTime.asText()).toInstant();
    return Duration.between(from, to).toMillis() / 1000.0;
  }

  @Test
  void pauseBeforeTheIntervalIsANaturalBreakWithNoPrompt() throws Exception {
    unknot.start(CONFIG);
    BooleanSupplier prompted = () -> desktop.window(MICRO).isPresent();
    assertFalse(workUntil(Duration.ofSeconds(6), prompted));
    // A 10 s pause: longer than the 8 s break, so it counts as one.
    assertFalse(Desktop.await(Duration.ofSeconds(10), prompted));
    assertFalse(workUntil(Duration.ofSeconds(6), prompted));

    List<String> log = logJson();
    assertEquals(1, log.size(), log.toString());
    assertTrue(
        log.get(0).startsWith("{\"type\":\"micro\",\"outcome\":\"natural\",\"exercise\":null,"),
        log.get(0));
    assertFalse(prompted.getAsBoolean());
  }

  @Test
  void postponeAndSkipAreClickedAndLogged() throws Exception {
    unknot.start(CONFIG);
    assertTrue(workUntil(Duration.ofSeconds(30), () -> desktop.window(MICRO).isPresent()));
    clickButton(1, 3); // Postpone
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isEmpty()));

    // It comes back after 4 s more activity, with one postpone left: still three buttons.
    assertTrue(workUntil(Duration.ofSeconds(15), () -> desktop.window(MICRO).isPresent()));
    desktop.screenshot(SCREENSHOTS.resolve("micro-break-postponed-once.png"));
    clickButton(2, 3); // Skip
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isEmpty()));

    List<String> outcomes = logJson().stream().map(BreakPromptE2E::outcome).toList();
    assertEquals(List.of("postponed", "skipped"), outcomes);
  }

  @Test
  void keyboardAnswersOnceTheUserClicksIntoThePrompt() throws Exception {
    unknot.start(CONFIG);
    assertTrue(workUntil(Duration.ofSeconds(30), () -> desktop.window(MICRO).isPresent()));
    String prompt = desktop.window(MICRO).orElseThrow();
    Rectangle bounds = desktop.geometry(prompt);
    desktop.click(bounds.x + 40, bounds.y + 30); // on the heading, not a button
    Desktop.await(Duration.ofSeconds(3), () -> !typingWindow.equals(desktop.focusedWindow()));
    desktop.key("Tab"); // from Done to Postpone
    desktop.key("space");
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isEmpty()));

    assertEquals(List.of("postponed"), logJson().stream().map(BreakPromptE2E::outcome).toList());
  }

  @Test
  void withoutADisplayItSaysSoInOneLineAndExitsTwo() {
    Desktop.Result result = unknot.cli(java.util.Map.of("DISPLAY", ""), "run");
    assertEquals(2, result.exitCode());
    assertEquals(
        "unknot: no graphical display (DISPLAY is unset); Unknot needs a desktop session\n",
        result.err());
    assertEquals("", result.out());
  }

  private void clickButton(int index, int count) {
    String prompt = desktop.window(MICRO).orElseThrow();
    Point center = PromptLayout.buttonCenter(desktop.geometry(prompt), index, count);
    desktop.click(center.x, center.y);
  }

  /**
   * Moves the mouse and types, like a person working, until the condition holds or time runs out.
   */
  private boolean workUntil(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      step++;
      desktop.moveMouse(80 + step * 7 % 300, 80 + step * 3 % 60);
      desktop.key(String.valueOf((char) ('a' + step % 26)));
      if (condition.getAsBoolean()) {
        return true;
      }
      Desktop.pause(Duration.ofMillis(150));
    }
    return false;
  }

  private List<String> logJson() {
    Desktop.Result result = unknot.cli("log", "--json");
    assertEquals(0, result.exitCode(), result.err());
    return result.out().lines().toList();
  }

  private static String outcome(String json) {
    var m = Pattern.compile("\"outcome\":\"([a-z]+)\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1);
  }
}
