package dev.unknot.core.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One ISO week in the user's diary.
 *
 * @param days Monday to Sunday
 * @param exercises exercises done in taken breaks, by id, most done first
 * @param knots reports grouped by area, side and severity, most reported first
 * @param knotDays days with a knot reported
 * @param checkedInWorkingDays working days with an answer to "Any knots?"
 * @param suggestions most important first
 * @param firstRecordedDay the first day with anything in the diary, if any
 */
public record WeeklySummary(
    IsoWeek week,
    List<DaySummary> days,
    long activeSeconds,
    long longestStretchSeconds,
    BreakCounts breaks,
    long keyboardEvents,
    long mouseEvents,
    Map<String, Integer> exercises,
    List<KnotGroup> knots,
    int knotDays,
    int workingDays,
    int checkedInWorkingDays,
    Comparison comparison,
    Trend trend,
    List<Suggestion> suggestions,
    Optional<LocalDate> firstRecordedDay) {

  public WeeklySummary {
    days = List.copyOf(days);
    knots = List.copyOf(knots);
    suggestions = List.copyOf(suggestions);
  }

  public OptionalDouble mouseShare() {
    return DaySummary.share(mouseEvents, keyboardEvents);
  }

  /** Whether the week ended before the first record: the user had not begun yet. */
  public boolean beforeFirstRecord() {
    return firstRecordedDay.map(first -> week.sunday().isBefore(first)).orElse(false);
  }

  /** Whether the diary has anything at all for the week. */
  public boolean hasData() {
    return workingDays > 0
        || breaks.due() + breaks.postponed() > 0
        || days.stream().anyMatch(d -> d.knots() != KnotDayStatus.UNKNOWN);
  }
}
