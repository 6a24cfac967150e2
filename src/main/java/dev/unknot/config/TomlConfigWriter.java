package dev.unknot.config;

import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tomlj.Toml;

/** Writes an effective config as TOML that reads back to the same config. */
public final class TomlConfigWriter {

  private TomlConfigWriter() {}

  public static String write(UnknotConfig c, Set<String> builtInIds) {
    StringBuilder out = new StringBuilder();
    out.append("[activity]\n")
        .append(kv("idle_threshold", quote(Durations.format(c.engine().idleThreshold()))));
    for (BreakType type : BreakType.values()) {
      BreakSettings b = c.engine().of(type);
      out.append("\n[breaks.")
          .append(type.id())
          .append("]\n")
          .append(kv("enabled", String.valueOf(b.enabled())))
          .append(kv("interval", quote(Durations.format(b.interval()))))
          .append(kv("duration", quote(Durations.format(b.duration()))))
          .append(kv("postpone", quote(Durations.format(b.postpone()))))
          .append(kv("max_postpones", String.valueOf(b.maxPostpones())));
    }
    out.append("\n[knots]\n")
        .append(kv("checkin", String.valueOf(c.checkIn().enabled())))
        .append(kv("checkin_time", quote(c.checkIn().time().toString())));
    out.append("\n[exercises]\n");
    for (BreakType type : BreakType.values()) {
      out.append(
          kv(
              type.id(),
              list(
                  c.exercises().stream()
                      .filter(e -> e.kind() == type)
                      .map(Exercise::id)
                      .toList())));
    }
    for (Exercise e : c.exercises()) {
      if (builtInIds.contains(e.id())) {
        continue;
      }
      out.append("\n[[exercises.custom]]\n")
          .append(kv("id", quote(e.id())))
          .append(kv("title", quote(e.title())))
          .append(kv("steps", list(e.steps())))
          .append(kv("hold", quote(e.hold())))
          .append(kv("targets", list(e.targets().stream().sorted().toList())))
          .append(kv("kind", quote(e.kind().id())));
    }
    out.append("\n[summary]\n")
        .append(kv("day", quote(c.summary().day().name().toLowerCase(Locale.ROOT))))
        .append(kv("time", quote(c.summary().time().toString())))
        .append(kv("notify", String.valueOf(c.summary().notifications())));
    out.append("\n[privacy]\n")
        .append(kv("record_activity_counts", String.valueOf(c.recordActivityCounts())));
    return out.toString();
  }

  private static String kv(String key, String value) {
    return key + " = " + value + "\n";
  }

  private static String quote(String text) {
    return "\"" + Toml.tomlEscape(text) + "\"";
  }

  private static String list(List<String> values) {
    return values.stream().map(TomlConfigWriter::quote).collect(Collectors.joining(", ", "[", "]"));
  }
}
