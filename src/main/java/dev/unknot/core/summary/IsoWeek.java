package dev.unknot.core.summary;

import dev.unknot.core.i18n.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** An ISO-8601 week, Monday to Sunday, written like {@code 2026-W47}. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

  public IsoWeek {
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(
          Messages.get("week.outOfRange", String.valueOf(year), weeks, week));
    }
  }

  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Reads {@code YYYY-Www}.
   *
   * @throws IllegalArgumentException with a message fit to show the user
   */
  public static IsoWeek parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(Messages.get("week.notAWeek", text));
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  public List<LocalDate> days() {
    return Stream.iterate(monday(), d -> d.plusDays(1)).limit(7).toList();
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(monday()) && !day.isAfter(sunday());
  }

  public IsoWeek minusWeeks(int weeks) {
    return of(monday().minusWeeks(weeks));
  }

  @Override
  public int compareTo(IsoWeek other) {
    return monday().compareTo(other.monday());
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
