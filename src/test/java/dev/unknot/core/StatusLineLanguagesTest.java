package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tray's and the CLI's status line, and the core's other words, in German and in French:
 * translated, with the plural and the clock of the language.
 */
class StatusLineLanguagesTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  private static EngineStatus status(
      long microLeft, long restLeft, Optional<BreakType> open, Optional<Instant> pausedUntil) {
    return new EngineStatus(
        List.of(
            new EngineStatus.Timer(
                BreakType.MICRO,
                true,
                Duration.ofMinutes(15).minusMinutes(microLeft),
                Duration.ofMinutes(15)),
            new EngineStatus.Timer(
                BreakType.REST,
                true,
                Duration.ofMinutes(50).minusMinutes(restLeft),
                Duration.ofMinutes(50))),
        open,
        false,
        pausedUntil,
        Optional.empty());
  }

  private static String line(long microLeft, long restLeft) {
    return status(microLeft, restLeft, Optional.empty(), Optional.empty()).summary(ZONE);
  }

  @Test
  void englishStaysAsItWas() {
    assertEquals("Next micro-break in 7 min · rest in 32 min", line(7, 32));
    assertEquals("Next micro-break in under a minute · rest in 2 min", line(1, 2));
    assertEquals(
        "A micro-break now · rest in 32 min",
        status(0, 32, Optional.of(BreakType.MICRO), Optional.empty()).summary(ZONE));
  }

  @Test
  void theStatusLineInGerman() {
    Messages.use(Locale.GERMAN);
    assertEquals("Nächste Mikropause in 7 Min. · Ruhepause in 32 Min.", line(7, 32));
    assertEquals(
        "Nächste Mikropause in weniger als einer Minute · Ruhepause in 2 Min.", line(1, 2));
    assertEquals(
        "Jetzt eine Mikropause · Ruhepause in 32 Min.",
        status(0, 32, Optional.of(BreakType.MICRO), Optional.empty()).summary(ZONE));
    assertEquals(
        "Pausiert bis 14:30",
        status(7, 32, Optional.empty(), Optional.of(Instant.parse("2026-11-16T13:30:00Z")))
            .summary(ZONE));
    assertEquals("Einmal am Tag, solange der Knoten anhält", new MassageReminders(1).howOften());
    assertEquals("Dreimal am Tag, solange der Knoten anhält", new MassageReminders(3).howOften());
    assertEquals("Zwischen den Schulterblättern", KnotArea.BETWEEN_SHOULDER_BLADES.plainName());
    assertEquals("der Bildschirm ist gesperrt", QuietDetector.screenLocked());
  }

  @Test
  void theStatusLineInFrench() {
    Messages.use(Locale.FRENCH);
    assertEquals("Prochaine micro-pause dans 7 min · pause longue dans 32 min", line(7, 32));
    assertEquals(
        "Prochaine micro-pause dans moins d’une minute · pause longue dans 2 min", line(1, 2));
    assertEquals(
        "Une micro-pause maintenant · pause longue dans 32 min",
        status(0, 32, Optional.of(BreakType.MICRO), Optional.empty()).summary(ZONE));
    assertEquals(
        "En pause jusqu’à 14:30",
        status(7, 32, Optional.empty(), Optional.of(Instant.parse("2026-11-16T13:30:00Z")))
            .summary(ZONE));
    assertEquals("Aucun rappel tant que le nœud persiste", new MassageReminders(0).howOften());
    assertEquals(
        "Deux fois par jour tant que le nœud persiste", new MassageReminders(2).howOften());
  }

  @Test
  void aRestAloneAgreesWithItsOwnNameInFrench() {
    Messages.use(Locale.FRENCH);
    EngineStatus restOnly =
        new EngineStatus(
            List.of(
                new EngineStatus.Timer(
                    BreakType.MICRO, false, Duration.ZERO, Duration.ofMinutes(15)),
                new EngineStatus.Timer(
                    BreakType.REST, true, Duration.ofMinutes(20), Duration.ofMinutes(50))),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty());
    assertEquals("Prochaine pause longue dans 30 min", restOnly.summary(ZONE));
  }

  @Test
  void aMeetingSaysUntilWhenInGerman() {
    Messages.use(Locale.GERMAN);
    Meeting meeting = new Meeting(new MutableClock(Instant.parse("2026-11-16T13:00:00Z"), ZONE));
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    assertEquals(Optional.of("in einer Besprechung bis 14:30"), meeting.reason());
  }
}
