package dev.unknot.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One movement a break asks for.
 *
 * @param kind which break type it suits: short ones for micro-breaks, longer ones for rest breaks
 * @param steps two to four short instructions, in order
 * @param hold how long to hold, or how many repetitions, in words
 * @param targets the body areas it works on, as knot area ids
 * @param holdSeconds how long one hold lasts; 0 for a movement that is not held
 * @param repetitions how many times it is done (on each side, if {@code eachSide})
 * @param eachSide whether it is done on the left and then on the right
 * @param image a drawing of a custom exercise (PNG or SVG); built-ins carry their own
 */
public record Exercise(
    String id,
    String title,
    List<String> steps,
    String hold,
    Set<String> targets,
    BreakType kind,
    int holdSeconds,
    int repetitions,
    boolean eachSide,
    Optional<Path> image) {

  public Exercise {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(hold, "hold");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(image, "image");
    steps = List.copyOf(steps);
    targets = Set.copyOf(targets);
    if (steps.size() < 2 || steps.size() > 4) {
      throw new IllegalArgumentException(
          // not translated: a programming error; the catalog loader checks first
          "exercise '" + id + "' has " + steps.size() + " steps; it needs 2 to 4");
    }
    if (holdSeconds < 0 || repetitions < 1) {
      throw new IllegalArgumentException(
          // not translated: a programming error; the catalog loader checks first
          "exercise '" + id + "' needs a hold of 0 s or more and at least one repetition");
    }
  }

  /** An exercise with no timed hold, done once, without a drawing of its own. */
  public Exercise(
      String id,
      String title,
      List<String> steps,
      String hold,
      Set<String> targets,
      BreakType kind) {
    this(id, title, steps, hold, targets, kind, 0, 1, false, Optional.empty());
  }

  /** The time its holds add up to: hold × repetitions, × 2 when done on each side. */
  public Duration holdsTotal() {
    return Duration.ofSeconds((long) holdSeconds * repetitions * (eachSide ? 2 : 1));
  }

  /** Whether its holds fit in a break of this length. */
  public boolean fits(Duration breakDuration) {
    return holdsTotal().compareTo(breakDuration) <= 0;
  }
}
