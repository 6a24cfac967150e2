package dev.unknot.exercise;

import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import dev.unknot.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The exercise catalog shipped inside the jar. exercises.toml holds each exercise's id, kind,
 * numbers and targets, and its words in English; the words a person reads come from the {@code
 * exercises} bundle in their language ({@code exercise.<id>.title}, {@code .step.<n>}, {@code
 * .hold}), whose English says word for word what the TOML says. Custom exercises are the user's own
 * words and are never translated.
 */
public final class TomlExerciseCatalog {

  static final String RESOURCE = "/dev/unknot/exercise/exercises.toml";

  private TomlExerciseCatalog() {}

  /** Parsed once: the catalog cannot change while Unknot runs. */
  private static final class Source {
    static final List<Exercise> ENGLISH = read();
    static final Set<String> IDS =
        ENGLISH.stream().map(Exercise::id).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The shipped catalog with its words in the current language ({@link Messages#locale()}); a
   * broken catalog is a packaging bug, so it fails loudly.
   */
  public static List<Exercise> shipped() {
    return shipped(Messages.locale());
  }

  /** The shipped catalog with its words in a given language. */
  public static List<Exercise> shipped(Locale language) {
    return Source.ENGLISH.stream().map(e -> inLanguage(e, language)).toList();
  }

  /**
   * The exercise with its words in the current language: for a built-in, the bundle's words; a
   * custom exercise as the user wrote it. For windows that show an exercise picked before the
   * language was chosen or changed.
   */
  public static Exercise inCurrentLanguage(Exercise exercise) {
    return inLanguage(exercise, Messages.locale());
  }

  /** Whether the id is one of the shipped exercises'. */
  public static boolean isBuiltIn(String id) {
    return Source.IDS.contains(id);
  }

  static Exercise inLanguage(Exercise exercise, Locale language) {
    if (!isBuiltIn(exercise.id())) {
      return exercise;
    }
    String key = "exercise." + exercise.id() + ".";
    List<String> steps = new ArrayList<>();
    for (int n = 1; n <= exercise.steps().size(); n++) {
      steps.add(Messages.in(language, key + "step." + n));
    }
    return new Exercise(
        exercise.id(),
        Messages.in(language, key + "title"),
        steps,
        Messages.in(language, key + "hold"),
        exercise.targets(),
        exercise.kind(),
        exercise.holdSeconds(),
        exercise.repetitions(),
        exercise.eachSide(),
        exercise.image());
  }

  /** The catalog as exercises.toml has it, English words included. */
  static List<Exercise> english() {
    return Source.ENGLISH;
  }

  private static List<Exercise> read() {
    try (InputStream in = TomlExerciseCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // not translated: a packaging bug, for the developer
        throw new IllegalStateException(RESOURCE + " is missing from the Unknot jar");
      }
      return parse(Toml.parse(in));
    } catch (IOException e) {
      // not translated: a packaging bug, for the developer
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  static List<Exercise> parse(TomlParseResult toml) {
    if (toml.hasErrors()) {
      throw new IllegalStateException(RESOURCE + ": " + toml.errors().get(0));
    }
    TomlArray entries = toml.getArrayOrEmpty("exercise");
    List<Exercise> exercises = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      TomlTable t = entries.getTable(i);
      Exercise exercise =
          new Exercise(
              t.getString("id"),
              t.getString("title"),
              strings(t.getArrayOrEmpty("steps")),
              t.getString("hold"),
              new LinkedHashSet<>(strings(t.getArrayOrEmpty("targets"))),
              BreakType.fromId(t.getString("kind")),
              Math.toIntExact(t.getLong("hold_seconds")),
              Math.toIntExact(t.getLong("repetitions")),
              t.getBoolean("each_side"),
              Optional.empty());
      if (!ids.add(exercise.id())) {
        // not translated: a packaging bug, for the developer
        throw new IllegalStateException(RESOURCE + ": duplicate exercise id " + exercise.id());
      }
      exercises.add(exercise);
    }
    return List.copyOf(exercises);
  }

  private static List<String> strings(TomlArray array) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      values.add(array.getString(i));
    }
    return values;
  }
}
