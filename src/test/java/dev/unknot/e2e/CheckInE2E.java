package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.core.KnotArea;
import dev.unknot.core.Side;
import dev.unknot.prompt.PromptLayout;
import dev.unknot.store.Database;
import dev.unknot.store.DiaryWriter;
import java.awt.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily "Any knots today?", asked at start-up because its time has passed. */
class CheckInE2E extends DaemonOnDesktop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHECK_IN = "Unknot: check-in";
  private static final String FORM = "Unknot: report a knot";
  private static final String ANSWER = "Unknot: check-in answer";

  /** 00:00 has always passed, so today's check-in is due at once. */
  private static final String CONFIG =
      "[knots]\ncheckin_time = \"00:00\"\n[summary]\nnotify = false\n";

  CheckInE2E(Desktop desktop, @TempDir Path home) {
    super(desktop, home);
  }

  @Test
  void noRecordsAKnotFreeDay() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));
    desktop.screenshot(Path.of("target", "screenshots", "check-in.png"));
    clickButton(CHECK_IN, 0, 3); // No

    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> "no-knot".equals(checkIn())));
    assertTrue(desktop.window(CHECK_IN).isEmpty());
  }

  @Test
  void noGivesAVisibleAnswerThatClosesByItself() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));
    clickButton(CHECK_IN, 0, 3); // No

    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(ANSWER).isPresent()),
        "No gave no visible answer");
    desktop.screenshot(Path.of("target", "screenshots", "check-in-answer-no.png"));
    assertEquals("no-knot", checkIn());
    assertTrue(
        Desktop.await(Duration.ofSeconds(40), () -> desktop.window(ANSWER).isEmpty()),
        "the answer stayed on screen");
  }

  @Test
  void noOnADayWithAKnotAlreadyReportedSaysTheKnotStays() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));
    // A report the daemon was not told about (its socket was unreachable, say).
    try (Database db = Database.open(unknot.database())) {
      new DiaryWriter(db, ZoneId.systemDefault())
          .knot(LocalDate.now(), KnotArea.NECK, Side.LEFT, 2);
    }
    clickButton(CHECK_IN, 0, 3); // No

    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(ANSWER).isPresent()),
        "No gave no visible answer");
    desktop.screenshot(Path.of("target", "screenshots", "check-in-answer-knot-kept.png"));
    assertEquals("knot", checkIn(), "the reported knot stays");
  }

  @Test
  void laterSaysWhenItAsksAgainAndOkClosesIt() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));
    clickButton(CHECK_IN, 2, 3); // Later

    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(ANSWER).isPresent()),
        "Later gave no visible answer");
    desktop.screenshot(Path.of("target", "screenshots", "check-in-answer-later.png"));
    clickButton(ANSWER, 0, 1); // OK
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(ANSWER).isEmpty()));
    assertEquals(null, checkIn(), "the day stays unanswered");
  }

  @Test
  void checkInCardClosesOnceAKnotIsAddedFromTheCommandLine() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));

    // `knot add` tells the running daemon "diary-changed" over the control socket.
    var added = unknot.cli("knot", "add", "--area", "neck", "--side", "left", "--severity", "2");
    assertEquals(0, added.exitCode(), added.err());
    assertTrue(
        Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isEmpty()),
        "the check-in card stayed up after today got its answer");
    desktop.screenshot(Path.of("target", "screenshots", "check-in-answered-elsewhere.png"));
    assertEquals("knot", checkIn());
  }

  @Test
  void yesOpensTheFormWhichWorksFromTheKeyboardAlone() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));
    clickButton(CHECK_IN, 1, 3); // Yes…
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(FORM).isPresent()));
    String form = desktop.window(FORM).orElseThrow();
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> !desktop.focusedWindow().isEmpty()));

    // Focus starts on "Where". Under FlatLaf, Down in a closed list moves its choice.
    keys("Down", "Down", "Tab"); // Neck -> Between neck and shoulder -> Between the blades
    keys("Down", "Tab"); // Left -> Right
    keys("Down", "Down", "Tab"); // 2 -> 3 -> 4
    keys("Tab", "space"); // Long sitting, then Mouse use: ticked
    keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab"); // past the other causes to the note
    desktop.xdotool("type", "after rowing");
    desktop.screenshot(Path.of("target", "screenshots", "knot-report.png"));
    desktop.key("Return"); // Enter saves

    assertTrue(
        Desktop.await(
            Duration.ofSeconds(10),
            () -> unknot.cli("knot", "list", "--json").out().contains("\"id\":1")),
        "the report was not saved");
    JsonNode report = JSON.readTree(unknot.cli("knot", "list", "--json").out());
    assertEquals("between-shoulder-blades", report.get("area").asText());
    assertEquals("right", report.get("side").asText());
    assertEquals(4, report.get("severity").asInt());
    assertEquals("[\"mouse\"]", report.get("causes").toString());
    assertEquals("after rowing", report.get("note").asText());
    assertEquals("knot", checkIn());

    desktop.key("Escape"); // closes the form, which now offers Close
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(FORM).isEmpty()), form);
  }

  @Test
  void escapeCancelsTheFormAndWritesNothing() throws Exception {
    unknot.start(CONFIG);
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(CHECK_IN).isPresent()));
    clickButton(CHECK_IN, 1, 3); // Yes…
    assertTrue(Desktop.await(Duration.ofSeconds(10), () -> desktop.window(FORM).isPresent()));
    Desktop.pause(Duration.ofMillis(500));
    keys("Down", "Down", "Tab"); // change something first: cancelling must still write nothing
    desktop.key("Escape");
    assertTrue(Desktop.await(Duration.ofSeconds(5), () -> desktop.window(FORM).isEmpty()));

    assertEquals("No knots reported.\n", unknot.cli("knot", "list").out());
    assertEquals(null, checkIn(), "the day stays unanswered");
  }

  private void keys(String... keys) {
    for (String key : keys) {
      desktop.key(key);
      Desktop.pause(Duration.ofMillis(80));
    }
  }

  private void clickButton(String title, int index, int count) {
    Point center =
        PromptLayout.buttonCenter(
            desktop.geometry(desktop.window(title).orElseThrow()), index, count);
    desktop.click(center.x, center.y);
  }

  private String checkIn() {
    try {
      JsonNode checkin = JSON.readTree(unknot.cli("status", "--json").out()).get("checkin");
      return checkin.isNull() ? null : checkin.asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
