package dev.unknot.core;

import java.util.Locale;

/** How a break ended. Every break ends in exactly one of these. */
public enum Outcome {
  /** The countdown completed while the user rested, or the user clicked Done. */
  TAKEN,
  /** The user asked to be reminded after the postpone delay. */
  POSTPONED,
  /** The user dismissed the break. */
  SKIPPED,
  /** The prompt was still ignored when the next break of its type fell due. */
  UNANSWERED,
  /** The user paused on their own for at least the break's duration, unprompted. */
  NATURAL,
  /**
   * The prompt waited while a window was full screen or a quiet app had the focus; the break itself
   * ends in another record, like a postponed one.
   */
  HELD;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Outcome fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
