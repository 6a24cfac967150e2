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
 */
public record BreakPrompt(
    long id,
    BreakType type,
    Exercise exercise,
    Duration duration,
    int postponesLeft,
    Optional<String> note) {}
