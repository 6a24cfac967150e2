package dev.unknot.core;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The port that keeps the exercises done outside a break, such as a ball massage. */
public interface ExerciseLog {

  /** Records that the exercise was done then; durable when it returns. */
  void record(String exercise, OffsetDateTime at);

  /** How many exercises whose id starts with {@code prefix} were done in [from, until). */
  int count(String prefix, Instant from, Instant until);
}
