package dev.unknot.core;

import java.time.Duration;

/**
 * A break the user is asked to take now.
 *
 * @param id distinguishes this prompt from earlier ones, so a late click on a closed prompt is
 *     ignored
 * @param postponesLeft zero hides the Postpone choice
 */
public record BreakPrompt(
    long id, BreakType type, Exercise exercise, Duration duration, int postponesLeft) {}
