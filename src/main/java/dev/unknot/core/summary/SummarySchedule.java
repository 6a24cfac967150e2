package dev.unknot.core.summary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When the weekly summary is due and which week it shows. A summary missed while the computer was
 * off or asleep is shown once, at the next chance within the same ISO week; after that it is stale
 * and left for {@code unknot summary}.
 */
public record SummarySchedule(DayOfWeek day, LocalTime time) {

  /**
   * The week a summary at that moment shows: the current week from Thursday on, else the week just
   * ended, so a summary always looks back on most of a week.
   */
  public IsoWeek weekShownAt(ZonedDateTime moment) {
    IsoWeek current = IsoWeek.of(moment.toLocalDate());
    return moment.getDayOfWeek().compareTo(DayOfWeek.THURSDAY) >= 0
        ? current
        : current.minusWeeks(1);
  }

  /** The latest scheduled moment at or before {@code now}, DST gaps moved forward. */
  public ZonedDateTime lastDue(ZonedDateTime now) {
    ZonedDateTime candidate =
        ZonedDateTime.of(
            now.toLocalDate().with(TemporalAdjusters.previousOrSame(day)), time, now.getZone());
    return candidate.isAfter(now) ? scheduledOn(candidate.minusWeeks(1)) : candidate;
  }

  /** The first scheduled moment after {@code now}, DST gaps moved forward. */
  public ZonedDateTime nextDue(ZonedDateTime now) {
    return scheduledOn(lastDue(now).plusWeeks(1));
  }

  /** The week to show now, if its moment has come this week and it was not shown yet. */
  public Optional<IsoWeek> due(ZonedDateTime now, Predicate<IsoWeek> shown) {
    ZonedDateTime last = lastDue(now);
    IsoWeek week = weekShownAt(last);
    boolean thisWeek = IsoWeek.of(last.toLocalDate()).equals(IsoWeek.of(now.toLocalDate()));
    return thisWeek && !shown.test(week) ? Optional.of(week) : Optional.empty();
  }

  private ZonedDateTime scheduledOn(ZonedDateTime sameDay) {
    return ZonedDateTime.of(sameDay.toLocalDate(), time, sameDay.getZone());
  }
}
