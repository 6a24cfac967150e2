package dev.unknot.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every config key Unknot knows, in one place. Their documentation is the shipped config.toml. */
final class ConfigSchema {

  enum Kind {
    BOOLEAN("true or false"),
    INTEGER("a whole number"),
    DURATION(Durations.EXPECTED_FORM),
    TIME_OF_DAY("a time of day like \"17:30\"");

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  static final String IDLE_THRESHOLD = "activity.idle_threshold";

  static final String CHECKIN = "knots.checkin";
  static final String CHECKIN_TIME = "knots.checkin_time";

  static final Set<String> TABLES =
      Set.of("activity", "breaks", "breaks.micro", "breaks.rest", "knots");

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
    keys.put(CHECKIN, Kind.BOOLEAN);
    keys.put(CHECKIN_TIME, Kind.TIME_OF_DAY);
    return Map.copyOf(keys);
  }
}
