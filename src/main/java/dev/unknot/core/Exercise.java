package dev.unknot.core;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One movement a break asks for.
 *
 * @param kind which break type it suits: short ones for micro-breaks, longer ones for rest breaks
 * @param steps two to four short instructions, in order
 * @param hold how long to hold, or how many repetitions
 * @param targets the body areas it works on, as knot area ids
 */
public record Exercise(
    String id, String title, List<String> steps, String hold, Set<String> targets, BreakType kind) {

  public Exercise {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(hold, "hold");
    Objects.requireNonNull(kind, "kind");
    steps = List.copyOf(steps);
    targets = Set.copyOf(targets);
    if (steps.size() < 2 || steps.size() > 4) {
      throw new IllegalArgumentException(
          "exercise '" + id + "' has " + steps.size() + " steps; it needs 2 to 4");
    }
  }
}
