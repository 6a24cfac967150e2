package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir Path dir;

  @Test
  void emptyFileIsMigratedToTheLatestSchema() throws Exception {
    Path file = dir.resolve("unknot.db");
    Files.createFile(file);
    try (Database db = Database.open(file)) {
      assertEquals(Database.MIGRATIONS.size(), db.userVersion());
      assertEquals(
          List.of(
              "activity_minutes",
              "breaks",
              "checkins",
              "exercises_done",
              "knot_causes",
              "knot_reports",
              "mouse_hand_changes",
              "weekly_summaries"),
          tables(db));
    }
  }

  /** Every earlier schema version, with data in it, is brought up to date and keeps its rows. */
  @Test
  void everyEarlierVersionMigratesAndKeepsItsRows() throws Exception {
    for (int version = 1; version < Database.MIGRATIONS.size(); version++) {
      Path file = dir.resolve("v" + version + ".db");
      try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = c.createStatement()) {
        for (String migration : Database.MIGRATIONS.subList(0, version)) {
          for (String sql : migration.split(";")) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
        }
        s.execute("PRAGMA user_version = " + version);
        s.execute(
            "INSERT INTO breaks (type, outcome, exercise, started_at, started_offset, ended_at,"
                + " ended_offset) VALUES ('micro', 'taken', 'chin-tuck', 1000, 3600, 31000, 3600)");
      }
      try (Database db = Database.open(file)) {
        assertEquals(Database.MIGRATIONS.size(), db.userVersion());
        var breaks = new SqliteBreakLog(db).breaks(null, null, null);
        assertEquals(1, breaks.size());
        assertEquals(BreakType.MICRO, breaks.get(0).type());
        assertEquals(Outcome.TAKEN, breaks.get(0).outcome());
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
        new SqliteBreakLog(db)
            .record(
                new dev.unknot.core.BreakRecord(
                    BreakType.MICRO, Outcome.HELD, "chin-tuck", at, at.plusMinutes(20)));
        assertEquals(
            Outcome.HELD, new SqliteBreakLog(db).breaks(null, null, null).get(1).outcome());
      }
    }
  }

  @Test
  void damagedFileIsMovedAsideUntouchedAndAFreshDiaryStarts() throws Exception {
    Path file = dir.resolve("unknot.db");
    byte[] garbage = new byte[8192];
    new Random(3).nextBytes(garbage);
    Files.write(file, garbage);

    try (Database db = Database.open(file)) {
      Path aside = db.movedAside().orElseThrow();
      assertTrue(aside.getFileName().toString().startsWith("unknot.db.damaged-"), aside.toString());
      assertArrayEquals(garbage, Files.readAllBytes(aside));
      assertEquals(Database.MIGRATIONS.size(), db.userVersion());
    }
  }

  private static List<String> tables(Database db) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
        var rs =
            s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
