package dev.unknot.cli;

import dev.unknot.core.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Dates on the command line: YYYY-MM-DD in the local calendar, from {@link #EARLIEST} to tomorrow
 * (a day of slack for time zones). Earlier days cannot hold a diary entry, and the diary refuses
 * them with a raw CHECK error.
 */
final class Dates {

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private Dates() {}

  /**
   * A day as the language writes it: 02.12.2026 in German, 2 déc. 2026 in French. English keeps the
   * ISO form the commands take, 2026-12-02, which reads the same everywhere English is used.
   */
  static String shown(LocalDate day) {
    Locale language = Messages.locale();
    return language.equals(Locale.ENGLISH)
        ? day.toString()
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(day);
  }

  /** A time of day as the language writes it: 14:30 (English too: the 24-hour clock). */
  static String shown(Instant instant) {
    Locale language = Messages.locale();
    var local = instant.atZone(ZoneId.systemDefault());
    return language.equals(Locale.ENGLISH)
        ? DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(local)
        : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local);
  }

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
        // not translated: caught below, never shown
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      day = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          Messages.get("cli.error.not.a.date", value, "YYYY-MM-DD", "2026-11-16"));
    }
    LocalDate latest = LocalDate.now(clock).plusDays(1);
    if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
      throw new CommandLine.TypeConversionException(
          Messages.get(
              "cli.error.day.out.of.range", value, EARLIEST.toString(), latest.toString()));
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
          spec.commandLine(),
          Messages.get("cli.error.date.in.future", day.toString(), today.toString()));
    }
    return day;
  }
}
