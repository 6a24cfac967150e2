package dev.unknot.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port to the user's knot diary. Every write is durable when it returns. */
public interface KnotDiary {

  /** Stores the report, and a knot check-in for its day; returns it with its id. */
  KnotReport add(KnotReport report);

  /**
   * Records that the day had no knot.
   *
   * @throws IllegalStateException if a knot was reported for that day
   */
  CheckIn recordKnotFree(CheckIn checkIn);

  /** Removes a report; returns false if there was none with that id. */
  boolean remove(long reportId);

  /** Reports on or after {@code since} (all when null), oldest first. */
  List<KnotReport> reports(LocalDate since);

  Optional<CheckIn> checkIn(LocalDate day);
}
