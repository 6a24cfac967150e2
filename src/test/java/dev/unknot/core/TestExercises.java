package dev.unknot.core;

import java.util.List;
import java.util.Set;

final class TestExercises {

  static final List<Exercise> CATALOG =
      List.of(
          exercise("chin-tuck", BreakType.MICRO),
          exercise("shoulder-blade-squeeze", BreakType.MICRO),
          exercise("chest-stretch", BreakType.MICRO),
          exercise("ball-massage", BreakType.REST),
          exercise("walk", BreakType.REST));

  private TestExercises() {}

  static Exercise exercise(String id, BreakType kind) {
    return new Exercise(id, id, List.of("one", "two"), "hold", Set.of("neck"), kind);
  }
}
