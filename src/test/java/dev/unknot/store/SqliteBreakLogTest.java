package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBreakLogTest {

  @TempDir Path dir;

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-16T09:00:00+01:00");

  @Test
  void recordsSurviveReopeningInOrderWithTheirOffsets() {
    Path file = dir.resolve("data/unknot.db");
    BreakRecord first =
        new BreakRecord(BreakType.MICRO, Outcome.TAKEN, "chin-tuck", T, T.plusSeconds(30));
    // A summer-time row keeps its own offset.
    OffsetDateTime summer = OffsetDateTime.parse("2026-07-01T10:00:00+02:00");
    BreakRecord second =
        new BreakRecord(BreakType.REST, Outcome.NATURAL, null, summer, summer.plusMinutes(7));
    try (Database db = Database.open(file)) {
      SqliteBreakLog log = new SqliteBreakLog(db);
      log.record(first);
      log.record(second);
    }
    try (Database db = Database.open(file)) {
      assertEquals(List.of(second, first), new SqliteBreakLog(db).breaks(null, null, null));
      assertEquals(List.of(first), new SqliteBreakLog(db).breaks(null, null, BreakType.MICRO));
    }
  }

  @Test
  void dataFolderAndFilesAreOwnerOnly() throws Exception {
    Path file = dir.resolve("data/unknot.db");
    try (Database db = Database.open(file)) {
      new SqliteBreakLog(db).record(new BreakRecord(BreakType.MICRO, Outcome.SKIPPED, "x", T, T));
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
      try (var files = Files.list(file.getParent())) {
        for (Path f : files.toList()) {
          assertEquals(
              "rw-------",
              PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
              f.toString());
        }
      }
    }
  }

  @Test
  void walModeAndSchemaVersionAreSet() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (Database db = Database.open(file)) {
      assertEquals(Database.MIGRATIONS.size(), db.userVersion());
      try (Statement s = db.connection().createStatement();
          var rs = s.executeQuery("PRAGMA journal_mode")) {
        assertEquals("wal", rs.getString(1));
      }
    }
  }

  @Test
  void databaseFromANewerUnknotIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    long size = Files.size(file);
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("newer Unknot (schema 99"), e.getMessage());
    assertEquals(size, Files.size(file));
  }

  @Test
  void lockedDatabaseWaitsThenFailsWithOneClearLine() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (Database db = Database.open(file);
        var other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement lock = other.createStatement()) {
      lock.execute("BEGIN EXCLUSIVE");
      BreakRecord r = new BreakRecord(BreakType.MICRO, Outcome.TAKEN, "chin-tuck", T, T);
      StoreException e = assertThrows(StoreException.class, () -> new SqliteBreakLog(db).record(r));
      assertTrue(
          e.getMessage().startsWith("cannot write a break to " + file + ": "), e.getMessage());
      assertTrue(e.getMessage().contains("locked"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
      lock.execute("ROLLBACK");
      new SqliteBreakLog(db).record(r);
      assertEquals(List.of(r), new SqliteBreakLog(db).breaks(null, null, null));
    }
  }
}
