package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MassageRemindersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private final MassageReminders three = new MassageReminders(3);

  private static KnotFocus knot(KnotArea area) {
    KnotReport report =
        new KnotReport(
            1,
            TODAY,
            area,
            Side.RIGHT,
            3,
            Set.of(),
            null,
            OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC));
    return KnotFocus.active(List.of(report), List.of(), TODAY);
  }

  @Test
  void threeADayComeAfterOneAndAHalfThreeAndFourAndAHalfHoursOfWork() {
    assertEquals(Duration.ofMinutes(90), three.threshold(1));
    assertEquals(Duration.ofHours(3), three.threshold(2));
    assertEquals(Duration.ofMinutes(270), three.threshold(3));
  }

  @Test
  void aReminderIsDueOnceItsShareOfTheDayIsWorked() {
    KnotFocus back = knot(KnotArea.UPPER_BACK);
    assertFalse(three.due(back, Duration.ofMinutes(89), 0, 0, Optional.empty(), NOW));
    assertTrue(three.due(back, Duration.ofMinutes(90), 0, 0, Optional.empty(), NOW));
    assertFalse(three.due(back, Duration.ofMinutes(150), 1, 0, Optional.empty(), NOW));
    assertTrue(three.due(back, Duration.ofHours(3), 1, 0, Optional.empty(), NOW));
  }

  @Test
  void noneWithoutAKnotNoneWhenDoneAndNoneTooSoonAfterTheLast() {
    KnotFocus back = knot(KnotArea.UPPER_BACK);
    Duration late = Duration.ofHours(8);
    assertFalse(three.due(KnotFocus.NONE, late, 0, 0, Optional.empty(), NOW));
    assertFalse(three.due(back, late, 3, 0, Optional.empty(), NOW), "all three shown");
    assertFalse(three.due(back, late, 1, 3, Optional.empty(), NOW), "all three done");
    assertFalse(
        three.due(back, late, 1, 1, Optional.of(NOW.minus(Duration.ofMinutes(29))), NOW),
        "half an hour apart at least");
    assertTrue(three.due(back, late, 1, 1, Optional.of(NOW.minus(Duration.ofMinutes(30))), NOW));
    assertFalse(new MassageReminders(0).due(back, late, 0, 0, Optional.empty(), NOW), "off");
  }

  @Test
  void aChestKnotGetsTheChestMassage() {
    assertEquals("ball-massage-chest", MassageReminders.exerciseFor(knot(KnotArea.CHEST)));
    assertEquals(
        "ball-massage-back", MassageReminders.exerciseFor(knot(KnotArea.BETWEEN_SHOULDER_BLADES)));
    assertThrows(IllegalArgumentException.class, () -> new MassageReminders(7));
  }

  @Test
  void theCardSaysHowOftenAsTheSettingDoes() {
    assertEquals("Once a day while the knot lasts", new MassageReminders(1).howOften());
    assertEquals("Twice a day while the knot lasts", new MassageReminders(2).howOften());
    assertEquals("Three times a day while the knot lasts", three.howOften());
    assertEquals("Six times a day while the knot lasts", new MassageReminders(6).howOften());
  }
}
