package dev.unknot.core;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Once a day, a word that the day has been long: when the day's active time reaches the limit.
 *
 * @param limit active time, not time at the desk
 */
public record DailyLimit(boolean enabled, Duration limit) {

  public DailyLimit {
    Objects.requireNonNull(limit, "limit");
  }

  /**
   * @param lastNotified the day the last such notification was shown
   */
  public boolean due(Duration activeToday, Optional<LocalDate> lastNotified, LocalDate today) {
    return enabled
        && activeToday.compareTo(limit) >= 0
        && !lastNotified.map(today::equals).orElse(false);
  }
}
