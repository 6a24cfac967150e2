package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.ipc.ControlClient;
import dev.unknot.prompt.MeetingOverCard;
import dev.unknot.prompt.PromptLayout;
import java.awt.Point;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meeting mode on a real desktop: `unknot meeting` holds a break that falls due, the "meeting over"
 * card comes at the end, and each of its answers does what it says.
 */
class MeetingE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MICRO = "Unknot: micro-break";
  private static final String CARD = MeetingOverCard.title();
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  // A rest as long as the break is a natural one: the typist types on while a break must stay held.
  private static final String CONFIG =
      """
      [activity]
      idle_threshold = "2s"
      [breaks]
      start_on_pause = "0s"
      [breaks.micro]
      interval = "12s"
      duration = "10s"
      [breaks.rest]
      enabled = false
      [knots]
      checkin = false
      [summary]
      notify = false
      """;
  private static final int BREAK_NOW = 0;
  private static final int IN_FIVE = 1;
  private static final int EXTEND = 2;

  private TypingWindow typingTarget;
  private String typingWindow;
  private volatile boolean typing;
  private Thread typist;

  MeetingE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @BeforeEach
  void openTypingTarget() throws IOException {
    // The "call" the user works in.
    typingTarget = TypingWindow.open(desktop, "meeting-notes", "480x120+40+40");
    typingWindow = typingTarget.id();
  }

  @AfterEach
  void closeTypingTarget() throws InterruptedException {
    typing = false;
    if (typist != null) {
      typist.join();
    }
    typingTarget.close();
  }

  /**
   * The user typing in the call from now on, keys only (the pointer stays free for clicks): active
   * time, so a held break is never a natural one meanwhile.
   */
  private void startTyping() {
    typing = true;
    typist =
        new Thread(
            () -> {
              for (int i = 0; typing; i++) {
                desktop.key(String.valueOf((char) ('a' + i % 26)));
                Desktop.pause(Duration.ofMillis(400));
              }
            },
            "typist");
    typist.start();
  }

  @Test
  void aBreakDueInATimedMeetingWaitsForItsEndAndBreakNowOnTheCardBringsIt() throws Exception {
    unknot.start(CONFIG);
    Instant asked = Instant.now();
    Desktop.Result started = unknot.cli("meeting", "40s");
    assertEquals(0, started.exitCode(), started.err());
    assertTrue(
        started.out().matches("In a meeting until \\d\\d:\\d\\d; breaks wait until then.\n"),
        started.out());
    Instant until = Instant.parse(status().get("meeting").get("until").asText());
    assertFalse(until.isBefore(asked.plusSeconds(39)), until + " is not 40 s after " + asked);
    assertFalse(until.isAfter(Instant.now().plusSeconds(41)), until.toString());
    startTyping();

    // Work on in the call until the micro-break falls due: it is held, not shown.
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(90), () -> summary().contains("(held while in a meeting until ")),
        "the due break is held for the meeting: " + summary());
    assertFalse(desktop.window(MICRO).isPresent(), "no prompt during the meeting");
    Desktop.Result text = unknot.cli("status");
    assertTrue(
        text.out().contains("In a meeting until ")
            && text.out().contains(": breaks wait (`unknot meeting --end` ends it)."),
        text.out());

    // At its end the card asks; the break still waits for the answer, and the focus stays.
    assertTrue(
        Desktop.await(Duration.ofSeconds(90), () -> desktop.window(CARD).isPresent()),
        "the meeting-over card came");
    assertTrue(status().get("meeting").get("time_up").asBoolean());
    assertEquals(typingWindow, desktop.focusedWindow(), "the card took the focus");
    desktop.screenshot(SCREENSHOTS.resolve("meeting-over-card.png"));
    assertFalse(desktop.window(MICRO).isPresent(), "the break waits for the answer");

    choose(BREAK_NOW);
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isPresent()),
        "the held break shows when the user takes it");
    assertTrue(status().get("meeting").isNull());
    String log = unknot.cli("log", "--json").out();
    assertTrue(log.contains("\"outcome\":\"held\""), log);
  }

  @Test
  void aMeetingUntilEndedHoldsUntilMeetingEndAndBadArgumentsSaySo() throws Exception {
    unknot.start(CONFIG);
    assertEquals(
        "In a meeting until you end it with `unknot meeting --end`; breaks wait.\n",
        ok("meeting").out());
    JsonNode meeting = status().get("meeting");
    assertTrue(meeting.get("until").isNull(), meeting.toString());
    startTyping();
    assertEquals("in a meeting until you end it", meeting.get("text").asText());

    ok("break-now");
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> summary().contains("(held while in a meeting until you end it)")),
        summary());
    assertFalse(desktop.window(MICRO).isPresent());

    assertEquals("The meeting is over; breaks come again.\n", ok("meeting", "--end").out());
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> desktop.window(MICRO).isPresent()),
        "the held break shows once the meeting ends");
    assertFalse(desktop.window(CARD).isPresent(), "ended by hand: nothing to ask");
    assertEquals("No meeting was on; nothing changed.\n", ok("meeting", "--end").out());

    usageError("meeting: \"0s\" is out of range; give from 1s to 24h", "meeting", "0s");
    usageError("meeting: \"soon\" is not a duration", "meeting", "soon");
    usageError("meeting takes a DURATION or --end, not both", "meeting", "30m", "--end");
    ControlClient.Answer refused =
        ControlClient.send(unknot.controlSocket(), "meeting soon").orElseThrow();
    assertFalse(refused.ok());
    assertEquals("meeting takes 1 to 86400 seconds or until-ended, not 'soon'", refused.error());
    assertTrue(status().get("meeting").isNull(), "a refused meeting starts nothing");
  }

  @Test
  void inFiveMinutesKeepsTheBreakWaitingFiveMinutesMore() throws Exception {
    unknot.start(CONFIG);
    startTyping();
    ok("meeting", "5s");
    ok("break-now");
    assertTrue(
        Desktop.await(Duration.ofSeconds(60), () -> desktop.window(CARD).isPresent()),
        "the meeting-over card came");
    assertTrue(summary().contains("(held while the meeting time is up)"), summary());

    Instant beforeChoosing = Instant.now();
    choose(IN_FIVE);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5),
            () ->
                !status().get("meeting").isNull()
                    && !status().get("meeting").get("time_up").asBoolean()));
    JsonNode meeting = status().get("meeting");
    Instant seen = Instant.now();
    // Five minutes from the click, which came between these two instants; on a loaded machine
    // each status call alone can take seconds.
    Instant until = Instant.parse(meeting.get("until").asText());
    assertFalse(until.isBefore(beforeChoosing.plusSeconds(299)), meeting.toString());
    assertFalse(until.isAfter(seen.plusSeconds(301)), meeting.toString());
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5), () -> summary().contains("(held while in a meeting until ")),
        summary());
    assertFalse(desktop.window(MICRO).isPresent(), "the break waits the five minutes");
  }

  @Test
  void extendByFifteenMinutesWhenNoBreakIsDueKeepsTheMeetingOn() throws Exception {
    unknot.start(CONFIG);
    ok("meeting", "3s");
    assertTrue(
        Desktop.await(Duration.ofSeconds(60), () -> desktop.window(CARD).isPresent()),
        "the card comes even with no break due");
    desktop.screenshot(SCREENSHOTS.resolve("meeting-over-card-no-break.png"));
    assertTrue(status().get("break_on_screen").isNull());

    choose(EXTEND);
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(5),
            () ->
                !status().get("meeting").isNull()
                    && !status().get("meeting").get("time_up").asBoolean()));
    Instant until = Instant.parse(status().get("meeting").get("until").asText());
    assertEquals(900, Duration.between(Instant.now(), until).toSeconds(), 15);
    assertFalse(desktop.window(MICRO).isPresent());

    // Only one card at a time: a new meeting takes an old card away.
    ok("meeting", "3s");
    assertTrue(Desktop.await(Duration.ofSeconds(60), () -> desktop.window(CARD).isPresent()));
    assertEquals(
        1,
        desktop
            .run(java.util.List.of("xdotool", "search", "--name", "^" + CARD + "$"))
            .out()
            .lines()
            .count());
    ok("meeting", "--end");
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> desktop.window(CARD).isEmpty()),
        "ending the meeting takes its card away");
  }

  /** Presses one of the card's three buttons, as a person would. */
  private void choose(int button) {
    Point at =
        PromptLayout.buttonCenter(desktop.geometry(desktop.window(CARD).orElseThrow()), button, 3);
    desktop.click(at.x, at.y);
    assertTrue(
        Desktop.await(Duration.ofSeconds(5), () -> desktop.window(CARD).isEmpty()),
        "the card closes on an answer");
  }

  private Desktop.Result ok(String... args) {
    Desktop.Result result = unknot.cli(args);
    assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
    return result;
  }

  private void usageError(String expected, String... args) {
    Desktop.Result result = unknot.cli(args);
    assertEquals(2, result.exitCode(), String.join(" ", args));
    String firstLine = result.err().lines().findFirst().orElse("");
    assertTrue(firstLine.contains(expected), "expected «" + expected + "» in «" + firstLine + "»");
  }

  private String summary() {
    return status().get("summary").asText();
  }

  private JsonNode status() {
    try {
      return JSON.readTree(unknot.cli("status", "--json").out());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
