package dev.unknot.config;

import dev.unknot.config.ConfigSchema.Kind;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.BreakType;
import dev.unknot.core.CheckInSettings;
import dev.unknot.core.DailyLimit;
import dev.unknot.core.EngineSettings;
import dev.unknot.core.Exercise;
import dev.unknot.core.KnotArea;
import dev.unknot.core.MassageReminders;
import dev.unknot.core.i18n.Messages;
import dev.unknot.exercise.ExerciseDrawing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads config.toml. Keys the user leaves out take their value from the shipped config.toml, which
 * is the one source of the defaults. Every problem is reported at once, with its place.
 */
public final class TomlConfigLoader {

  static final String DEFAULTS_RESOURCE = "/dev/unknot/config/config.toml";
  private static final Duration SHORTEST_BREAK = Duration.ofSeconds(5);
  private static final Duration SHORTEST_IDLE_THRESHOLD = Duration.ofSeconds(1);
  private static final Duration SHORTEST_MAX_HOLD = Duration.ofMinutes(1);
  private static final int MOST_POSTPONES = 10;
  private static final int MOST_SKIPS_PER_DAY = 100;

  private final TomlTable defaults;
  private final Map<String, Exercise> catalog = new LinkedHashMap<>();

  /**
   * @param catalog the built-in exercises the config may name
   */
  public TomlConfigLoader(List<Exercise> catalog) {
    catalog.forEach(e -> this.catalog.put(e.id(), e));
    String text = defaultsText();
    TomlParseResult parsed = Toml.parse(text);
    if (parsed.hasErrors()) {
      // not translated: a broken build, for the developer
      throw new IllegalStateException("the shipped config.toml is broken: " + parsed.errors());
    }
    this.defaults = parsed;
  }

