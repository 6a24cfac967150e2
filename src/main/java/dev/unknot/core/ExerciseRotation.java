package dev.unknot.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hands out exercises for each break type in shuffled rounds: every exercise of a kind comes once
 * per round, and no exercise comes twice in a row, also across rounds.
 */
public final class ExerciseRotation {

  private final Map<BreakType, List<Exercise>> byKind = new EnumMap<>(BreakType.class);
  private final Map<BreakType, List<Exercise>> round = new EnumMap<>(BreakType.class);
  private final Map<BreakType, Exercise> previous = new EnumMap<>(BreakType.class);
  private final Random random;

  public ExerciseRotation(List<Exercise> catalog, Random random) {
    this.random = random;
    for (BreakType type : BreakType.values()) {
      List<Exercise> ofKind = catalog.stream().filter(e -> e.kind() == type).toList();
      if (ofKind.isEmpty()) {
        throw new IllegalArgumentException(
            "the exercise catalog has no " + type.id() + " exercise");
      }
      byKind.put(type, ofKind);
      round.put(type, new ArrayList<>());
    }
  }

  /** The same rotation over another catalog, for a changed config; the dice carry on. */
  public ExerciseRotation withCatalog(List<Exercise> catalog) {
    ExerciseRotation next = new ExerciseRotation(catalog, random);
    next.previous.putAll(previous);
    return next;
  }

  public Exercise next(BreakType type) {
    List<Exercise> remaining = round.get(type);
    if (remaining.isEmpty()) {
      remaining.addAll(byKind.get(type));
      Collections.shuffle(remaining, random);
      Exercise last = previous.get(type);
      if (remaining.size() > 1 && remaining.get(0).equals(last)) {
        Collections.swap(remaining, 0, remaining.size() - 1);
      }
    }
    Exercise chosen = remaining.remove(0);
    previous.put(type, chosen);
    return chosen;
  }
}
