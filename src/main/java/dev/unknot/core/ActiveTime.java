package dev.unknot.core;

import java.time.LocalDate;
import java.util.List;

/** The port that reads back the active time kept per minute, by local calendar day. */
public interface ActiveTime {

  /** A day with activity recorded. */
  interface Day {
    LocalDate day();
  }

  /** Seconds of activity on that local day; 0 when none was recorded. */
  long activeSecondsOn(LocalDate day);

  /** The days with activity from {@code first} to {@code last} (null: no end), oldest first. */
  List<? extends Day> daily(LocalDate first, LocalDate last);

  /** The days with activity on or after {@code since}, oldest first. */
  default List<? extends Day> daily(LocalDate since) {
    return daily(since, null);
  }
}
