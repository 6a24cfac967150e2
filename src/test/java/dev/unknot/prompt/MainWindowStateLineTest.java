package dev.unknot.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.BreakType;
import dev.unknot.core.EngineStatus;
import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
        MainWindow.stateLine(due(BreakType.MICRO, Optional.empty(), Optional.empty()), UTC));
    assertEquals(
        "A rest break is on screen",
        MainWindow.stateLine(due(BreakType.REST, Optional.empty(), Optional.empty()), UTC));
  }

  @Test
  void aHeldBreakSaysWhatHoldsIt() {
    EngineStatus held =
        due(
            BreakType.MICRO,
            Optional.of(Messages.get("status.heldWhile", "the camera is in use by zoom")),
            Optional.empty());
    assertEquals("Micro-break held: the camera is in use by zoom", MainWindow.stateLine(held, UTC));
  }

  @Test
  void aBreakWaitingForThePauseSaysItComesAtTheNextPause() {
    EngineStatus waiting =
        due(
            BreakType.MICRO,
            Optional.empty(),
            Optional.of(
                new EngineStatus.Upcoming(
                    BreakType.MICRO, "chin-tuck", EngineStatus.Stage.WAITING_FOR_PAUSE)));
    assertEquals("Micro-break at your next pause", MainWindow.stateLine(waiting, UTC));
  }

  /** A break of {@code type} due now, after 15 min of work, held or coming as given. */
  private static EngineStatus due(
      BreakType type, Optional<String> held, Optional<EngineStatus.Upcoming> upcoming) {
    return new EngineStatus(
        List.of(
            new EngineStatus.Timer(
                BreakType.MICRO, true, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new EngineStatus.Timer(
                BreakType.REST, true, Duration.ofMinutes(20), Duration.ofMinutes(50))),
        Optional.of(type),
        false,
        Optional.empty(),
        held,
        upcoming,
        held.isEmpty() && upcoming.isEmpty(),
        held.isPresent());
  }
}
