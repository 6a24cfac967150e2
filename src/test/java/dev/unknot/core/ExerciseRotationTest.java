package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

  private static Exercise targeting(String id, String... areas) {
    return new Exercise(id, id, List.of("one", "two"), "hold", Set.of(areas), BreakType.MICRO);
  }

  private static final List<Exercise> SHIPPED_LIKE =
      List.of(
          targeting("chin-tuck", "neck", "upper-trap"),
          targeting("shoulder-blade-squeeze", "between-shoulder-blades", "upper-back"),
          targeting("chest-stretch", "chest", "shoulder", "between-shoulder-blades"),
          targeting("switch-mouse-hand", "between-shoulder-blades", "shoulder", "arm"),
          targeting("eyes-down-check", "neck", "upper-trap"),
          targeting("stand-and-move", "upper-back", "lower-back", "shoulder"),
          TestExercises.exercise("walk", BreakType.REST));

  @Test
  void aKnotBetweenTheShoulderBladesBringsItsExercisesTwiceInThreeWithoutRepeats() {
    Set<String> forTheKnot = Set.of("shoulder-blade-squeeze", "chest-stretch", "switch-mouse-hand");
    for (int seed = 0; seed < 100; seed++) {
      ExerciseRotation rotation = new ExerciseRotation(SHIPPED_LIKE, new Random(seed));
      List<String> picks = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        picks.add(rotation.next(BreakType.MICRO, Set.of("between-shoulder-blades")).id());
      }
      for (int i = 1; i < picks.size(); i++) {
        assertNotEquals(picks.get(i - 1), picks.get(i), "seed " + seed + " repeats at " + i);
      }
      long focused = picks.stream().filter(forTheKnot::contains).count();
      assertTrue(focused >= 40, "seed " + seed + ": " + focused + " of 60 for the knot");
      assertTrue(
          picks.containsAll(List.of("chin-tuck", "eyes-down-check", "stand-and-move")),
          "seed " + seed + ": the other exercises still come: " + picks);
    }
  }

  @Test
  void aKnotWithOneExerciseAlternatesItWithTheOthers() {
    List<Exercise> catalog =
        List.of(
            targeting("chest-stretch", "chest"),
            targeting("chin-tuck", "neck"),
            targeting("eyes-down-check", "neck"),
            TestExercises.exercise("walk", BreakType.REST));
    ExerciseRotation rotation = new ExerciseRotation(catalog, new Random(3));
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      picks.add(rotation.next(BreakType.MICRO, Set.of("chest")).id());
    }
    for (int i = 1; i < picks.size(); i++) {
      assertNotEquals(picks.get(i - 1), picks.get(i), "repeats at " + i + ": " + picks);
    }
    long chest = picks.stream().filter("chest-stretch"::equals).count();
    assertTrue(chest >= 5, "more than the plain rotation's 4 in 12: " + picks);
  }

  @Test
  void withoutAFocusEveryExerciseComesAsOften() {
    ExerciseRotation rotation = new ExerciseRotation(SHIPPED_LIKE, new Random(5));
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      picks.add(rotation.next(BreakType.MICRO, Set.of()).id());
    }
    for (String id : new HashSet<>(picks)) {
      assertEquals(10, picks.stream().filter(id::equals).count(), id);
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
