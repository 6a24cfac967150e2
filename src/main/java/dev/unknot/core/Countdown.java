package dev.unknot.core;

/** Where a prompted break's countdown stands, so the prompt can say it in words. */
public enum Countdown {
  /** Nothing counted yet: it starts when the user lets go of keyboard and mouse. */
  WAITING_FOR_LET_GO,
  /** The user has let go and the time left is running down. */
  COUNTING,
  /** Some of the break was done, then input resumed: the countdown holds until they let go. */
  PAUSED_BY_INPUT
}