  /** The commented default file, as shipped. */
  public static String defaultsText() {
    try (InputStream in = TomlConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        // not translated: a broken build, for the developer
        throw new IllegalStateException("config.toml is missing from the Unknot jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // not translated: a broken build, for the developer
      throw new IllegalStateException("cannot read the shipped config.toml", e);
    }
  }

  public UnknotConfig defaults() {
    try {
      return parse(defaultsText(), DEFAULTS_RESOURCE);
    } catch (ConfigException e) {
      // not translated: a broken build, for the developer
      throw new IllegalStateException("the shipped config.toml is invalid:\n" + e.getMessage(), e);
    }
  }

  public UnknotConfig load(Path file) throws ConfigException {
    return parse(ConfigFile.read(file), file.toString());
  }

  UnknotConfig parse(String text, String name) throws ConfigException {
    text = ConfigFile.withoutByteOrderMark(text);
    ConfigFile.checkNesting(text, name);
    TomlParseResult user;
    try {
      user = Toml.parse(text);
    } catch (StackOverflowError e) {
      // checkNesting should have refused it first; this keeps a thread that reloads alive.
      throw new ConfigException(
          List.of(name + ":1:1: " + Messages.get("config.error.nested.too.deeply")));
    }
    Reader reader = new Reader(user, name);
    for (TomlParseError error : user.errors()) {
      reader.problem(error.position(), error.getMessage());
    }
    if (user.hasErrors()) {
      reader.throwIfAny();
    }
    reader.checkKeys(user, List.of());
    Duration idle = reader.duration(ConfigSchema.IDLE_THRESHOLD);
    if (idle != null && idle.compareTo(SHORTEST_IDLE_THRESHOLD) < 0) {
      // Zero would make every moment idle; EngineSettings refuses it.
      reader.problem(
          ConfigSchema.IDLE_THRESHOLD,
          Messages.get(
              "config.error.at.least",
              "idle_threshold",
              Durations.format(SHORTEST_IDLE_THRESHOLD)));
    }
    BreakSettings micro = reader.breakSettings("micro");
    BreakSettings rest = reader.breakSettings("rest");
    Duration headsUp = reader.duration(ConfigSchema.HEADS_UP);
    Duration startOnPause = reader.duration(ConfigSchema.START_ON_PAUSE);
    Duration maxWait = reader.duration(ConfigSchema.MAX_WAIT);
    Boolean checkIn = reader.value(ConfigSchema.CHECKIN, Boolean.class);
    LocalTime checkInTime = reader.timeOfDay(ConfigSchema.CHECKIN_TIME);
    List<Exercise> custom = reader.customExercises();
    // Checked for every custom exercise whose holds could be read, even one with other problems,
    // so `config check` lists them all at once.
    for (Holds h : reader.holds) {
      BreakSettings of = h.kind() == BreakType.MICRO ? micro : rest;
      if (of != null && h.total().compareTo(of.duration()) > 0) {
        reader.problem(h.at(), doesNotFit(h, of.duration()));
      }
    }
    Map<String, Exercise> known = new LinkedHashMap<>(catalog);
    custom.forEach(e -> known.putIfAbsent(e.id(), e));
    // Kind by kind, each list's custom exercises after it: one order however the file is written,
    // so `config show` reads back equal.
    List<Exercise> exercises = new ArrayList<>();
    for (BreakType kind : BreakType.values()) {
      String key =
          kind == BreakType.MICRO ? ConfigSchema.EXERCISES_MICRO : ConfigSchema.EXERCISES_REST;
      exercises.addAll(reader.exerciseIds(key, kind, known));
      custom.stream()
          .filter(e -> e.kind() == kind && !exercises.contains(e))
          .forEach(exercises::add);
    }
    DayOfWeek summaryDay = reader.dayOfWeek(ConfigSchema.SUMMARY_DAY);
    LocalTime summaryTime = reader.timeOfDay(ConfigSchema.SUMMARY_TIME);
    Boolean summaryNotify = reader.value(ConfigSchema.SUMMARY_NOTIFY, Boolean.class);
    Boolean counts = reader.value(ConfigSchema.RECORD_ACTIVITY_COUNTS, Boolean.class);
    Boolean focusOnKnots = reader.value(ConfigSchema.FOCUS_ON_KNOTS, Boolean.class);
    Boolean tighten = reader.value(ConfigSchema.TIGHTEN_BREAKS, Boolean.class);
    Double factor = reader.factor(ConfigSchema.TIGHTEN_FACTOR);
    Boolean mouseNudge = reader.value(ConfigSchema.MOUSE_SWITCH_NUDGE, Boolean.class);
    Long massages = reader.value(ConfigSchema.MASSAGE_REMINDERS, Long.class);
    if (massages != null && (massages < 0 || massages > MassageReminders.MOST_PER_DAY)) {
      reader.problem(
          ConfigSchema.MASSAGE_REMINDERS,
          Messages.get(
              "config.error.massage.reminders",
              "massage_reminders",
              String.valueOf(MassageReminders.MOST_PER_DAY),
              String.valueOf(massages)));
    }
    Boolean dailyLimitOn = reader.value(ConfigSchema.DAILY_LIMIT_ENABLED, Boolean.class);
    Duration dailyLimit = reader.duration(ConfigSchema.DAILY_LIMIT);
    if (dailyLimit != null && dailyLimit.compareTo(Duration.ofHours(1)) < 0) {
      reader.problem(ConfigSchema.DAILY_LIMIT, Messages.get("config.error.daily.limit", "1h"));
    }
    Boolean quietFullscreen = reader.value(ConfigSchema.QUIET_FULLSCREEN, Boolean.class);
    List<String> quietApps = reader.names(ConfigSchema.QUIET_APPS);
    Boolean camera = reader.value(ConfigSchema.QUIET_CAMERA, Boolean.class);
    Boolean microphone = reader.value(ConfigSchema.QUIET_MICROPHONE, Boolean.class);
    Boolean doNotDisturb = reader.value(ConfigSchema.QUIET_DO_NOT_DISTURB, Boolean.class);
    Boolean idleInhibitors = reader.value(ConfigSchema.QUIET_IDLE_INHIBITORS, Boolean.class);
    Duration maxHold = reader.duration(ConfigSchema.QUIET_MAX_HOLD);
    if (maxHold != null && maxHold.compareTo(SHORTEST_MAX_HOLD) < 0) {
      reader.problem(
          ConfigSchema.QUIET_MAX_HOLD,
          Messages.get("config.error.at.least", "max_hold", Durations.format(SHORTEST_MAX_HOLD)));
    }
    UnknotConfig.Theme theme =
        reader.choice(ConfigSchema.THEME, UnknotConfig.Theme.values(), UnknotConfig.Theme::id);
    UnknotConfig.RestStyle restStyle =
        reader.choice(
            ConfigSchema.REST_STYLE, UnknotConfig.RestStyle.values(), UnknotConfig.RestStyle::id);
    Boolean sound = reader.value(ConfigSchema.SOUND, Boolean.class);
    UnknotConfig.Language language =
        reader.choice(
            ConfigSchema.LANGUAGE, UnknotConfig.Language.values(), UnknotConfig.Language::id);
    reader.throwIfAny();
    if (micro != null && idle.compareTo(micro.duration()) > 0) {
      reader.problem(
          reader.written(ConfigSchema.IDLE_THRESHOLD, ConfigSchema.breakKey("micro", "duration")),
          Messages.get(
              "config.error.idle.longer.than.micro",
              "idle_threshold",
              Durations.format(idle),
              Durations.format(micro.duration())));
    }
    if (startOnPause != null && maxWait != null && maxWait.compareTo(startOnPause) < 0) {
      reader.problem(
          reader.written(ConfigSchema.MAX_WAIT, ConfigSchema.START_ON_PAUSE),
          Messages.get(
              "config.error.not.shorter.than",
              "max_wait",
              Durations.format(maxWait),
              "start_on_pause",
              Durations.format(startOnPause)));
    }
    if (headsUp != null && reader.wrote(ConfigSchema.HEADS_UP) && !headsUp.isZero()) {
      // A default heads-up longer than a short interval just stays off for that break type.
      for (BreakSettings type : new BreakSettings[] {micro, rest}) {
        if (type.enabled() && headsUp.compareTo(type.interval()) >= 0) {
          reader.problem(
              ConfigSchema.HEADS_UP,
              Messages.get(
                  "config.error.heads.up",
                  "heads_up",
                  Durations.format(headsUp),
                  Durations.format(type.interval()),
                  "0s"));
          break;
        }
      }
    }
    reader.throwIfAny();
    try {
      return new UnknotConfig(
          new EngineSettings(idle, micro, rest, headsUp, startOnPause, maxWait),
          new CheckInSettings(checkIn, checkInTime),
          List.copyOf(exercises),
          new UnknotConfig.Summary(summaryDay, summaryTime, summaryNotify),
          counts,
          new UnknotConfig.Focus(focusOnKnots, tighten, factor, mouseNudge, massages.intValue()),
          new UnknotConfig.Quiet(
              quietFullscreen,
              quietApps,
              camera,
              microphone,
              doNotDisturb,
              idleInhibitors,
              maxHold),
          new DailyLimit(dailyLimitOn, dailyLimit),
          new UnknotConfig.Ui(theme, restStyle, sound, language));
    } catch (IllegalArgumentException e) {
      // A value the checks above missed: still one line about the file, not a stack trace.
      throw new ConfigException(List.of(name + ": " + e.getMessage()));
    }
  }

  /** A custom exercise's holds, where they are written. */
  private record Holds(
      String id,
      BreakType kind,
      long seconds,
      long repetitions,
      boolean eachSide,
      TomlPosition at) {
    Duration total() {
      return Duration.ofSeconds(seconds * repetitions * (eachSide ? 2 : 1));
    }
  }

  private static String doesNotFit(Holds h, Duration breakDuration) {
    return Messages.get(
        h.kind() == BreakType.MICRO ? "config.error.holds.micro" : "config.error.holds.rest",
        h.id(),
        Durations.format(h.total()),
        String.valueOf(h.seconds()),
        String.valueOf(h.repetitions()),
        h.eachSide() ? 1 : 0,
        Durations.format(breakDuration),
        ConfigSchema.breakKey(h.kind().id(), "duration"));
  }

  /** Reads values with their places, collecting problems instead of stopping at the first. */
  private final class Reader {
    private final TomlParseResult user;
    private final String name;
    private final List<Problem> problems = new ArrayList<>();

    /** Every custom exercise's holds, to check against its break once both are read. */
    final List<Holds> holds = new ArrayList<>();

    Reader(TomlParseResult user, String name) {
      this.user = user;
      this.name = name;
    }

    /** A custom exercise's image path is relative to the config file's folder. */
    private Path resolve(String image) {
      Path path = Path.of(image);
      if (path.isAbsolute()) {
        return path;
      }
      Path folder = Path.of(name).toAbsolutePath().getParent();
      return folder == null ? path.toAbsolutePath() : folder.resolve(path);
    }

    void checkKeys(TomlTable table, List<String> path) {
      for (String key : table.keySet()) {
        List<String> keyPath = new ArrayList<>(path);
        keyPath.add(key);
        // Quoted where needed, so a key such as "breaks.micro" is not taken for the table.
        String dotted = Toml.joinKeyPath(keyPath);
        Object value = table.get(List.of(key));
        if (dotted.equals(ConfigSchema.EXERCISES_CUSTOM)) {
          continue; // checked entry by entry in customExercises()
        }
        if (ConfigSchema.TABLES.contains(dotted) && value instanceof TomlTable child) {
          checkKeys(child, keyPath);
        } else if (ConfigSchema.TABLES.contains(dotted)) {
          problem(user.inputPositionOf(keyPath), Messages.get("config.error.not.a.table", dotted));
        } else if (!ConfigSchema.KEYS.containsKey(dotted)) {
          // By path: looking a key up by its dotted text would parse it, and user keys may not
          // parse.
          problem(
              user.inputPositionOf(keyPath),
              Messages.get("config.error.unknown.key", dotted, suggestion(path, key)));
        }
      }
    }

    private String closest(String word, Set<String> candidates) {
      return candidates.stream()
          .filter(c -> editDistance(c, word) <= 2)
          .min(Comparator.comparingInt(c -> editDistance(c, word)))
          .map(c -> Messages.get("config.error.did.you.mean", c))
          .orElse("");
    }

    private String suggestion(List<String> path, String key) {
      String prefix = path.isEmpty() ? "" : String.join(".", path) + ".";
      return Stream.concat(ConfigSchema.KEYS.keySet().stream(), ConfigSchema.TABLES.stream())
          .filter(k -> k.startsWith(prefix) && k.indexOf('.', prefix.length()) < 0)
          .map(k -> k.substring(prefix.length()))
          .filter(k -> editDistance(k, key) <= 2)
          .min(Comparator.comparingInt(k -> editDistance(k, key)))
          .map(k -> Messages.get("config.error.did.you.mean", k))
          .orElse("");
    }

    BreakSettings breakSettings(String type) {
      Boolean enabled = value(ConfigSchema.breakKey(type, "enabled"), Boolean.class);
      Duration interval = duration(ConfigSchema.breakKey(type, "interval"));
      Duration duration = duration(ConfigSchema.breakKey(type, "duration"));
      Duration postpone = duration(ConfigSchema.breakKey(type, "postpone"));
      Long maxPostpones = value(ConfigSchema.breakKey(type, "max_postpones"), Long.class);
      Long cost = value(ConfigSchema.breakKey(type, "postpone_cost"), Long.class);
      Long skips = value(ConfigSchema.breakKey(type, "skips_per_day"), Long.class);
      if (cost == null || cost < 0 || cost > BreakSettings.MOST_EXTRA_PERCENT) {
        if (cost != null) {
          problem(
              ConfigSchema.breakKey(type, "postpone_cost"),
              Messages.get(
                  "config.error.postpone.cost",
                  "postpone_cost",
                  String.valueOf(BreakSettings.MOST_EXTRA_PERCENT),
                  String.valueOf(cost)));
        }
        cost = null;
      }
      if (skips == null || skips < 0 || skips > MOST_SKIPS_PER_DAY) {
        if (skips != null) {
          problem(
              ConfigSchema.breakKey(type, "skips_per_day"),
              Messages.get(
                  "config.error.from.to",
                  "skips_per_day",
                  "0",
                  String.valueOf(MOST_SKIPS_PER_DAY),
                  String.valueOf(skips)));
        }
        skips = null;
      }
      boolean ok =
          enabled != null
              && interval != null
              && duration != null
              && postpone != null
              && cost != null
              && skips != null;
      if (duration != null && duration.compareTo(SHORTEST_BREAK) < 0) {
        problem(
            ConfigSchema.breakKey(type, "duration"),
            Messages.get("config.error.at.least", "duration", Durations.format(SHORTEST_BREAK)));
        ok = false;
      }
      if (interval != null && duration != null && interval.compareTo(duration) <= 0) {
        problem(
            written(
                ConfigSchema.breakKey(type, "interval"), ConfigSchema.breakKey(type, "duration")),
            Messages.get(
                "config.error.interval.not.longer",
                "interval",
                Durations.format(interval),
                "duration",
                Durations.format(duration)));
        ok = false;
      }
      if (postpone != null && postpone.isZero()) {
        problem(
            ConfigSchema.breakKey(type, "postpone"),
            Messages.get("config.error.at.least", "postpone", "1s"));
        ok = false;
      }
      if (postpone != null && interval != null && postpone.compareTo(interval) > 0) {
        if (user.contains(ConfigSchema.breakKey(type, "postpone"))) {
          problem(
              ConfigSchema.breakKey(type, "postpone"),
              Messages.get(
                  "config.error.postpone.longer",
                  "postpone",
                  Durations.format(postpone),
                  "interval",
                  Durations.format(interval)));
          ok = false;
        } else {
          postpone = interval; // the default suits the default interval; a shorter one caps it
        }
      }
      if (maxPostpones == null || maxPostpones < 0 || maxPostpones > MOST_POSTPONES) {
        if (maxPostpones != null) {
          problem(
              ConfigSchema.breakKey(type, "max_postpones"),
              Messages.get(
                  "config.error.from.to",
                  "max_postpones",
                  "0",
                  String.valueOf(MOST_POSTPONES),
                  String.valueOf(maxPostpones)));
        }
        ok = false;
      }
      return ok
          ? new BreakSettings(
              enabled,
              interval,
              duration,
              postpone,
              maxPostpones.intValue(),
              cost.intValue(),
              skips.intValue())
          : null;
    }

    Duration duration(String key) {
      String text = value(key, String.class);
      if (text == null) {
        return null;
      }
      Optional<Duration> parsed = Durations.setting(text);
      if (parsed.isEmpty()) {
        problem(key, Durations.problem(text));
        return null;
      }
      return parsed.get();
    }

    /** One of a few words, such as "system", "light" or "dark". */
    <T> T choice(String key, T[] choices, java.util.function.Function<T, String> id) {
      String text = value(key, String.class);
      if (text == null) {
        return null;
      }
      for (T choice : choices) {
        if (id.apply(choice).equals(text)) {
          return choice;
        }
      }
      problem(key, mustBe(key, ConfigSchema.KEYS.get(key), text));
      return null;
    }

    DayOfWeek dayOfWeek(String key) {
      String text = value(key, String.class);
      if (text == null) {
        return null;
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().equalsIgnoreCase(text)) {
          return day;
        }
      }
      problem(key, Messages.get("config.error.bad.day", text, "monday", "tuesday", "sunday"));
      return null;
    }

    /** The exercises a list names, each of the right kind; problems name the element's place. */
    List<Exercise> exerciseIds(String key, BreakType kind, Map<String, Exercise> known) {
      TomlArray ids = value(key, TomlArray.class);
      if (ids == null) {
        return List.of();
      }
      TomlTable source = user.contains(key) ? user : defaults;
      List<Exercise> picked = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        TomlPosition at = source == user ? ids.inputPositionOf(i) : user.inputPositionOf(key);
        if (!(ids.get(i) instanceof String id)) {
          problem(at, Messages.get("config.error.exercise.ids.text", key));
          continue;
        }
        Exercise exercise = known.get(id);
        if (exercise == null) {
          problem(
              at, Messages.get("config.error.unknown.exercise", id, closest(id, known.keySet())));
        } else if (exercise.kind() != kind) {
          problem(
              at,
              Messages.get(
                  exercise.kind() == BreakType.MICRO
                      ? "config.error.exercise.is.micro"
                      : "config.error.exercise.is.rest",
                  id,
                  exercise.kind() == BreakType.MICRO
                      ? ConfigSchema.EXERCISES_MICRO
                      : ConfigSchema.EXERCISES_REST));
        } else if (!picked.contains(exercise)) {
          picked.add(exercise);
        }
      }
      if (picked.isEmpty() && ids.isEmpty()) {
        problem(key, Messages.get("config.error.no.exercise", key));
      }
      return picked;
    }

