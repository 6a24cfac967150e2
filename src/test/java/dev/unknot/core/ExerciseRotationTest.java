package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExerciseRotationTest {

  @Test
  void neverRepeatsAnExerciseImmediatelyAndCoversEveryOneEachRound() {
    for (int seed = 0; seed < 200; seed++) {
      ExerciseRotation rotation = new ExerciseRotation(TestExercises.CATALOG, new Random(seed));
      List<Exercise> picks = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        picks.add(rotation.next(BreakType.MICRO));
      }
      for (int i = 1; i < picks.size(); i++) {
        assertNotEquals(picks.get(i - 1), picks.get(i), "seed " + seed + " repeats at " + i);
      }
      for (int round = 0; round < 10; round++) {
        assertEquals(3, new HashSet<>(picks.subList(round * 3, round * 3 + 3)).size());
      }
    }
  }

  @Test
  void restBreaksUseOnlyRestExercises() {
    ExerciseRotation rotation = new ExerciseRotation(TestExercises.CATALOG, new Random(1));
    for (int i = 0; i < 10; i++) {
      assertEquals(BreakType.REST, rotation.next(BreakType.REST).kind());
      assertEquals(BreakType.MICRO, rotation.next(BreakType.MICRO).kind());
    }
  }

  @Test
  void catalogWithoutRestExercisesIsRejected() {
    List<Exercise> microOnly =
        TestExercises.CATALOG.stream().filter(e -> e.kind() == BreakType.MICRO).toList();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new ExerciseRotation(microOnly, new Random()));
    assertTrue(e.getMessage().contains("no rest exercise"), e.getMessage());
  }
}
