package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExerciseLogTest {

  @Test
  void massagesAreCountedPerDayAndKeptAcrossOpens(@TempDir Path dir) {
    Path file = dir.resolve("unknot.db");
    OffsetDateTime morning = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
    try (Database db = Database.open(file)) {
      SqliteExerciseLog log = new SqliteExerciseLog(db);
      log.record("ball-massage-back", morning);
      log.record("ball-massage-chest", morning.plusHours(3));
      log.record("ball-massage-back", morning.plusDays(1));
      log.record("chin-tuck", morning.plusHours(1));
    }
    try (Database db = Database.open(file)) {
      SqliteExerciseLog log = new SqliteExerciseLog(db);
      OffsetDateTime midnight = OffsetDateTime.parse("2026-11-20T00:00:00+01:00");
      assertEquals(
          2, log.count("ball-massage", midnight.toInstant(), midnight.plusDays(1).toInstant()));
      assertEquals(
          1, log.count("chin-tuck", midnight.toInstant(), midnight.plusDays(1).toInstant()));
    }
  }
}
