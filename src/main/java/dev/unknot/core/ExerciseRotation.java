package dev.unknot.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Hands out exercises for each break type in shuffled rounds: every exercise of a kind comes once
 * per round, and no exercise comes twice in a row, also across rounds.
 *
 * <p>With focus targets (the areas of the knots that are active), two breaks in three come from a
 * round of just the exercises that work on those areas, and the third from the whole round, so the
 * others still turn up.
 */
public final class ExerciseRotation {

  private final Map<BreakType, List<Exercise>> byKind = new EnumMap<>(BreakType.class);
  private final Map<BreakType, List<Exercise>> round = new EnumMap<>(BreakType.class);
  private final Map<BreakType, List<Exercise>> focusedRound = new EnumMap<>(BreakType.class);
  private final Map<BreakType, Set<String>> focusedOn = new EnumMap<>(BreakType.class);
  private final Map<BreakType, Integer> drawn = new EnumMap<>(BreakType.class);
  private final Map<BreakType, Exercise> previous = new EnumMap<>(BreakType.class);
  private final Random random;

  /** Of every this many draws with a focus, one comes from the whole round. */
  static final int FOCUS_CYCLE = 3;

  public ExerciseRotation(List<Exercise> catalog, Random random) {
    this.random = random;
    for (BreakType type : BreakType.values()) {
      List<Exercise> ofKind = catalog.stream().filter(e -> e.kind() == type).toList();
      if (ofKind.isEmpty()) {
        throw new IllegalArgumentException(
            // not translated: a programming error in the shipped catalog
            "the exercise catalog has no " + type.id() + " exercise");
      }
      byKind.put(type, ofKind);
      round.put(type, new ArrayList<>());
      focusedRound.put(type, new ArrayList<>());
      focusedOn.put(type, Set.of());
      drawn.put(type, 0);
    }
  }

  /** The same rotation over another catalog, for a changed config; the dice carry on. */
  public ExerciseRotation withCatalog(List<Exercise> catalog) {
    ExerciseRotation next = new ExerciseRotation(catalog, random);
    next.previous.putAll(previous);
    return next;
  }

  public Exercise next(BreakType type) {
    return next(type, Set.of());
  }

  /**
   * @param targets knot area ids to favour; empty for the plain rotation
   */
  public Exercise next(BreakType type, Set<String> targets) {
    List<Exercise> focused =
        byKind.get(type).stream().filter(e -> !Collections.disjoint(e.targets(), targets)).toList();
    if (!focusedOn.get(type).equals(targets)) {
      focusedOn.put(type, Set.copyOf(targets));
      focusedRound.get(type).clear();
    }
    int draw = drawn.merge(type, 1, Integer::sum);
    Exercise last = previous.get(type);
    Exercise chosen = null;
    if (!focused.isEmpty() && draw % FOCUS_CYCLE != 0) {
      chosen = draw(focusedRound.get(type), focused, last);
    }
    if (chosen == null) {
      chosen = draw(round.get(type), byKind.get(type), last);
    }
    if (chosen == null) {
      chosen = last; // A catalog of one exercise for this kind: it has to repeat.
    }
    round.get(type).remove(chosen);
    focusedRound.get(type).remove(chosen);
    previous.put(type, chosen);
    return chosen;
  }

  /** Whether this exercise was the last one handed out for the type. */
  public boolean wasLast(BreakType type, String id) {
    Exercise last = previous.get(type);
    return last != null && last.id().equals(id);
  }

  /**
   * Hands out this exercise now, out of turn, if the rotation has it: a nudge that the situation
   * calls for. It counts as drawn, so it does not come again straight after.
   */
  public Optional<Exercise> take(BreakType type, String id) {
    Optional<Exercise> wanted =
        byKind.get(type).stream().filter(e -> e.id().equals(id)).findFirst();
    wanted.ifPresent(
        e -> {
          round.get(type).remove(e);
          focusedRound.get(type).remove(e);
          previous.put(type, e);
        });
    return wanted;
  }

  /** The next of a shuffled round that is not {@code last}; null if only {@code last} is left. */
  private Exercise draw(List<Exercise> remaining, List<Exercise> all, Exercise last) {
    if (remaining.isEmpty() || (remaining.size() == 1 && remaining.get(0).equals(last))) {
      remaining.clear();
      remaining.addAll(all);
      Collections.shuffle(remaining, random);
    }
    for (Exercise e : remaining) {
      if (!e.equals(last)) {
        return e;
      }
    }
    return null;
  }
}
