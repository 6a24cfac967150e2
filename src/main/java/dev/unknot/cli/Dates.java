package dev.unknot.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Dates on the command line: YYYY-MM-DD in the local calendar. */
final class Dates {

  private Dates() {}

  /** Picocli converter with a message that says what form is expected. */
  static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a date; expected YYYY-MM-DD, for example 2026-11-16");
      }
    }
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
