package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What shapes the breaks beyond their settings: the knots that are active now and the mouse hand.
 *
 * @param targets knot area ids whose exercises come more often; empty for none
 * @param microIntervalFactor below 1 while a knot is active and breaks are tightened
 * @param reason why micro-breaks come sooner, for the tray and the prompt
 * @param mouseNudge whether long mouse-heavy stretches end with "switch mouse hand"
 */
public record BreakFocus(
    Set<String> targets, double microIntervalFactor, Optional<String> reason, boolean mouseNudge) {

  /** Tightened micro-breaks never come more often than this. */
  public static final java.time.Duration SHORTEST_MICRO_INTERVAL = java.time.Duration.ofMinutes(5);

  public static final BreakFocus NONE = new BreakFocus(Set.of(), 1.0, Optional.empty(), false);

  public BreakFocus {
    targets = Set.copyOf(targets);
    Objects.requireNonNull(reason, "reason");
    if (!(microIntervalFactor > 0 && microIntervalFactor <= 1)) {
      throw new IllegalArgumentException(
          // not translated: a programming error
          "the micro interval factor must be above 0 and at most 1, not " + microIntervalFactor);
    }
  }

  /**
   * @param focusOnKnots favour the exercises that target the active knots
   * @param tighten shorten the micro interval by {@code factor} while a knot is active
   */
  public static BreakFocus of(
      KnotFocus knots, boolean focusOnKnots, boolean tighten, double factor, boolean mouseNudge) {
    if (knots.isEmpty()) {
      return new BreakFocus(Set.of(), 1.0, Optional.empty(), mouseNudge);
    }
    boolean shorter = tighten && factor < 1;
    return new BreakFocus(
        focusOnKnots ? knots.targets() : Set.of(),
        shorter ? factor : 1.0,
        shorter
            ? Optional.of(
                Messages.get(
                    knots.one() ? "focus.shorter.one" : "focus.shorter.many", knots.described()))
            : Optional.empty(),
        mouseNudge);
  }

  /** The micro-break interval in force: tightened, but never below five minutes or above it. */
  public java.time.Duration microInterval(java.time.Duration configured) {
    if (microIntervalFactor >= 1) {
      return configured;
    }
    long millis = Math.round(configured.toMillis() * microIntervalFactor);
    long floor = Math.min(configured.toMillis(), SHORTEST_MICRO_INTERVAL.toMillis());
    return java.time.Duration.ofMillis(Math.max(millis, floor));
  }
}
