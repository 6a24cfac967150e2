package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diary damaged, deleted or filled up under Unknot: nothing said saved is lost without a word.
 */
class DiaryFaultsTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  @TempDir Path dir;

  private static BreakRecord breakNumber(int i) {
    OffsetDateTime at = T0.plusMinutes(i);
    return new BreakRecord(BreakType.MICRO, Outcome.TAKEN, "ex-" + i, at, at.plusSeconds(30));
  }

  private static void writeBreaks(Database db, int from, int to) {
    SqliteBreakLog log = new SqliteBreakLog(db);
    for (int i = from; i < to; i++) {
      log.record(breakNumber(i));
    }
  }

  /** Many breaks in one transaction, so the file has pages to damage without 1,500 syncs. */
  private static void writeManyBreaks(Database db, int count) throws Exception {
    db.inTransaction(
        c -> {
          try (var insert =
              c.prepareStatement(
                  "INSERT INTO breaks (type, outcome, exercise, started_at, started_offset,"
                      + " ended_at, ended_offset) VALUES ('micro', 'taken', ?, ?, 0, ?, 0)")) {
            for (int i = 0; i < count; i++) {
              long at = T0.plusMinutes(i).toInstant().toEpochMilli();
              insert.setString(1, "ex-" + i);
              insert.setLong(2, at);
              insert.setLong(3, at + 30_000);
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  private static String quickCheck(Database db) throws Exception {
    try (Statement s = db.connection().createStatement();
        var rs = s.executeQuery("PRAGMA quick_check")) {
      return rs.getString(1);
    }
  }

  /** Issue 15.6: random bytes over one page in the middle of the file. */
  private static void damagePage(Path file, int page) throws Exception {
    byte[] noise = new byte[4096];
    new Random(page).nextBytes(noise);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      assertTrue(raf.length() > (page + 2) * 4096L, "the file is long enough to damage its middle");
      raf.seek(page * 4096L);
      raf.write(noise);
    }
  }

  @Test
  void damageInTheMiddleOfTheFileIsFoundAtOpenAndTheReadableRowsAreKept() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (Database db = Database.open(file)) {
      writeManyBreaks(db, 1500);
    }
    damagePage(file, 10);
    byte[] damaged = Files.readAllBytes(file);

    try (Database db = Database.open(file)) {
      Path aside =
          db.movedAside().orElseThrow(() -> new AssertionError("the damage was not found"));
      assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept as it was");
      assertEquals("ok", quickCheck(db));
      int kept = new SqliteBreakLog(db).breaks(null, null, null).size();
      assertEquals(kept, db.rowsRecovered());
      assertTrue(kept > 1000, "the rows outside the damaged page are kept: " + kept);
    }
  }

  @Test
  void checkNowFindsDamageInADiaryAlreadyOpenAndCarriesOnInAFreshOne() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (Database first = Database.open(file)) {
      writeManyBreaks(first, 1500);
    }
    try (Database db = Database.open(file)) {
      assertTrue(db.checkNow().isEmpty(), "a sound diary");
      try (Statement s = db.connection().createStatement()) {
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        s.execute("PRAGMA cache_size = 0"); // what is on disk, not what was read before
      }
      damagePage(file, 10);
      assertTrue(db.checkNow().isPresent(), "the damage is found");
      assertTrue(db.movedAside().isPresent());
      writeBreaks(db, 2000, 2001); // the diary carries on in the new file
      assertTrue(
          new SqliteBreakLog(db)
              .breaks(null, null, null).stream().anyMatch(b -> b.exerciseId().equals("ex-2000")));
      assertEquals("ok", quickCheck(db));
    }
  }

  @Test
  void aDiaryDeletedUnderTheDaemonIsStartedAgainAndTheNextWritesLand() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (Database db = Database.open(file)) {
      writeBreaks(db, 0, 3);
      for (String name : List.of("unknot.db", "unknot.db-wal", "unknot.db-shm")) {
        Files.deleteIfExists(dir.resolve(name));
      }
      writeBreaks(db, 3, 4);
    }
    try (Database reopened = Database.openShared(file)) {
      List<BreakRecord> stored = new SqliteBreakLog(reopened).breaks(null, null, null);
      assertEquals(List.of("ex-3"), stored.stream().map(BreakRecord::exerciseId).toList());
    }
  }

  @Test
  void onlyTheDiaryFileDeletedLeavesNoStaleCompanionsThatBreakEveryCommand() throws Exception {
    Path file = dir.resolve("unknot.db");
    try (Database db = Database.open(file)) {
      writeBreaks(db, 0, 3);
      Files.delete(file); // -wal and -shm stay behind
      writeBreaks(db, 3, 4);
      try (Database command = Database.openShared(file)) {
        assertEquals(1, new SqliteBreakLog(command).breaks(null, null, null).size());
      }
    }
  }

  @Test
  void aCommandNeverMovesADamagedDiaryAsideAndSaysWhatToDo() throws Exception {
    Path file = dir.resolve("unknot.db");
    byte[] garbage = new byte[8192];
    new Random(5).nextBytes(garbage);
    Files.write(file, garbage);

    StoreException e = assertThrows(StoreException.class, () -> Database.openShared(file));
    assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    assertTrue(e.getMessage().contains("unknot run"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertArrayEquals(garbage, Files.readAllBytes(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "nothing moved, nothing added");
    }
  }

  @Test
  void aFullDiskIsCalledFullAndNamesTheFolder() throws Exception {
    Path small = Files.createDirectory(dir.resolve("small"));
    assumeTrue(
        mount("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", small.toString()),
        "mounting a small tmpfs needs root");
    try {
      Path file = small.resolve("unknot.db");
      try (Database db = Database.open(file)) {
        StoreException e = assertThrows(StoreException.class, () -> writeBreaks(db, 0, 100_000));
        assertTrue(
            e.getMessage().contains("the disk holding " + small + " is full"), e.getMessage());
        assertFalse(e.getMessage().contains("no transaction is active"), e.getMessage());
      }
    } finally {
      mount("umount", small.toString());
    }
  }

  private static boolean mount(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
