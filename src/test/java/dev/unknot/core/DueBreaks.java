package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A break due now, with 15 min of work behind it, as the engine reports it: on screen, held by
 * something, or waiting for the user's next pause. For the tests of what the tray and the windows
 * say of it.
 */
public final class DueBreaks {

  private DueBreaks() {}

  /** Its prompt is on screen. */
  public static EngineStatus onScreen(BreakType type) {
    return due(type, Optional.empty(), Optional.empty());
  }

  /** Held while {@code reason}, as in "the camera is in use by zoom". */
  public static EngineStatus heldWhile(BreakType type, String reason) {
    return due(type, Optional.of(Messages.get("status.heldWhile", reason)), Optional.empty());
  }

  /** Due, and waiting for the user's next short pause. */
  public static EngineStatus atNextPause(BreakType type) {
    return due(
        type,
        Optional.empty(),
        Optional.of(
            new EngineStatus.Upcoming(type, "chin-tuck", EngineStatus.Stage.WAITING_FOR_PAUSE)));
  }

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
