package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to remind the user to massage an active knot with a ball: a few times a day, spread over the
 * day's active time. With three a day they come after 1½, 3 and 4½ hours of work.
 *
 * @param perDay how many a day; 0 for none
 */
public record MassageReminders(int perDay) {

  /** The active time of a usual office day, over which the reminders are spread. */
  public static final Duration ACTIVE_DAY = Duration.ofHours(6);

  /** Two reminders, one dismissed with Later, are at least this far apart. */
  public static final Duration LEAST_APART = Duration.ofMinutes(30);

  public static final int MOST_PER_DAY = 6;

  public MassageReminders {
    if (perDay < 0 || perDay > MOST_PER_DAY) {
      throw new IllegalArgumentException(
          // not translated: a programming error; the config check reports it first
          "massage reminders must be from 0 to " + MOST_PER_DAY + " a day, not " + perDay);
    }
  }

  /** The day's active time before reminder number {@code n} (from 1). */
  public Duration threshold(int n) {
    return ACTIVE_DAY.multipliedBy(n).dividedBy(perDay + 1);
  }

  /**
   * @param knots the knots active now; none, no reminder
   * @param activeToday the day's active time so far
   * @param shownToday reminders shown today, whatever the answer
   * @param doneToday massages the user marked done today
   * @param lastShown when the last reminder showed, today or before
   */
  public boolean due(
      KnotFocus knots,
      Duration activeToday,
      int shownToday,
      int doneToday,
      Optional<Instant> lastShown,
      Instant now) {
    if (perDay == 0 || knots.isEmpty() || shownToday >= perDay || doneToday >= perDay) {
      return false;
    }
    if (lastShown.isPresent()
        && Duration.between(lastShown.get(), now).compareTo(LEAST_APART) < 0) {
      return false;
    }
    return activeToday.compareTo(threshold(shownToday + 1)) >= 0;
  }

  /** What the reminder card says about how often it comes, in agreement with the setting. */
  public String howOften() {
    return Messages.get("massage.howOften", perDay);
  }

  /** Which ball massage suits the knots: the chest one when every active knot is in the chest. */
  public static String exerciseFor(KnotFocus knots) {
    return knots.areas().equals(java.util.Set.of(KnotArea.CHEST))
        ? "ball-massage-chest"
        : "ball-massage-back";
  }
}
