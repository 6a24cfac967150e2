package dev.unknot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * A break the user is asked to take now.
 *
 * @param id distinguishes this prompt from earlier ones, so a late click on a closed prompt is
 *     ignored
 * @param postponesLeft zero hides the Postpone choice
 * @param note why this break comes now or is this exercise, if there is more to it than time
 * @param postpone the active time after which a postponed break comes back
 * @param durationIfPostponed how long the break becomes if it is postponed now
 * @param skipsLeft how many more times this type may be skipped today; zero hides Skip, {@link
 *     BreakSettings#UNLIMITED} for no limit
 */
public record BreakPrompt(
    long id,
    BreakType type,
    Exercise exercise,
    Duration duration,
    int postponesLeft,
    Optional<String> note,
    Duration postpone,
    Duration durationIfPostponed,
    int skipsLeft) {

  /** A prompt whose postponement costs nothing and which may be skipped without limit. */
  public BreakPrompt(
      long id,
      BreakType type,
      Exercise exercise,
      Duration duration,
      int postponesLeft,
      Optional<String> note) {
    this(
        id,
        type,
        exercise,
        duration,
        postponesLeft,
        note,
        Duration.ofMinutes(3),
        duration,
        BreakSettings.UNLIMITED);
  }
}
