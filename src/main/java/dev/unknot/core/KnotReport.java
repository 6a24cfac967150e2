package dev.unknot.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A knot the user reported for a calendar day.
 *
 * @param id zero until the diary has stored it
 * @param note optional, may be null
 */
public record KnotReport(
    long id,
    LocalDate day,
    KnotArea area,
    Side side,
    int severity,
    Set<Cause> causes,
    String note,
    OffsetDateTime createdAt) {

  public static final int MIN_SEVERITY = 1;
  public static final int MAX_SEVERITY = 5;

  public KnotReport {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(createdAt, "createdAt");
    causes = Set.copyOf(causes);
    if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
      // not translated: a programming error; the CLI and the form check first
      throw new IllegalArgumentException("severity must be 1–5, not " + severity);
    }
    if (note != null && note.isBlank()) {
      note = null;
    }
  }

  public KnotReport withId(long newId) {
    return new KnotReport(newId, day, area, side, severity, causes, note, createdAt);
  }
}
