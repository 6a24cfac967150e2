package dev.unknot.cli;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/** Just enough JSON writing for flat records. */
final class Json {

  private final StringJoiner fields = new StringJoiner(",", "{", "}");

  private Json() {}

  static Json object() {
    return new Json();
  }

  Json put(String name, String value) {
    fields.add(string(name) + ":" + string(value));
    return this;
  }

  Json put(String name, long value) {
    fields.add(string(name) + ":" + value);
    return this;
  }

  /** A fraction, rounded to 4 places; null when empty. */
  Json put(String name, OptionalDouble value) {
    fields.add(
        string(name)
            + ":"
            + (value.isPresent()
                ? BigDecimal.valueOf(value.getAsDouble())
                    .setScale(4, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros()
                    .toPlainString()
                : "null"));
    return this;
  }

  Json put(String name, boolean value) {
    fields.add(string(name) + ":" + value);
    return this;
  }

  Json put(String name, Collection<String> values) {
    StringJoiner array = new StringJoiner(",", "[", "]");
    values.forEach(v -> array.add(string(v)));
    fields.add(string(name) + ":" + array);
    return this;
  }

  /** Inserts an array of values that are already JSON. */
  Json putRaw(String name, Collection<String> jsonValues) {
    return putRaw(name, "[" + String.join(",", jsonValues) + "]");
  }

  /** Inserts a value that is already JSON. */
  Json putRaw(String name, String json) {
    fields.add(string(name) + ":" + json);
    return this;
  }

  @Override
  public String toString() {
    return fields.toString();
  }

  static String breakRecord(BreakRecord b) {
    return object()
        .put("type", b.type().id())
        .put("outcome", b.outcome().id())
        .put("exercise", b.exerciseId())
        .put("started_at", b.startedAt().toString())
        .put("ended_at", b.endedAt().toString())
        .toString();
  }

  static String knotReport(KnotReport r) {
    return object()
        .put("id", r.id())
        .put("day", r.day().toString())
        .put("area", r.area().id())
        .put("side", r.side().id())
        .put("severity", r.severity())
        .put("causes", r.causes().stream().sorted().map(Cause::id).toList())
        .put("note", r.note())
        .put("created_at", r.createdAt().toString())
        .toString();
  }

  static String checkIn(CheckIn c) {
    return object()
        .put("day", c.day().toString())
        .put("had_knot", c.hadKnot())
        .put("recorded_at", c.recordedAt().toString())
        .toString();
  }

  static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
