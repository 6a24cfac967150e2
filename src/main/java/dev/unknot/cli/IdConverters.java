package dev.unknot.cli;

import dev.unknot.core.BreakType;
import dev.unknot.core.Cause;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.IsoWeek;
import java.util.function.Function;
import picocli.CommandLine;

/** Converters for the diary's ids and for ISO weeks, whose errors say what is allowed. */
final class IdConverters {

  private IdConverters() {}

  private abstract static class ById<T> implements CommandLine.ITypeConverter<T> {
    private final Function<String, T> parse;

    ById(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T convert(String value) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * A whole number in ASCII digits: Integer.parseInt also reads other scripts' digits, so "٣" would
   * be taken for 3.
   */
  static long wholeNumber(String value, long least, long most) {
    if (!value.matches("[0-9]{1,18}")) {
      throw new CommandLine.TypeConversionException(
          least == most
              ? Messages.get("cli.error.not.whole.number", value)
              : Messages.get("cli.error.not.whole.number.from", value, least, most));
    }
    return Long.parseLong(value);
  }

  static final class Severity implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long severity = wholeNumber(value, KnotReport.MIN_SEVERITY, KnotReport.MAX_SEVERITY);
      if (severity < KnotReport.MIN_SEVERITY || severity > KnotReport.MAX_SEVERITY) {
        throw new CommandLine.TypeConversionException(
            Messages.get(
                "cli.error.severity", KnotReport.MIN_SEVERITY, KnotReport.MAX_SEVERITY, value));
      }
      return (int) severity;
    }
  }

  static final class ReportId implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return wholeNumber(value, 0, 0);
    }
  }

  static final class Week extends ById<IsoWeek> {
    Week() {
      super(IsoWeek::parse);
    }
  }

  static final class Area extends ById<KnotArea> {
    Area() {
      super(KnotArea::fromId);
    }
  }

  static final class SideId extends ById<Side> {
    SideId() {
      super(Side::fromId);
    }
  }

  static final class CauseId extends ById<Cause> {
    CauseId() {
      super(Cause::fromId);
    }
  }

  static final class Type extends ById<BreakType> {
    Type() {
      super(BreakType::fromId);
    }
  }
}
