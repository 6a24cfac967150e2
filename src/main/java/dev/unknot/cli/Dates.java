package dev.unknot.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Dates on the command line: YYYY-MM-DD in the local calendar, from {@link #EARLIEST} to tomorrow
 * (a day of slack for time zones). Earlier days cannot hold a diary entry, and the diary refuses
 * them with a raw CHECK error.
 */
final class Dates {

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private Dates() {}

  /** Picocli converter with a message that says what form and range are expected. */
  static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, Clock.systemDefaultZone());
    }
  }

  static LocalDate parse(String value, Clock clock) {
    LocalDate day;
    try {
      // ASCII digits only: LocalDate.parse alone also takes "-0001-01-01" and "+12026-01-01".
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      day = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, for example 2026-11-16");
    }
    LocalDate latest = LocalDate.now(clock).plusDays(1);
    if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is out of range; give a day from " + EARLIEST + " to " + latest);
    }
    return day;
  }

  /** The given day, or today; a day in the future is a usage error. */
  static LocalDate notInFuture(CommandLine.Model.CommandSpec spec, LocalDate day, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (day == null) {
      return today;
    }
    if (day.isAfter(today)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--date " + day + " is in the future; today is " + today);
    }
    return day;
  }
}
