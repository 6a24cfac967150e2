package dev.unknot.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakType;
import dev.unknot.core.Exercise;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TomlExerciseCatalogTest {

  private static final Set<String> AREAS =
      Set.of(
          "neck",
          "upper-trap",
          "between-shoulder-blades",
          "shoulder",
          "upper-back",
          "chest",
          "lower-back",
          "arm");

  private final Map<String, Exercise> catalog =
      TomlExerciseCatalog.shipped().stream()
          .collect(Collectors.toMap(Exercise::id, Function.identity()));

  @Test
  void hasTheExercisesTheIssueNames() {
    for (String id :
        List.of(
            "chin-tuck",
            "shoulder-blade-squeeze",
            "chest-stretch",
            "switch-mouse-hand",
            "eyes-down-check",
            "stand-and-move")) {
      assertEquals(BreakType.MICRO, catalog.get(id).kind(), id);
    }
    assertEquals(BreakType.REST, catalog.get("ball-massage-back").kind());
  }

  @Test
  void everyExerciseIsShortAndTargetsKnownAreas() {
    for (Exercise e : catalog.values()) {
      assertTrue(e.steps().size() >= 2 && e.steps().size() <= 4, e.id());
      assertFalse(e.hold().isBlank(), e.id());
      assertFalse(e.targets().isEmpty(), e.id());
      assertTrue(AREAS.containsAll(e.targets()), e.id() + " " + e.targets());
      for (String step : e.steps()) {
        assertTrue(step.length() <= 110, "step too long to read at a glance: " + step);
      }
    }
  }

  @Test
  void ballMassageFollowsTheStrokeCount() {
    assertTrue(catalog.get("ball-massage-back").hold().contains("6 to 12"));
  }
}
