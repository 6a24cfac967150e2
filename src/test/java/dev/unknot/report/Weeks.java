package dev.unknot.report;

import dev.unknot.core.BreakSettings;
import dev.unknot.core.summary.BreakCounts;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.WeeklySummarizer;
import dev.unknot.core.summary.WeeklySummary;
import dev.unknot.store.Database;
import dev.unknot.store.SixWeekDiary;
import dev.unknot.store.SqliteSummaryData;
import java.nio.file.Path;

/** The weeks the summary's rendering tests read: the six-week diary's last one, and variations. */
final class Weeks {

  private Weeks() {}

  /**
   * Week 2026-W47 of the six-week diary, written into a real database at FILE and summarized in the
   * language {@code Messages} uses now, as the daemon does.
   */
  static WeeklySummary lastOfSixWeekDiary(Path file) throws Exception {
    try (Database db = Database.open(file)) {
      SixWeekDiary.write(db);
      IsoWeek w47 = SixWeekDiary.W47;
      return new WeeklySummarizer(BreakSettings.MICRO_DEFAULTS)
          .summarize(
              w47,
              SixWeekDiary.TODAY,
              new SqliteSummaryData(db).read(WeeklySummarizer.firstDay(w47), w47.sunday()));
    }
  }

  /** The same week with other counts, to read each count's words at 0, 1 and 2. */
  static WeeklySummary withCounts(WeeklySummary week, int n) {
    BreakCounts b = week.breaks();
    return new WeeklySummary(
        week.week(),
        week.days(),
        week.activeSeconds(),
        week.longestStretchSeconds(),
        new BreakCounts(b.taken(), b.natural(), b.skipped(), n, b.unanswered()),
        week.keyboardEvents(),
        week.mouseEvents(),
        week.exercises(),
        week.knots(),
        n,
        n,
        n,
        week.comparison(),
        week.trend(),
        week.suggestions(),
        week.firstRecordedDay());
  }
}