    List<Exercise> customExercises() {
      Object value = user.get(ConfigSchema.EXERCISES_CUSTOM);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof TomlArray tables) || !all(tables, TomlTable.class)) {
        problem(
            ConfigSchema.EXERCISES_CUSTOM,
            Messages.get("config.error.custom.not.tables", ConfigSchema.EXERCISES_CUSTOM));
        return List.of();
      }
      List<Exercise> custom = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < tables.size(); i++) {
        TomlTable t = tables.getTable(i);
        TomlPosition at = tables.inputPositionOf(i);
        Exercise exercise = customExercise(t, at);
        if (exercise == null) {
          continue;
        }
        TomlPosition idAt = t.inputPositionOf("id");
        if (catalog.containsKey(exercise.id())) {
          problem(idAt, Messages.get("config.error.custom.built.in", exercise.id()));
        } else if (!seen.add(exercise.id())) {
          problem(idAt, Messages.get("config.error.custom.duplicate", exercise.id()));
        } else {
          custom.add(exercise);
        }
      }
      return custom;
    }

    private Exercise customExercise(TomlTable t, TomlPosition at) {
      for (String key : t.keySet()) {
        if (!ConfigSchema.CUSTOM_EXERCISE_KEYS.contains(key)) {
          problem(
              t.inputPositionOf(key),
              Messages.get(
                  "config.error.custom.unknown.key",
                  key,
                  ConfigSchema.EXERCISES_CUSTOM,
                  closest(key, ConfigSchema.CUSTOM_EXERCISE_KEYS)));
        }
      }
      String id = text(t, "id", at);
      String title = text(t, "title", at);
      String hold = text(t, "hold", at);
      String kindText = text(t, "kind", at);
      List<String> steps = texts(t, "steps", at);
      List<String> targets = texts(t, "targets", at);
      boolean ok = id != null && title != null && hold != null && kindText != null;
      if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problem(t.inputPositionOf("id"), Messages.get("config.error.custom.id.form", id));
        ok = false;
      }
      BreakType kind = null;
      if (kindText != null) {
        try {
          kind = BreakType.fromId(kindText);
        } catch (IllegalArgumentException e) {
          problem(
              t.inputPositionOf("kind"),
              Messages.get("config.error.custom.kind", "kind", "micro", "rest", kindText));
          ok = false;
        }
      }
      if (steps != null && (steps.size() < 2 || steps.size() > 4)) {
        problem(
            t.inputPositionOf("steps"),
            Messages.get(
                "config.error.custom.steps", "steps", "2", "4", String.valueOf(steps.size())));
        ok = false;
      }
      Set<String> areas = new LinkedHashSet<>();
      if (targets != null) {
        for (String target : targets) {
          try {
            areas.add(KnotArea.fromId(target).id());
          } catch (IllegalArgumentException e) {
            problem(
                t.inputPositionOf("targets"),
                Messages.get(
                    "config.error.custom.targets",
                    "targets",
                    String.join(", ", Stream.of(KnotArea.values()).map(KnotArea::id).toList()),
                    target));
            ok = false;
          }
        }
      }
      Long holdSeconds = whole(t, "hold_seconds", 0, 0, 3600);
      Long repetitions = whole(t, "repetitions", 1, 1, 100);
      Object eachSide = t.get(List.of("each_side"));
      if (eachSide != null && !(eachSide instanceof Boolean)) {
        problem(t.inputPositionOf("each_side"), mustBe("each_side", Kind.BOOLEAN, eachSide));
        ok = false;
      }
      Optional<Path> image = Optional.empty();
      Object imageText = t.get(List.of("image"));
      if (imageText != null) {
        TomlPosition imageAt = t.inputPositionOf("image");
        if (!(imageText instanceof String text) || text.isBlank()) {
          problem(imageAt, Messages.get("config.error.custom.image", "image", describe(imageText)));
          ok = false;
        } else {
          try {
            Path file = resolve(text);
            ExerciseDrawing.load(file);
            image = Optional.of(file);
          } catch (IOException | InvalidPathException e) {
            problem(imageAt, e.getMessage());
            ok = false;
          }
        }
      }
      ok &= holdSeconds != null && repetitions != null;
      if (id != null && kind != null && holdSeconds != null && repetitions != null) {
        TomlPosition holdAt = t.inputPositionOf("hold_seconds");
        holdAt = holdAt != null ? holdAt : t.inputPositionOf("repetitions");
        holds.add(
            new Holds(
                id,
                kind,
                holdSeconds,
                repetitions,
                Boolean.TRUE.equals(eachSide),
                holdAt != null ? holdAt : at));
      }
      return ok && steps != null && targets != null
          ? new Exercise(
              id,
              title,
              steps,
              hold,
              areas,
              kind,
              holdSeconds.intValue(),
              repetitions.intValue(),
              Boolean.TRUE.equals(eachSide),
              image)
          : null;
    }

    /** An optional whole number of a custom exercise, within bounds; null after a problem. */
    private Long whole(TomlTable t, String key, long absent, long least, long most) {
      Object v = t.get(List.of(key));
      if (v == null) {
        return absent;
      }
      if (v instanceof Long n && n >= least && n <= most) {
        return n;
      }
      problem(
          t.inputPositionOf(key),
          Messages.get(
              "config.error.whole.from.to",
              key,
              String.valueOf(least),
              String.valueOf(most),
              describe(v)));
      return null;
    }

    private String text(TomlTable t, String key, TomlPosition tableAt) {
      Object v = t.get(List.of(key));
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
      problem(
          v == null ? tableAt : t.inputPositionOf(key),
          v == null
              ? Messages.get("config.error.custom.needs", ConfigSchema.EXERCISES_CUSTOM, key)
              : Messages.get("config.error.not.text", key, describe(v)));
      return null;
    }

    private List<String> texts(TomlTable t, String key, TomlPosition tableAt) {
      Object v = t.get(List.of(key));
      if (v instanceof TomlArray a && all(a, String.class)) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
          list.add(a.getString(i));
        }
        return list;
      }
      problem(
          v == null ? tableAt : t.inputPositionOf(key),
          v == null
              ? Messages.get("config.error.custom.needs", ConfigSchema.EXERCISES_CUSTOM, key)
              : Messages.get("config.error.not.texts", key, describe(v)));
      return null;
    }

    LocalTime timeOfDay(String key) {
      String text = value(key, String.class);
      if (text == null) {
        return null;
      }
      if (!text.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
        problem(key, Messages.get("config.error.bad.time", text, "HH:MM", "17:30"));
        return null;
      }
      return LocalTime.parse(text);
    }

    /** A list of non-empty names. */
    List<String> names(String key) {
      Object value = user.get(key);
      if (value == null) {
        value = defaults.get(key);
      }
      List<String> names = new ArrayList<>();
      if (value instanceof TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i) instanceof String name && !name.isBlank()) {
            names.add(name.strip());
          } else {
            names = null;
            break;
          }
        }
      } else {
        names = null;
      }
      if (names == null) {
        problem(key, mustBe(key, ConfigSchema.KEYS.get(key), value));
      }
      return names;
    }

    /** A fraction such as 0.75; a whole 1 is accepted too. */
    Double factor(String key) {
      Object value = user.get(key);
      if (value == null) {
        value = defaults.get(key);
      }
      Double number =
          value instanceof Double d ? d : value instanceof Long l ? Double.valueOf(l) : null;
      // Written so that nan is out of range too: every comparison with nan is false.
      if (number == null || !(number >= 0.5 && number <= 1.0)) {
        problem(key, mustBe(key, ConfigSchema.KEYS.get(key), value));
        return null;
      }
      return number;
    }

    <T> T value(String key, Class<T> type) {
      Object value = user.get(key);
      if (value == null) {
        value = defaults.get(key);
      }
      if (!type.isInstance(value)) {
        problem(key, mustBe(key, ConfigSchema.KEYS.get(key), value));
        return null;
      }
      return type.cast(value);
    }

    boolean wrote(String key) {
      return user.contains(key);
    }

    /** Of two keys that clash, the one the user wrote, so the message points at their line. */
    String written(String preferred, String other) {
      return user.contains(preferred) || !user.contains(other) ? preferred : other;
    }

    void problem(String dottedKey, String message) {
      TomlPosition position = user.inputPositionOf(dottedKey);
      problem(position, message);
    }

    void problem(TomlPosition position, String message) {
      int line = position == null ? 1 : position.line();
      int column = position == null ? 1 : position.column();
      problems.add(new Problem(line, column, name + ":" + line + ":" + column + ": " + message));
    }

    void throwIfAny() throws ConfigException {
      if (!problems.isEmpty()) {
        throw new ConfigException(
            problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(Problem::text)
                .distinct()
                .toList());
      }
    }
  }

  private record Problem(int line, int column, String text) {}

  /** Whether every element is of the type (tomlj's own containsX() throw since arrays mix). */
  private static boolean all(TomlArray array, Class<?> type) {
    for (int i = 0; i < array.size(); i++) {
      if (!type.isInstance(array.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** "`key` must be true or false, not the text "yes"". */
  private static String mustBe(String key, Kind kind, Object value) {
    return Messages.get("config.error.must.be", key, kind.expected(), describe(value));
  }

  /** A value as the user wrote it; numbers as TOML writes them, not as the language does. */
  private static String describe(Object value) {
    if (value instanceof String s) {
      return Messages.get("config.value.text", s);
    }
    if (value instanceof TomlTable) {
      return Messages.get("config.value.table");
    }
    if (value instanceof TomlArray) {
      return Messages.get("config.value.list");
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return d.isNaN() ? "nan" : d > 0 ? "inf" : "-inf"; // as TOML writes them
    }
    return value == null ? Messages.get("config.value.nothing") : String.valueOf(value);
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
