package dev.unknot.cli;

import dev.unknot.core.BreakType;
import dev.unknot.core.Cause;
import dev.unknot.core.KnotArea;
import dev.unknot.core.Side;
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
