package dev.unknot.config;

import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every config key Unknot knows, in one place, with where its value sits in {@link UnknotConfig}
 * (so `unknot config show` cannot leave one out). Their documentation is the shipped config.toml.
 */
final class ConfigSchema {

  enum Kind {
    BOOLEAN,
    INTEGER,
    DURATION,
    TIME_OF_DAY,
    DAY_OF_WEEK,
    FACTOR,
    NAMES,
    EXERCISE_IDS,
    CUSTOM_EXERCISES,
    THEME,
    REST_STYLE,
    LANGUAGE;

    /** What a value of this kind looks like, in words: "true or false". */
    String expected() {
      return switch (this) {
        case BOOLEAN -> Messages.get("config.expected.boolean");
        case INTEGER -> Messages.get("config.expected.integer");
        case DURATION -> Durations.expectedForm();
        case TIME_OF_DAY -> Messages.get("config.expected.time.of.day", "17:30");
        case DAY_OF_WEEK -> Messages.get("config.expected.day.of.week", "friday");
        case FACTOR -> Messages.get("config.expected.factor", "0.5", "1.0", "0.75");
        case NAMES -> Messages.get("config.expected.names", "[\"zoom\", \"teams\"]");
        case EXERCISE_IDS ->
            Messages.get("config.expected.exercise.ids", "[\"chin-tuck\", \"chest-stretch\"]");
        case CUSTOM_EXERCISES ->
            Messages.get("config.expected.custom.exercises", "exercises.custom");
        case THEME -> Messages.get("config.expected.choice.three", "system", "light", "dark");
        case REST_STYLE -> Messages.get("config.expected.choice.two", "card", "dim");
        case LANGUAGE ->
            Messages.get(
                "config.expected.choice.many",
                "\"system\", \"en\", \"de\", \"fr\", \"es\", \"pt-BR\"",
                "it");
      };
    }
  }

  static final String IDLE_THRESHOLD = "activity.idle_threshold";

  static final String HEADS_UP = "breaks.heads_up";
  static final String START_ON_PAUSE = "breaks.start_on_pause";
  static final String MAX_WAIT = "breaks.max_wait";

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
  static final String QUIET_CAMERA = "quiet.camera";
  static final String QUIET_MICROPHONE = "quiet.microphone";
  static final String QUIET_DO_NOT_DISTURB = "quiet.do_not_disturb";
  static final String QUIET_IDLE_INHIBITORS = "quiet.idle_inhibitors";
  static final String QUIET_MAX_HOLD = "quiet.max_hold";

  static final String EXERCISES_MICRO = "exercises.micro";
  static final String EXERCISES_REST = "exercises.rest";
  static final String EXERCISES_CUSTOM = "exercises.custom";
  static final String SUMMARY_DAY = "summary.day";
  static final String SUMMARY_TIME = "summary.time";
  static final String SUMMARY_NOTIFY = "summary.notify";
  static final String RECORD_ACTIVITY_COUNTS = "privacy.record_activity_counts";
  static final String REST_STYLE = "breaks.rest.style";
  static final String SOUND = "breaks.sound";
  static final String THEME = "ui.theme";
  static final String LANGUAGE = "ui.language";

  /**
   * A key, and its value in an effective config: a Boolean, Integer, Double, Duration, LocalTime,
   * DayOfWeek, a list of names, or a list of exercises.
   */
  record Key(String name, Kind kind, Function<UnknotConfig, Object> value) {
    String table() {
      return name.substring(0, name.lastIndexOf('.'));
    }

    String leaf() {
      return name.substring(name.lastIndexOf('.') + 1);
    }
  }

  /** The keys of one [[exercises.custom]] table, with their values in an exercise. */
  static final Map<String, Function<Exercise, Object>> CUSTOM_EXERCISE_FIELDS = customFields();

