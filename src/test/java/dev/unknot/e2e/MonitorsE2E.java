package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.prompt.PromptLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two 1280x800 monitors side by side: the card follows the pointer, and a rest break dims both. */
@ExtendWith(DesktopExtension.class)
class MonitorsE2E {

  private static final String REST = "Unknot: rest break";
  private static final String DIMMED = "Unknot: dimmed screen";

  private final Desktop desktop;
  private final UnknotProcess unknot;
  private TypingWindow typingTarget;
  private String typingWindow;

  MonitorsE2E(TwoMonitorDesktop screens, @TempDir Path home) {
    this.desktop = screens.desktop();
    this.unknot = new UnknotProcess(home, desktop.env());
  }

  @BeforeEach
  void openTypingTarget() throws IOException {
    typingTarget = TypingWindow.open(desktop, "typing-target", "480x120+1400+40");
    typingWindow = typingTarget.id();
  }

  @AfterEach
  void stop() throws InterruptedException {
    unknot.close();
    typingTarget.close();
    assertFalse(unknot.isAlive(), "the daemon outlived its test");
  }

  @Test
  void theCardAppearsOnTheMonitorThatHoldsThePointer() throws Exception {
    unknot.start(LookE2E.config("light", ""));
    desktop.moveTo(1900, 400);
    String right = LookE2E.showBreak(desktop, unknot, "micro", LookE2E.MICRO);
    desktop.screenshot(LookE2E.SCREENSHOTS.resolve("monitors-card-on-right.png"));
    Rectangle onRight = desktop.geometry(right);
    assertTrue(onRight.x >= 1280 && onRight.x + onRight.width <= 2560, "" + onRight);
    clickButton(right, 2, 3); // Skip
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> desktop.window(LookE2E.MICRO).isEmpty()));

    desktop.moveTo(300, 400);
    String left = LookE2E.showBreak(desktop, unknot, "micro", LookE2E.MICRO);
    desktop.screenshot(LookE2E.SCREENSHOTS.resolve("monitors-card-on-left.png"));
    Rectangle onLeft = desktop.geometry(left);
    assertTrue(onLeft.x >= 0 && onLeft.x + onLeft.width <= 1280, "" + onLeft);
  }

  @Test
  void aDimRestBreakDimsEveryMonitorBehindTheCardAndEscLiftsIt() throws Exception {
    unknot.start(
        LookE2E.config("light", "")
            .replace("duration = \"20s\"", "duration = \"5m\"\nstyle = \"dim\""));
    desktop.moveTo(1900, 400);
    String card = LookE2E.showBreak(desktop, unknot, "rest", REST);
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> covers().size() == 2), "covers: " + covers());
    List<Rectangle> covered =
        covers().stream().map(desktop::geometry).sorted((a, b) -> a.x - b.x).toList();
    assertEquals(
        List.of(new Rectangle(0, 0, 1280, 799), new Rectangle(1280, 0, 1280, 799)), covered);
    // The card is drawn above the dimming, and the keyboard stayed where the user was typing.
    assertTrue(
        LookE2E.luminance(LookE2E.cardBackground(desktop, card, "monitors-dim-rest-break.png"))
            > 200,
        "the card is hidden under the dimming");
    assertEquals(typingWindow, desktop.focusedWindow());

    desktop.click(600, 300); // on the dimmed left monitor
    // The click gives the keyboard to Unknot (the cover or the card), for Esc.
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> !typingWindow.equals(desktop.focusedWindow())),
        "the click left the keyboard with the typing target");
    desktop.key("Escape");
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> covers().isEmpty()));
    assertTrue(
        Desktop.await(Duration.ofSeconds(30), () -> desktop.window(REST).isPresent()),
        "Esc lifts the dimming, not the break: "
            + unknot.cli("status").out()
            + desktop.run(List.of("xwininfo", "-root", "-tree")).out());
    desktop.screenshot(LookE2E.SCREENSHOTS.resolve("monitors-dim-lifted.png"));

    clickButton(card, 1, 3); // Postpone
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> desktop.window(REST).isEmpty()));
    assertTrue(
        Desktop.await(
            Duration.ofSeconds(30),
            () -> unknot.cli("log", "--json").out().contains("\"outcome\":\"postponed\"")));
  }

  @Test
  void postponeWorksOnADimmedScreenAndTakesTheDimmingAway() throws Exception {
    unknot.start(
        LookE2E.config("dark", "")
            .replace("duration = \"20s\"", "duration = \"5m\"\nstyle = \"dim\""));
    desktop.moveTo(300, 400);
    String card = LookE2E.showBreak(desktop, unknot, "rest", REST);
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> covers().size() == 2));
    desktop.screenshot(LookE2E.SCREENSHOTS.resolve("monitors-dim-dark-rest-break.png"));
    clickButton(card, 1, 3); // Postpone, straight through the dimming
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> desktop.window(REST).isEmpty()));
    assertTrue(Desktop.await(Duration.ofSeconds(30), () -> covers().isEmpty()));
  }

  private List<String> covers() {
    Desktop.Result r =
        desktop.run(List.of("xdotool", "search", "--onlyvisible", "--name", "^" + DIMMED + "$"));
    return r.out().lines().filter(l -> !l.isBlank()).toList();
  }

  private void clickButton(String window, int index, int count) {
    Point center = PromptLayout.buttonCenter(desktop.geometry(window), index, count);
    desktop.click(center.x, center.y);
  }
}
