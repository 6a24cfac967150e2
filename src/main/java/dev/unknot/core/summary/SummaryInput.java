package dev.unknot.core.summary;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import java.util.List;
import java.util.Objects;

/**
 * What the diary holds for the days a summary needs (see {@link WeeklySummarizer#firstDay}).
 * Records outside those days are ignored.
 *
 * @param mouseHand {@link Side#LEFT} or {@link Side#RIGHT}
 */
public record SummaryInput(
    List<ActivityMinute> minutes,
    List<BreakRecord> breaks,
    List<KnotReport> reports,
    List<CheckIn> checkIns,
    Side mouseHand) {

  public SummaryInput {
    minutes = List.copyOf(minutes);
    breaks = List.copyOf(breaks);
    reports = List.copyOf(reports);
    checkIns = List.copyOf(checkIns);
    Objects.requireNonNull(mouseHand, "mouseHand");
  }
}
