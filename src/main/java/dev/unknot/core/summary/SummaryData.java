package dev.unknot.core.summary;

import java.time.Instant;
import java.time.LocalDate;

/** The port to what the diary holds for summaries, and to which weekly summaries were shown. */
public interface SummaryData {

  /** Everything recorded on the local days {@code first} to {@code last}, inclusive. */
  SummaryInput read(LocalDate first, LocalDate last);

  /** Records that the summary of {@code week} was shown; false if it already had been. */
  boolean markShown(IsoWeek week, Instant at);

  boolean wasShown(IsoWeek week);
}
