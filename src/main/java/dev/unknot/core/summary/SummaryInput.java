package dev.unknot.core.summary;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the diary holds for the days a summary needs (see {@link WeeklySummarizer#firstDay}).
 * Records outside those days are ignored.
 *
 * @param mouseHand {@link Side#LEFT} or {@link Side#RIGHT}, or empty when the user never said
 * @param firstRecordedDay the first day with anything in the diary, if any: weeks before it come
 *     before the user began, rather than being empty weeks
 */
public record SummaryInput(
    List<ActivityMinute> minutes,
    List<BreakRecord> breaks,
    List<KnotReport> reports,
    List<CheckIn> checkIns,
    Optional<Side> mouseHand,
    Optional<LocalDate> firstRecordedDay) {

  public SummaryInput {
    minutes = List.copyOf(minutes);
    breaks = List.copyOf(breaks);
    reports = List.copyOf(reports);
    checkIns = List.copyOf(checkIns);
    Objects.requireNonNull(mouseHand, "mouseHand");
    Objects.requireNonNull(firstRecordedDay, "firstRecordedDay");
  }
}
