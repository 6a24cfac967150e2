package dev.unknot.exercise;

import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** The exercise catalog shipped inside the jar. */
public final class TomlExerciseCatalog {

  static final String RESOURCE = "/dev/unknot/exercise/exercises.toml";

  private TomlExerciseCatalog() {}

  /** Loads the shipped catalog; a broken catalog is a packaging bug, so it fails loudly. */
  public static List<Exercise> shipped() {
    try (InputStream in = TomlExerciseCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the Unknot jar");
      }
      return parse(Toml.parse(in));
    } catch (IOException e) {
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
