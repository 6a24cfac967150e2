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
    TIME_OF_DAY("a time of day like \"17:30\""),
    DAY_OF_WEEK("a day of the week like \"friday\""),
    FACTOR("a number from 0.5 to 1.0, like 0.75"),
    NAMES("a list of names like [\"zoom\", \"teams\"]"),
    EXERCISE_IDS("a list of exercise ids like [\"chin-tuck\", \"chest-stretch\"]"),
    CUSTOM_EXERCISES("a list of [[exercises.custom]] tables");

    final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  static final String IDLE_THRESHOLD = "activity.idle_threshold";

  static final String CHECKIN = "knots.checkin";
  static final String CHECKIN_TIME = "knots.checkin_time";
  static final String TIGHTEN_BREAKS = "knots.tighten_breaks";
  static final String TIGHTEN_FACTOR = "knots.tighten_factor";
  static final String MASSAGE_REMINDERS = "knots.massage_reminders";
  static final String FOCUS_ON_KNOTS = "exercises.focus_on_knots";
  static final String MOUSE_SWITCH_NUDGE = "mouse.switch_nudge";
  static final String DAILY_LIMIT_ENABLED = "breaks.daily_limit.enabled";
  static final String DAILY_LIMIT = "breaks.daily_limit.limit";
  static final String QUIET_FULLSCREEN = "quiet.fullscreen";
  static final String QUIET_APPS = "quiet.apps";

  static final String EXERCISES_MICRO = "exercises.micro";
  static final String EXERCISES_REST = "exercises.rest";
  static final String EXERCISES_CUSTOM = "exercises.custom";
  static final String SUMMARY_DAY = "summary.day";
  static final String SUMMARY_TIME = "summary.time";
  static final String SUMMARY_NOTIFY = "summary.notify";
  static final String RECORD_ACTIVITY_COUNTS = "privacy.record_activity_counts";

  /** The keys of one [[exercises.custom]] table. */
  static final Set<String> CUSTOM_EXERCISE_KEYS =
      Set.of("id", "title", "steps", "hold", "targets", "kind");

  static final Set<String> TABLES =
      Set.of(
          "activity",
          "breaks",
          "breaks.micro",
          "breaks.rest",
          "breaks.daily_limit",
          "knots",
          "exercises",
          "mouse",
          "quiet",
          "summary",
          "privacy");

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
    keys.put(DAILY_LIMIT_ENABLED, Kind.BOOLEAN);
    keys.put(DAILY_LIMIT, Kind.DURATION);
    keys.put(CHECKIN, Kind.BOOLEAN);
    keys.put(CHECKIN_TIME, Kind.TIME_OF_DAY);
    keys.put(TIGHTEN_BREAKS, Kind.BOOLEAN);
    keys.put(TIGHTEN_FACTOR, Kind.FACTOR);
    keys.put(MASSAGE_REMINDERS, Kind.INTEGER);
    keys.put(FOCUS_ON_KNOTS, Kind.BOOLEAN);
    keys.put(EXERCISES_MICRO, Kind.EXERCISE_IDS);
    keys.put(EXERCISES_REST, Kind.EXERCISE_IDS);
    keys.put(EXERCISES_CUSTOM, Kind.CUSTOM_EXERCISES);
    keys.put(MOUSE_SWITCH_NUDGE, Kind.BOOLEAN);
    keys.put(QUIET_FULLSCREEN, Kind.BOOLEAN);
    keys.put(QUIET_APPS, Kind.NAMES);
    keys.put(SUMMARY_DAY, Kind.DAY_OF_WEEK);
    keys.put(SUMMARY_TIME, Kind.TIME_OF_DAY);
    keys.put(SUMMARY_NOTIFY, Kind.BOOLEAN);
    keys.put(RECORD_ACTIVITY_COUNTS, Kind.BOOLEAN);
    return Map.copyOf(keys);
  }
}
