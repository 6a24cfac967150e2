package dev.unknot.core.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The port to what the diary holds for summaries, and to which weekly summaries were shown. */
public interface SummaryData {

  /** Everything recorded on the local days {@code first} to {@code last}, inclusive. */
  SummaryInput read(LocalDate first, LocalDate last);

  /**
   * The first local day with anything recorded (activity, a break, a knot report or a check-in);
   * empty for a diary with nothing in it yet.
   */
  Optional<LocalDate> firstRecordedDay();

  /** Records that the summary of {@code week} was shown; false if it already had been. */
  boolean markShown(IsoWeek week, Instant at);

  boolean wasShown(IsoWeek week);
}
