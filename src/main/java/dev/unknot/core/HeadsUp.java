package dev.unknot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * A break that is coming: shown on a small card that never takes focus.
 *
 * @param exercise the exercise the break will have
 * @param in active time until the break falls due; empty once it is due and waits for a pause
 */
public record HeadsUp(BreakType type, Exercise exercise, Optional<Duration> in) {}
