package dev.unknot.core.summary;

import dev.unknot.core.Outcome;
import java.util.OptionalDouble;

/**
 * Break outcomes over a span. A postponed prompt comes back later and ends in one of the other
 * outcomes, so a postponement is counted but is not a break of its own.
 */
public record BreakCounts(int taken, int natural, int skipped, int postponed, int unanswered) {

  public static final BreakCounts NONE = new BreakCounts(0, 0, 0, 0, 0);

  /** The breaks that fell due: every break that came to an end. */
  public int due() {
    return taken + natural + skipped + unanswered;
  }

  /** Taken and natural breaks, the ones that happened. */
  public int kept() {
    return taken + natural;
  }

  /** (taken + natural) / due; empty when nothing was due. */
  public OptionalDouble adherence() {
    return due() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept() / due());
  }

  public BreakCounts plus(Outcome outcome) {
    return switch (outcome) {
      case TAKEN -> new BreakCounts(taken + 1, natural, skipped, postponed, unanswered);
      case NATURAL -> new BreakCounts(taken, natural + 1, skipped, postponed, unanswered);
      case SKIPPED -> new BreakCounts(taken, natural, skipped + 1, postponed, unanswered);
      case POSTPONED -> new BreakCounts(taken, natural, skipped, postponed + 1, unanswered);
      case HELD -> this; // The break it held ends in a record of its own.
      case UNANSWERED -> new BreakCounts(taken, natural, skipped, postponed, unanswered + 1);
    };
  }

  public BreakCounts plus(BreakCounts o) {
    return new BreakCounts(
        taken + o.taken,
        natural + o.natural,
        skipped + o.skipped,
        postponed + o.postponed,
        unanswered + o.unanswered);
  }
}
