package dev.unknot.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every config key Unknot knows, in one place. Their documentation is the shipped config.toml. */
final class ConfigSchema {

  enum Kind {
    BOOLEAN("true or false"),
    INTEGER("a whole number"),
    DURATION(Durations.EXPECTED_FORM);

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  static final String IDLE_THRESHOLD = "activity.idle_threshold";

  static final Set<String> TABLES = Set.of("activity", "breaks", "breaks.micro", "breaks.rest");

  static final Map<String, Kind> KEYS = keys();

  private ConfigSchema() {}

  static String breakKey(String type, String key) {
    return "breaks." + type + "." + key;
  }

  private static Map<String, Kind> keys() {
    Map<String, Kind> keys = new LinkedHashMap<>();
    keys.put(IDLE_THRESHOLD, Kind.DURATION);
    for (String type : new String[] {"micro", "rest"}) {
      keys.put(breakKey(type, "enabled"), Kind.BOOLEAN);
      keys.put(breakKey(type, "interval"), Kind.DURATION);
      keys.put(breakKey(type, "duration"), Kind.DURATION);
      keys.put(breakKey(type, "postpone"), Kind.DURATION);
      keys.put(breakKey(type, "max_postpones"), Kind.INTEGER);
    }
    return Map.copyOf(keys);
  }
}
