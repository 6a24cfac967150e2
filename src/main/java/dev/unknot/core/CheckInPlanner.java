package dev.unknot.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which day to ask "Any knots?" about. At the check-in time it is today; at start-up it is
 * today if that time has passed unanswered, else yesterday if yesterday has no answer.
 */
public final class CheckInPlanner {

  private CheckInPlanner() {}

  /** The day to ask about at start-up, if any. */
  public static Optional<LocalDate> atStart(
      CheckInSettings settings,
      LocalDateTime now,
      Predicate<LocalDate> answered,
      Predicate<LocalDate> used) {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    LocalDate today = now.toLocalDate();
    if (!now.toLocalTime().isBefore(settings.time()) && !answered.test(today)) {
      return Optional.of(today);
    }
    LocalDate yesterday = today.minusDays(1);
    return used.test(yesterday) && !answered.test(yesterday)
        ? Optional.of(yesterday)
        : Optional.empty();
  }

  /** The day to ask about when the check-in time comes: today, unless already answered. */
  public static Optional<LocalDate> atCheckInTime(
      CheckInSettings settings, LocalDate today, Predicate<LocalDate> answered) {
    return settings.enabled() && !answered.test(today) ? Optional.of(today) : Optional.empty();
  }
}
