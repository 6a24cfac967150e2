package dev.unknot.core.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Knot days against knot-free checked-in days over a window of weeks, on the same day and on the
 * day before. It describes; it does not claim a cause.
 *
 * @param figures empty unless both sides have at least {@link #MIN_DAYS} days
 */
public record Comparison(
    LocalDate from, LocalDate to, int knotDays, int knotFreeDays, List<Figure> figures) {

  /** Fewer days than this on either side are too few to compare. */
  public static final int MIN_DAYS = 3;

  public Comparison {
    figures = List.copyOf(figures);
  }

  public boolean enough() {
    return knotDays >= MIN_DAYS && knotFreeDays >= MIN_DAYS;
  }

  public enum Metric {
    /** (taken + natural) / due, pooled over the days that had a break due. */
    ADHERENCE,
    /** Seconds, averaged over working days. */
    LONGEST_STRETCH,
    /** Seconds, averaged over working days. */
    ACTIVE_TIME,
    /** Mouse events / all input events, pooled over the days with any. */
    MOUSE_SHARE
  }

  public enum When {
    SAME_DAY,
    DAY_BEFORE
  }

  public record Figure(Metric metric, When when, Mean onKnotDays, Mean onKnotFreeDays) {

    /** Whether both sides rest on enough days to show. */
    public boolean comparable() {
      return onKnotDays.value().isPresent() && onKnotFreeDays.value().isPresent();
    }
  }

  /**
   * @param days how many days the value rests on
   * @param value empty when that is fewer than {@link #MIN_DAYS}
   */
  public record Mean(int days, OptionalDouble value) {}
}
