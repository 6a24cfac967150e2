package dev.unknot.config;

import dev.unknot.config.ConfigSchema.Key;
import dev.unknot.core.Exercise;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tomlj.Toml;

/**
 * Writes an effective config as TOML that reads back to the same config. It walks {@link
 * ConfigSchema}, so every key the loader knows is written.
 */
public final class TomlConfigWriter {

  private TomlConfigWriter() {}

  /**
   * @param builtInIds the shipped exercises, which are listed by id; the others get an
   *     [[exercises.custom]] table
   */
  public static String write(UnknotConfig c, Set<String> builtInIds) {
    StringBuilder out = new StringBuilder();
    List<Exercise> custom = new ArrayList<>();
    String table = null;
    for (Key key : ConfigSchema.ORDERED) {
      Object value = key.value().apply(c);
      if (key.kind() == ConfigSchema.Kind.CUSTOM_EXERCISES) {
        // Written last: every key after an [[exercises.custom]] header would belong to it.
        exercises(value).stream().filter(e -> !builtInIds.contains(e.id())).forEach(custom::add);
        continue;
      }
      if (!key.table().equals(table)) {
        table = key.table();
        out.append(out.length() == 0 ? "" : "\n").append('[').append(table).append("]\n");
      }
      out.append(kv(key.leaf(), toml(key.kind(), value)));
    }
    for (Exercise e : custom) {
      out.append("\n[[").append(ConfigSchema.EXERCISES_CUSTOM).append("]]\n");
      for (Map.Entry<String, Function<Exercise, Object>> field :
          ConfigSchema.CUSTOM_EXERCISE_FIELDS.entrySet()) {
        Object value = field.getValue().apply(e);
        if (value != null) {
          out.append(kv(field.getKey(), toml(value)));
        }
      }
    }
    return out.toString();
  }

  private static String toml(ConfigSchema.Kind kind, Object value) {
    if (kind == ConfigSchema.Kind.EXERCISE_IDS) {
      return list(exercises(value).stream().map(Exercise::id).toList());
    }
    return toml(value);
  }

  private static String toml(Object value) {
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return String.valueOf(value);
    }
    if (value instanceof Double d) {
      return d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : d.toString();
    }
    if (value instanceof Duration d) {
      return quote(Durations.format(d));
    }
    if (value instanceof LocalTime t) {
      return quote(t.toString());
    }
    if (value instanceof DayOfWeek day) {
      return quote(day.name().toLowerCase(Locale.ROOT));
    }
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list(list.stream().map(String.class::cast).toList());
    }
    // not translated: a bug, for the developer
    throw new IllegalArgumentException("no TOML form for " + value);
  }

  @SuppressWarnings("unchecked")
  private static List<Exercise> exercises(Object value) {
    return (List<Exercise>) value;
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
