package dev.unknot.core.summary;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** This week against the weeks before it. Weeks with no working day are left out of averages. */
public record Trend(WeekFigures current, List<WeekFigures> previous) {

  public Trend {
    previous = List.copyOf(previous);
  }

  public record WeekFigures(
      IsoWeek week,
      int workingDays,
      long activeSeconds,
      BreakCounts breaks,
      long longestStretchSeconds,
      int knotDays) {}

  public int previousWeeksWithData() {
    return (int) previous.stream().filter(w -> w.workingDays() > 0).count();
  }

  public OptionalDouble averageActiveSeconds() {
    return average(w -> w.activeSeconds());
  }

  public OptionalDouble averageLongestStretchSeconds() {
    return average(w -> w.longestStretchSeconds());
  }

  public OptionalDouble averageKnotDays() {
    return average(w -> w.knotDays());
  }

  /** Pooled over the previous weeks with data. */
  public OptionalDouble averageAdherence() {
    return previous.stream()
        .filter(w -> w.workingDays() > 0)
        .map(WeekFigures::breaks)
        .reduce(BreakCounts.NONE, BreakCounts::plus)
        .adherence();
  }

  private OptionalDouble average(ToDoubleFunction<WeekFigures> figure) {
    return previous.stream().filter(w -> w.workingDays() > 0).mapToDouble(figure).average();
  }
}
