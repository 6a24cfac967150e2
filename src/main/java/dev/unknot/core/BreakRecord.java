package dev.unknot.core;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One break as it went into the log.
 *
 * @param exerciseId null for a natural break, which had no prompt
 */
public record BreakRecord(
    BreakType type,
    Outcome outcome,
    String exerciseId,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt) {

  public BreakRecord {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    if (endedAt.isBefore(startedAt)) {
      // not translated: a programming error
      throw new IllegalArgumentException("a break cannot end before it starts");
    }
  }
}