  static final Set<String> CUSTOM_EXERCISE_KEYS = CUSTOM_EXERCISE_FIELDS.keySet();

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
          "privacy",
          "ui");

  /** Every key, table by table in the order of the shipped config.toml. */
  static final List<Key> ORDERED = keys();

  static final Map<String, Kind> KEYS = kinds(ORDERED);

  private ConfigSchema() {}

  static String breakKey(String type, String key) {
    return "breaks." + type + "." + key;
  }

  private static List<Key> keys() {
    List<Key> keys = new ArrayList<>();
    keys.add(new Key(IDLE_THRESHOLD, Kind.DURATION, c -> c.engine().idleThreshold()));
    keys.add(new Key(HEADS_UP, Kind.DURATION, c -> c.engine().headsUp()));
    keys.add(new Key(START_ON_PAUSE, Kind.DURATION, c -> c.engine().startOnPause()));
    keys.add(new Key(MAX_WAIT, Kind.DURATION, c -> c.engine().maxWait()));
    keys.add(new Key(SOUND, Kind.BOOLEAN, c -> c.ui().sound()));
    for (BreakType type : BreakType.values()) {
      Function<UnknotConfig, BreakSettings> of = c -> c.engine().of(type);
      String name = type.id();
      keys.add(new Key(breakKey(name, "enabled"), Kind.BOOLEAN, of.andThen(b -> b.enabled())));
      keys.add(new Key(breakKey(name, "interval"), Kind.DURATION, of.andThen(b -> b.interval())));
      keys.add(new Key(breakKey(name, "duration"), Kind.DURATION, of.andThen(b -> b.duration())));
      keys.add(new Key(breakKey(name, "postpone"), Kind.DURATION, of.andThen(b -> b.postpone())));
      keys.add(
          new Key(
              breakKey(name, "max_postpones"), Kind.INTEGER, of.andThen(b -> b.maxPostpones())));
      keys.add(
          new Key(
              breakKey(name, "postpone_cost"), Kind.INTEGER, of.andThen(b -> b.postponeCost())));
      keys.add(
          new Key(breakKey(name, "skips_per_day"), Kind.INTEGER, of.andThen(b -> b.skipsPerDay())));
    }
    keys.add(new Key(REST_STYLE, Kind.REST_STYLE, c -> c.ui().restStyle().id()));
    keys.add(new Key(DAILY_LIMIT_ENABLED, Kind.BOOLEAN, c -> c.dailyLimit().enabled()));
    keys.add(new Key(DAILY_LIMIT, Kind.DURATION, c -> c.dailyLimit().limit()));
    keys.add(new Key(CHECKIN, Kind.BOOLEAN, c -> c.checkIn().enabled()));
    keys.add(new Key(CHECKIN_TIME, Kind.TIME_OF_DAY, c -> c.checkIn().time()));
    keys.add(new Key(TIGHTEN_BREAKS, Kind.BOOLEAN, c -> c.focus().tightenBreaks()));
    keys.add(new Key(TIGHTEN_FACTOR, Kind.FACTOR, c -> c.focus().tightenFactor()));
    keys.add(new Key(MASSAGE_REMINDERS, Kind.INTEGER, c -> c.focus().massageReminders()));
    keys.add(new Key(FOCUS_ON_KNOTS, Kind.BOOLEAN, c -> c.focus().onKnots()));
    keys.add(new Key(EXERCISES_MICRO, Kind.EXERCISE_IDS, c -> ofKind(c, BreakType.MICRO)));
    keys.add(new Key(EXERCISES_REST, Kind.EXERCISE_IDS, c -> ofKind(c, BreakType.REST)));
    // All of them: which are custom depends on the catalog, which the writer is given.
    keys.add(new Key(EXERCISES_CUSTOM, Kind.CUSTOM_EXERCISES, UnknotConfig::exercises));
    keys.add(new Key(MOUSE_SWITCH_NUDGE, Kind.BOOLEAN, c -> c.focus().mouseNudge()));
    keys.add(new Key(QUIET_FULLSCREEN, Kind.BOOLEAN, c -> c.quiet().fullscreen()));
    keys.add(new Key(QUIET_APPS, Kind.NAMES, c -> c.quiet().apps()));
    keys.add(new Key(QUIET_CAMERA, Kind.BOOLEAN, c -> c.quiet().camera()));
    keys.add(new Key(QUIET_MICROPHONE, Kind.BOOLEAN, c -> c.quiet().microphone()));
    keys.add(new Key(QUIET_DO_NOT_DISTURB, Kind.BOOLEAN, c -> c.quiet().doNotDisturb()));
    keys.add(new Key(QUIET_IDLE_INHIBITORS, Kind.BOOLEAN, c -> c.quiet().idleInhibitors()));
    keys.add(new Key(QUIET_MAX_HOLD, Kind.DURATION, c -> c.quiet().maxHold()));
    keys.add(new Key(SUMMARY_NOTIFY, Kind.BOOLEAN, c -> c.summary().notifications()));
    keys.add(new Key(SUMMARY_DAY, Kind.DAY_OF_WEEK, c -> c.summary().day()));
    keys.add(new Key(SUMMARY_TIME, Kind.TIME_OF_DAY, c -> c.summary().time()));
    keys.add(new Key(RECORD_ACTIVITY_COUNTS, Kind.BOOLEAN, UnknotConfig::recordActivityCounts));
    keys.add(new Key(THEME, Kind.THEME, c -> c.ui().theme().id()));
    keys.add(new Key(LANGUAGE, Kind.LANGUAGE, c -> c.ui().language().id()));
    return List.copyOf(keys);
  }

  private static List<Exercise> ofKind(UnknotConfig config, BreakType kind) {
    return config.exercises().stream().filter(e -> e.kind() == kind).toList();
  }

  private static Map<String, Kind> kinds(List<Key> keys) {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    keys.forEach(k -> kinds.put(k.name(), k.kind()));
    return Collections.unmodifiableMap(kinds);
  }

  private static Map<String, Function<Exercise, Object>> customFields() {
    Map<String, Function<Exercise, Object>> fields = new LinkedHashMap<>();
    fields.put("id", Exercise::id);
    fields.put("title", Exercise::title);
    fields.put("steps", Exercise::steps);
    fields.put("hold", Exercise::hold);
    fields.put("targets", e -> e.targets().stream().sorted().toList());
    fields.put("kind", e -> e.kind().id());
    // Optional: a value of null is left out when the config is written.
    fields.put("hold_seconds", Exercise::holdSeconds);
    fields.put("repetitions", Exercise::repetitions);
    fields.put("each_side", Exercise::eachSide);
    fields.put("image", e -> e.image().map(Path::toString).orElse(null));
    return Collections.unmodifiableMap(fields);
  }
}
