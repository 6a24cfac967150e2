package dev.unknot.cli;

import dev.unknot.core.summary.BreakCounts;
import dev.unknot.core.summary.Comparison;
import dev.unknot.core.summary.Comparison.Mean;
import dev.unknot.core.summary.DaySummary;
import dev.unknot.core.summary.Trend;
import dev.unknot.core.summary.WeeklySummary;
import java.util.Locale;
import java.util.Map;

/** The weekly summary as one JSON object. Times are seconds; shares and adherence fractions. */
final class SummaryJson {

  private SummaryJson() {}

  static String of(WeeklySummary s) {
    Json exercises = Json.object();
    for (Map.Entry<String, Integer> e : s.exercises().entrySet()) {
      exercises.put(e.getKey(), e.getValue());
    }
    return Json.object()
        .put("week", s.week().toString())
        .put("from", s.week().monday().toString())
        .put("to", s.week().sunday().toString())
        .put("has_data", s.hasData())
        .put("active_seconds", s.activeSeconds())
        .put("longest_stretch_seconds", s.longestStretchSeconds())
        .putRaw("breaks", breaks(s.breaks()))
        .put("keyboard_events", s.keyboardEvents())
        .put("mouse_events", s.mouseEvents())
        .put("mouse_share", s.mouseShare())
        .put("working_days", s.workingDays())
        .put("checked_in_working_days", s.checkedInWorkingDays())
        .put("knot_days", s.knotDays())
        .putRaw("exercises", exercises.toString())
        .putRaw(
            "knots",
            s.knots().stream()
                .map(
                    g ->
                        Json.object()
                            .put("area", g.area().id())
                            .put("side", g.side().id())
                            .put("severity", g.severity())
                            .put("reports", g.reports())
                            .toString())
                .toList())
        .putRaw("days", s.days().stream().map(SummaryJson::day).toList())
        .putRaw("comparison", comparison(s.comparison()))
        .putRaw("trend", trend(s.trend()))
        .putRaw(
            "suggestions",
            s.suggestions().stream()
                .map(
                    x ->
                        Json.object()
                            .put("id", x.id())
                            .put("headline", x.headline())
                            .put("text", x.text())
                            .toString())
                .toList())
        .toString();
  }

  private static String breaks(BreakCounts b) {
    return Json.object()
        .put("due", b.due())
        .put("taken", b.taken())
        .put("natural", b.natural())
        .put("skipped", b.skipped())
        .put("unanswered", b.unanswered())
        .put("postponed", b.postponed())
        .put("adherence", b.adherence())
        .toString();
  }

  private static String day(DaySummary d) {
    return Json.object()
        .put("day", d.day().toString())
        .put("active_seconds", d.activeSeconds())
        .put("longest_stretch_seconds", d.longestStretchSeconds())
        .putRaw("breaks", breaks(d.breaks()))
        .put("keyboard_events", d.keyboardEvents())
        .put("mouse_events", d.mouseEvents())
        .put("mouse_share", d.mouseShare())
        .put("knot", id(d.knots()))
        .put("max_severity", d.maxSeverity())
        .toString();
  }

  private static String comparison(Comparison c) {
    return Json.object()
        .put("from", c.from().toString())
        .put("to", c.to().toString())
        .put("knot_days", c.knotDays())
        .put("knot_free_days", c.knotFreeDays())
        .put("enough", c.enough())
        .put("min_days", Comparison.MIN_DAYS)
        .putRaw(
            "figures",
            c.figures().stream()
                .map(
                    f ->
                        Json.object()
                            .put("metric", id(f.metric()))
                            .put("when", id(f.when()))
                            .putRaw("knot_days", mean(f.onKnotDays()))
                            .putRaw("knot_free_days", mean(f.onKnotFreeDays()))
                            .toString())
                .toList())
        .toString();
  }

  private static String mean(Mean m) {
    return Json.object().put("days", m.days()).put("value", m.value()).toString();
  }

  private static String trend(Trend t) {
    return Json.object()
        .putRaw("current", week(t.current()))
        .putRaw("previous", t.previous().stream().map(SummaryJson::week).toList())
        .put("previous_weeks_with_data", t.previousWeeksWithData())
        .put("average_active_seconds", t.averageActiveSeconds())
        .put("average_adherence", t.averageAdherence())
        .put("average_longest_stretch_seconds", t.averageLongestStretchSeconds())
        .put("average_knot_days", t.averageKnotDays())
        .toString();
  }

  private static String week(Trend.WeekFigures w) {
    return Json.object()
        .put("week", w.week().toString())
        .put("working_days", w.workingDays())
        .put("active_seconds", w.activeSeconds())
        .putRaw("breaks", breaks(w.breaks()))
        .put("longest_stretch_seconds", w.longestStretchSeconds())
        .put("knot_days", w.knotDays())
        .toString();
  }

  private static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
