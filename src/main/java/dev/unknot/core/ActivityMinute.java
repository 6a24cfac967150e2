package dev.unknot.core;

/**
 * Input counted over one clock minute. Counts only: never which key or button.
 *
 * @param epochMinute minutes since 1970-01-01T00:00Z
 * @param utcOffsetSeconds the local offset then, so days can be cut in local time
 */
public record ActivityMinute(
    long epochMinute,
    int activeSeconds,
    long keyboardEvents,
    long mouseEvents,
    int utcOffsetSeconds) {

  public ActivityMinute {
    if (activeSeconds < 0 || activeSeconds > 60) {
      throw new IllegalArgumentException(
          // not translated: a programming error
          "a minute has 0 to 60 active seconds, not " + activeSeconds);
    }
  }
}
