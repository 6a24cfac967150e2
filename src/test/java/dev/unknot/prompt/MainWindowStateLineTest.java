package dev.unknot.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.BreakType;
import dev.unknot.core.DueBreaks;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The main window's state line says where a due break stands, in the tray's words: on screen, held
 * by something, or waiting for the user's next pause.
 */
class MainWindowStateLineTest {

  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void aBreakOnScreenIsSaidToBeOnScreen() {
    assertEquals(
        "A micro-break is on screen",
        MainWindow.stateLine(DueBreaks.onScreen(BreakType.MICRO), UTC));
    assertEquals(
        "A rest break is on screen", MainWindow.stateLine(DueBreaks.onScreen(BreakType.REST), UTC));
  }

  @Test
  void aHeldBreakSaysWhatHoldsIt() {
    assertEquals(
        "Micro-break held: the camera is in use by zoom",
        MainWindow.stateLine(
            DueBreaks.heldWhile(BreakType.MICRO, "the camera is in use by zoom"), UTC));
  }

  @Test
  void aBreakWaitingForThePauseSaysItComesAtTheNextPause() {
    assertEquals(
        "Micro-break at your next pause",
        MainWindow.stateLine(DueBreaks.atNextPause(BreakType.MICRO), UTC));
  }
}
